/** Builders for the service tier component tests, typed by the generated API types. */
import { aSession } from '../../test-support/builders.ts';
import type { Admission, PotentialList, ServiceTierCardData } from './service-tiers-api.ts';

/** A session whose permissions include issue 6's (the shared builders predate them). */
export function aSessionWith(role: string, ...extra: string[]) {
  const session = aSession(role);
  return { ...session, permissions: [...session.permissions, ...extra] };
}

export function anAdmission(overrides: Partial<Admission> = {}): Admission {
  return {
    id: '7',
    customer: { id: '26', customerNo: 'C000026', name: '曾婷敏', outletCode: 'BR1S1O1', outletName: '文三路网点' },
    tier: 'PLATINUM',
    qualifiedTier: 'GOLD',
    reason: '高净值家族客户',
    months: 12,
    approvalChain: ['OUTLET_HEAD', 'SUB_BRANCH_HEAD'],
    waitingFor: 'OUTLET_HEAD',
    state: 'REQUESTED',
    requestedBy: { staffNo: 'S00009', name: '李瑶玉' },
    requestedAt: '2026-11-20T02:00:00.000Z',
    startsOn: null,
    endsOn: null,
    effectiveFromMonth: '2026-11',
    awaitingEvaluation: true,
    decisions: [],
    ...overrides,
  };
}

export function aPotentialList(overrides: Partial<PotentialList> = {}): PotentialList {
  return {
    kind: 'NEAR_THRESHOLD',
    evaluation: { policyCode: 'rolling-quarter-2020', month: '2026-09' },
    total: 1,
    items: [
      {
        customer: { id: '26', customerNo: 'C000026', name: '曾婷敏', outletCode: 'BR1S1O1', outletName: '文三路网点' },
        maintainer: { staffNo: 'S00009', name: '李瑶玉' },
        qualifiedTier: 'GOLD',
        serviceTier: 'GOLD',
        metric: '412000.00',
        reason: '滚动季日均 ¥412,000.00，达白金门槛 ¥500,000.00 的 82.4%',
      },
    ],
    ...overrides,
  };
}

export function aServiceTierCard(overrides: Partial<ServiceTierCardData> = {}): ServiceTierCardData {
  return {
    evaluation: { policyCode: 'rolling-quarter-2020', month: '2026-09', qualifiedTier: 'PLATINUM', serviceTier: 'GOLD', status: 'QUALIFIED_NOT_UPGRADED' },
    qualifiedNotUpgraded: true,
    agreements: [],
    pendingUpgrade: null,
    activeAdmission: null,
    admissions: [],
    openTasks: [],
    ...overrides,
  };
}
