/** Builders for the contact component tests, shaped as the contact API answers. */
import { aSession } from '../../test-support/builders.ts';
import type { ComplianceView, ConsentView, ContactEvent, ContactRecord, PlanItem, RuleSet, TodayView } from './contact-api.ts';

/** A session of a role with its permissions, plus any extra ones a test needs. */
export function aSessionWith(role: string, ...extra: string[]) {
  const session = aSession(role);
  return { ...session, permissions: [...session.permissions, ...extra] };
}

export function aPlanItem(overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    id: '101',
    customer: { id: '26', customerNo: 'C000026', name: '曾婷敏', serviceTier: 'DIAMOND' },
    staff: { staffNo: 'S00009', name: '李瑶玉' },
    maintainer: { staffNo: 'S00009', name: '李瑶玉' },
    source: 'EVENT',
    ruleCode: null,
    eventType: 'MATURITY',
    dueOn: '2026-11-26',
    overdue: false,
    priority: 80,
    suggestedChannel: 'PHONE',
    reason: { code: 'MATURITY', facts: { amount: '500000.00', maturityOn: '2026-12-03' }, text: '定期存款 ¥500,000.00 到期于 2026-12-03，还有 7 天' },
    talkingPoint: '提前沟通到期资金的续作安排',
    status: 'OPEN',
    postponedFrom: null,
    postponeReason: null,
    ...overrides,
  };
}

export function aToday(items: PlanItem[] = [aPlanItem()], overrides: Partial<TodayView> = {}): TodayView {
  return {
    date: '2026-11-26',
    items,
    total: items.length,
    page: 1,
    pageSize: 50,
    counts: { overdue: items.filter((item) => item.overdue).length, dueToday: items.filter((item) => !item.overdue).length, doneToday: 0 },
    ...overrides,
  };
}

export function aContactRecord(overrides: Partial<ContactRecord> = {}): ContactRecord {
  return {
    id: '501',
    customer: { id: '26', customerNo: 'C000026', name: '曾婷敏' },
    staff: { staffNo: 'S00009', name: '李瑶玉' },
    channel: 'PHONE',
    purpose: 'FOLLOW_UP',
    occurredAt: '2026-11-20T02:30:00.000Z',
    durationMinutes: 12,
    outcome: 'REACHED',
    notes: '客户考虑续存三年期',
    nextStep: '到期前再确认',
    nextStepOn: '2026-12-01',
    planItemIds: ['100'],
    ...overrides,
  };
}

export function aContactEvent(overrides: Partial<ContactEvent> = {}): ContactEvent {
  return {
    id: '301',
    customer: { id: '26', customerNo: 'C000026', name: '曾婷敏' },
    kind: 'BEHAVIOUR',
    type: 'MATURITY',
    eventDate: '2026-12-03',
    detectedOn: '2026-11-26',
    facts: { amount: '500000.00' },
    text: '定期存款 ¥500,000.00 到期于 2026-12-03，还有 7 天',
    ...overrides,
  };
}

export function aConsent(granted: Partial<Record<'PHONE' | 'SMS' | 'WECHAT' | 'EMAIL', boolean>> = {}): ConsentView {
  return {
    channels: (['PHONE', 'SMS', 'WECHAT', 'EMAIL'] as const).map((channel) =>
      granted[channel] === undefined
        ? { channel, granted: false, source: null, recordedAt: null, recordedBy: null }
        : { channel, granted: granted[channel]!, source: 'COUNTER' as const, recordedAt: '2026-10-08T02:00:00.000Z', recordedBy: { staffNo: 'S00009', name: '李瑶玉' } },
    ),
  };
}

export function aCompliance(overrides: Partial<ComplianceView> = {}): ComplianceView {
  const org = { id: '4', code: 'BR1S1O1', name: '文三路网点' };
  return {
    period: { kind: 'MONTH', start: '2026-11-01', end: '2026-11-30' },
    ruleSetVersion: 1,
    evaluationMonth: '2026-09',
    totals: { met: 43, due: 10, overdue: 1, notApplicable: 2, rate: 0.7963 },
    byRule: [
      { ruleCode: 'diamond-monthly', kind: 'CUSTOMER_CONTACTS', source: '钻石客户每月至少电话联系2次或面谈1次', met: 3, due: 1, overdue: 1, notApplicable: 0, rate: 0.6 },
      { ruleCode: 'every-quarter', kind: 'CUSTOMER_CONTACTS', source: '每位管户客户每季度至少联系一次', met: 40, due: 9, overdue: 0, notApplicable: 2, rate: 0.8163 },
    ],
    byStaff: [{ staff: { staffNo: 'S00009', name: '李瑶玉' }, org, met: 43, due: 10, overdue: 1, notApplicable: 2, rate: 0.7963 }],
    byOrg: [{ org, met: 43, due: 10, overdue: 1, notApplicable: 2, rate: 0.7963 }],
    overdueCustomers: [
      {
        customer: { id: '26', customerNo: 'C000026', name: '曾婷敏' },
        tier: 'DIAMOND',
        ruleCode: 'diamond-monthly',
        maintainer: { staffNo: 'S00009', name: '李瑶玉' },
        dueOn: '2026-11-30',
        why: '本月电话 1 次、面谈 0 次，未达到每月电话 2 次或面谈 1 次',
      },
    ],
    ...overrides,
  };
}

export function aRuleSet(overrides: Partial<RuleSet> = {}): RuleSet {
  return {
    id: '1',
    version: 1,
    name: '定期联系制度（默认）',
    status: 'ACTIVE',
    rules: [
      { code: 'every-quarter', kind: 'CUSTOMER_CONTACTS', period: 'QUARTER', minContacts: 1, appliesTo: {}, source: '每位管户客户每季度至少联系一次' },
      { code: 'staff-weekly-10', kind: 'STAFF_WEEKLY_CUSTOMERS', minCustomers: 10, appliesTo: {}, source: '每位客户经理每周至少联系10位管户客户' },
      { code: 'diamond-monthly', kind: 'CUSTOMER_CONTACTS', period: 'MONTH', minCalls: 2, minMeetings: 1, appliesTo: { tiers: ['DIAMOND', 'PRIVATE'] }, source: '钻石客户每月至少电话联系2次或面谈1次' },
    ],
    eventSettings: {
      birthdayDaysAhead: 7,
      anniversaryDaysAhead: 7,
      festivalDaysAhead: 7,
      festivals: ['NEW_YEAR', 'SPRING_FESTIVAL'],
      largeMovement: { minAmountCents: '50000000', minShareOfAum: '0.30', shareFloorCents: '5000000' },
      maturityDaysAhead: 7,
      cardExpiryDaysAhead: 30,
      specialAdmissionExpiryDaysAhead: 30,
      nearThresholdWithin: '0.10',
      noVisitDays: 90,
      newProductDays: 30,
    },
    createdBy: 'system',
    createdAt: '2026-11-01T00:00:00.000Z',
    activatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}
