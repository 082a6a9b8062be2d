/**
 * Data builders for the web tests, typed by the generated API types so that a change of the
 * server's schema breaks the tests that rely on the old shape.
 */
import type { CustomerFile, FullSearchItem, SearchResponse } from '../features/customers/customer-types.ts';
import type { SessionView } from '../shared/session/session-store.ts';

/** The permissions of each role, as the server serializes them (platform/access/permissions.ts). */
export const ROLE_PERMISSIONS: Record<string, string[]> = {
  HQ_WEALTH_ADMIN: ['allocation-policy.manage', 'allocation.manage', 'allocation.read', 'audit.read', 'card-stock.manage', 'card-type.manage', 'card.read', 'contact-event.manage', 'contact-rule.manage', 'contact.read', 'customer.export', 'customer.read', 'customer.read.limited', 'evaluation.run', 'export.approve', 'import-run.read', 'staff.manage', 'tier-policy.read', 'tier-policy.write', 'tier.read'],
  BRANCH_ADMIN: ['allocation.manage', 'allocation.read', 'card-stock.manage', 'card.read', 'contact-event.manage', 'contact.read', 'customer.export', 'customer.read', 'customer.read.limited', 'special-admission.approve', 'tier-policy.read', 'tier.read'],
  SUB_BRANCH_HEAD: ['allocation.manage', 'allocation.read', 'card.approve', 'card.read', 'contact.read', 'contact.review', 'contact.write', 'customer.export', 'customer.read', 'customer.read.limited', 'customer.show-in-full', 'marketing-consent.write', 'potential.flag', 'service-agreement.write', 'special-admission.approve', 'special-admission.request', 'tier-policy.read', 'tier.read'],
  OUTLET_HEAD: ['allocation.manage', 'allocation.read', 'card-stock.manage', 'card.approve', 'card.operate', 'card.read', 'contact.read', 'contact.review', 'contact.write', 'customer.export', 'customer.read', 'customer.read.limited', 'customer.show-in-full', 'lead.create', 'marketing-consent.write', 'potential.flag', 'service-agreement.write', 'special-admission.approve', 'special-admission.request', 'tier-policy.read', 'tier.read'],
  RELATIONSHIP_MANAGER: ['allocation.read', 'card.operate', 'card.read', 'contact.read', 'contact.write', 'customer.read', 'customer.read.limited', 'customer.show-in-full', 'lead.create', 'marketing-consent.write', 'potential.flag', 'service-agreement.write', 'special-admission.request', 'tier-policy.read', 'tier.read'],
  WEALTH_ADVISOR: ['allocation.read', 'card.read', 'contact.read', 'contact.write', 'customer.read', 'customer.read.limited', 'tier-policy.read', 'tier.read'],
  LOBBY_MANAGER: ['customer.read.limited', 'lead.create', 'tier-policy.read'],
  TELLER: ['card.operate', 'card.read', 'customer.read.limited', 'lead.create', 'marketing-consent.write', 'tier-policy.read'],
  AUDITOR: ['audit.read'],
};

export function aSession(role = 'RELATIONSHIP_MANAGER', overrides: Partial<SessionView['staff']> = {}): SessionView {
  return {
    staff: { staffNo: 'S00009', name: '李瑶玉', role, orgId: 4, org: { id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET' }, ...overrides },
    mustChangePassword: false,
    csrfToken: 'csrf-token-1',
    permissions: ROLE_PERMISSIONS[role] ?? [],
  };
}

export function aSearchItem(overrides: Partial<FullSearchItem> = {}): FullSearchItem {
  return {
    customerId: '26',
    customerNo: 'C00000026',
    name: '曾婷敏',
    gender: 'F',
    serviceTier: 'GOLD',
    homeOutlet: { id: 4, code: 'BR1S1O1', name: '文三路网点' },
    maintainer: { staffNo: 'S00009', name: '李瑶玉' },
    idType: 'RESIDENT_ID',
    idNumber: '310113********0484',
    mobile: '173****6769',
    qualifiedTier: 'GOLD',
    status: 'QUALIFIED',
    aumMonthAvg: '107891.91',
    ...overrides,
  };
}

export function aSearchPage(items: FullSearchItem[] = [aSearchItem()], overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    view: 'FULL',
    total: items.length,
    totalExact: true,
    page: 1,
    pageSize: 20,
    countsByTier: { STANDARD: 0, GOLD: items.length, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 },
    notEvaluated: 0,
    tierMonth: '2026-09',
    policyCode: 'rolling-quarter-2020',
    items,
    ...overrides,
  } as SearchResponse;
}

/** The limited view of lobby managers and tellers: no ID, phone, qualified tier, status or AUM. */
export function aLimitedSearchPage(): SearchResponse {
  const { idType: _idType, idNumber: _idNumber, mobile: _mobile, qualifiedTier: _qualifiedTier, status: _status, aumMonthAvg: _aum, ...limited } = aSearchItem();
  return { ...aSearchPage(), view: 'LIMITED', items: [limited] };
}

export function aCustomerFile(overrides: Partial<CustomerFile> = {}): CustomerFile {
  return {
    customerId: '26',
    customerNo: 'C00000026',
    name: '曾婷敏',
    gender: 'F',
    birthDate: '1940-09-05',
    idType: 'RESIDENT_ID',
    idNumber: '310113********0484',
    mobile: '173****6769',
    email: '4***@qq.com',
    occupation: 'OTHER',
    openedOn: '2023-09-29',
    homeOutlet: { id: 4, code: 'BR1S1O1', name: '文三路网点' },
    maintainer: { staffNo: 'S00009', name: '李瑶玉' },
    advisor: null,
    tier: { month: '2026-09', policyCode: 'rolling-quarter-2020', serviceTier: 'GOLD', qualifiedTier: 'GOLD', status: 'QUALIFIED' },
    holdings: {
      asOf: '2026-09-30',
      accounts: [
        {
          accountId: '68',
          accountNumber: '620000******0068',
          product: { code: 'P-DD-CNY', name: '活期储蓄', category: 'DEMAND_DEPOSIT', riskLevel: 'R1', countsTowardAum: true },
          currency: 'CNY',
          openedOn: '2023-09-29',
          maturityOn: null,
          status: 'ACTIVE',
          balance: { asOf: '2026-09-30', amount: '1234567.89', amountCny: '1234567.89' },
        },
      ],
      totals: { aumCny: '1234567.89', otherCny: '0.00' },
    },
    aum: {
      daily: [
        { day: '2026-09-29', aum: '1234000.00' },
        { day: '2026-09-30', aum: '1234567.89' },
      ],
      monthly: [{ month: '2026-09', average: '1234100.00', days: 30, complete: true }],
    },
    tierHistory: [
      {
        month: '2026-09',
        explanation: {
          policy: { code: 'rolling-quarter-2020', version: 1, name: '银行个人贵宾客户管理办法' },
          metric: 'ROLLING_QUARTER_AVG',
          value: '1234100.00',
          window: { start: '2026-07-01', end: '2026-09-30', days: 92, carriedForwardDays: [] },
          thresholds: [{ tier: 'GOLD', threshold: '100000.00' }],
          rule: 'QUALIFIED',
          qualifiedTier: 'GOLD',
          previousServiceTier: 'GOLD',
          serviceTier: 'GOLD',
          substandardMonths: 0,
          graceMonths: 3,
          autoUpgrade: false,
          decidingRule: 'ROLLING_QUARTER_AVG 1,234,100.00 ≥ 金卡 100,000.00（rolling-quarter-2020 第1版）',
          lines: ['资产达标等级 金卡：ROLLING_QUARTER_AVG 1,234,100.00 ≥ 金卡 100,000.00（rolling-quarter-2020 第1版）。'],
        },
      },
    ],
    ...overrides,
  };
}
