import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aPolicyFile, readEvaluations } from './tiers.test-bank.ts';
import { evaluateMonth, explainCustomer, importPolicy, reevaluateFrom, showPolicy } from './tiers.service.ts';
import { decideServiceTier, qualifiedTier, type EvaluationStatus, type TierCode } from './tiers.rules.ts';

/**
 * The service-tier chain over consecutive months (DOMAIN.md §4): substandard within the grace,
 * downgrade after it, qualified-not-upgraded, automatic upgrade, re-evaluation after a
 * correction, and a new policy version continuing the chain of its code.
 */
const MONTHS = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
const actor = 'test';

describe('the service-tier chain', () => {
  let db: TestDatabase;
  const evaluate = (policyCode: string, month: string) => evaluateMonth(db.pool, { month, policyCode, actor });
  /** [service tier, status, substandard months] of a customer, month by month. */
  async function history(policyCode: string, customerNo: string, months = MONTHS) {
    const trail: [string, string, number][] = [];
    for (const month of months) {
      const row = (await readEvaluations(db.pool, policyCode, month)).get(customerNo)!;
      trail.push([row.serviceTier, row.status, row.substandardMonths]);
    }
    return trail;
  }
  /** Every stored row agrees with the pure rules of tiers.rules.ts, given last month's stored row. */
  async function expectRowsFollowTheRules(policyCode: string, months: string[]) {
    const policy = await showPolicy(db.pool, { code: policyCode });
    for (const [index, month] of months.entries()) {
      const last = index > 0 ? await readEvaluations(db.pool, policyCode, months[index - 1]!) : new Map();
      for (const [customerNo, row] of await readEvaluations(db.pool, policyCode, month)) {
        const previous = last.get(customerNo);
        const qualified = qualifiedTier(row.metricCents, policy.tiers);
        expect(row.qualifiedTier).toBe(qualified);
        const decision = decideServiceTier({
          qualifiedTier: qualified,
          previous: previous && {
            serviceTier: previous.serviceTier as TierCode,
            status: previous.status as EvaluationStatus,
            substandardMonths: previous.substandardMonths,
          },
          graceMonths: policy.graceMonths,
          autoUpgrade: policy.autoUpgrade,
        });
        expect([row.serviceTier, row.status, row.substandardMonths]).toEqual([decision.serviceTier, decision.status, decision.substandardMonths]);
      }
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await importPolicy(db.pool, { json: aPolicyFile({ code: 'test-chain', graceMonths: 2 }), actor });
    await importPolicy(db.pool, { json: aPolicyFile({ code: 'test-auto', autoUpgrade: true }), actor });
    const months = (...yuan: string[]) => Object.fromEntries(yuan.map((amount, index) => [MONTHS[index]!, amount]));
    await aBank()
      .withMonthAverages('X', months('1000000.00', '600000.00', '600000.00', '600000.00', '600000.00'))
      .withMonthAverages('Y', months('100000.00', '600000.00', '100000.00', '50000.00', '0.00'))
      .withMonthAverages('Z', months('500000.00', '100000.00', '500000.00', '100000.00', '100000.00'))
      .build(db.pool);
  });
  afterAll(() => db.drop());

  it('keeps the service tier through the grace months, then downgrades to the qualified tier', async () => {
    for (const month of MONTHS.slice(0, 2)) await evaluate('test-chain', month);
    // A customer who appears after August's evaluation starts his own chain in September.
    await aBank().withMonthAverage('W', '2026-09', '700000.00').build(db.pool);
    for (const month of MONTHS.slice(2)) await evaluate('test-chain', month);

    expect(await history('test-chain', 'X')).toEqual([
      ['DIAMOND', 'INITIAL', 0],
      ['DIAMOND', 'SUBSTANDARD', 1],
      ['DIAMOND', 'SUBSTANDARD', 2],
      ['PLATINUM', 'DOWNGRADED', 3],
      ['PLATINUM', 'QUALIFIED', 0],
    ]);
    expect(await history('test-chain', 'Y')).toEqual([
      ['GOLD', 'INITIAL', 0],
      ['GOLD', 'QUALIFIED_NOT_UPGRADED', 0],
      ['GOLD', 'QUALIFIED', 0],
      ['GOLD', 'SUBSTANDARD', 1],
      ['GOLD', 'SUBSTANDARD', 2],
    ]);
    // Meeting the service tier again starts the count of substandard months afresh.
    expect(await history('test-chain', 'Z')).toEqual([
      ['PLATINUM', 'INITIAL', 0],
      ['PLATINUM', 'SUBSTANDARD', 1],
      ['PLATINUM', 'QUALIFIED', 0],
      ['PLATINUM', 'SUBSTANDARD', 1],
      ['PLATINUM', 'SUBSTANDARD', 2],
    ]);
    const september = await readEvaluations(db.pool, 'test-chain', '2026-09');
    expect(september.get('W')).toMatchObject({ status: 'INITIAL', serviceTier: 'PLATINUM', previousServiceTier: null });
    expect(september.get('X')!.explanation).toMatchObject({
      rule: 'SUBSTANDARD',
      previousServiceTier: 'DIAMOND',
      substandardMonths: 2,
      previousEvaluation: { month: '2026-08', policyVersion: 1 },
    });
    const explained = await explainCustomer(db.pool, { customerNo: 'W', month: '2026-09', policyCode: 'test-chain', locale: 'en' });
    expect(explained.lines.at(-1)).toBe(
      'The customer was not in the 2026-08 evaluation: initial evaluation, the service tier is the qualified tier PLATINUM.',
    );
    const downgraded = await explainCustomer(db.pool, { customerNo: 'X', month: '2026-10', policyCode: 'test-chain', locale: 'en' });
    expect(downgraded.lines.at(-1)).toBe(
      'Qualified tier PLATINUM is below the service tier DIAMOND for 3 consecutive month(s), beyond the grace of 2 month(s): downgraded to PLATINUM.',
    );
    await expectRowsFollowTheRules('test-chain', MONTHS);
  });

  it('upgrades automatically when the policy says so', async () => {
    for (const month of MONTHS.slice(0, 3)) await evaluate('test-auto', month);
    expect(await history('test-auto', 'Y', MONTHS.slice(0, 3))).toEqual([
      ['GOLD', 'INITIAL', 0],
      ['PLATINUM', 'UPGRADED', 0],
      ['PLATINUM', 'SUBSTANDARD', 1],
    ]);
    await expectRowsFollowTheRules('test-auto', MONTHS.slice(0, 3));
  });

  it('re-evaluates every later month in order after a correction', async () => {
    await aBank().withMonthAverage('X', '2026-08', '1000000.00').build(db.pool);
    const summaries = await reevaluateFrom(db.pool, { policyCode: 'test-chain', fromMonth: '2026-08' });
    expect(summaries.map((s) => `${s.policy.code} ${s.month}`)).toEqual(MONTHS.slice(1).map((m) => `test-chain ${m}`));
    expect(await history('test-chain', 'X')).toEqual([
      ['DIAMOND', 'INITIAL', 0],
      ['DIAMOND', 'QUALIFIED', 0],
      ['DIAMOND', 'SUBSTANDARD', 1],
      ['DIAMOND', 'SUBSTANDARD', 2],
      ['PLATINUM', 'DOWNGRADED', 3],
    ]);
    await expectRowsFollowTheRules('test-chain', MONTHS);

    const everyPolicy = await reevaluateFrom(db.pool, { fromMonth: '2026-09' });
    expect(everyPolicy.map((s) => `${s.policy.code} ${s.month}`)).toEqual([
      'test-auto 2026-09',
      'test-chain 2026-09',
      'test-chain 2026-10',
      'test-chain 2026-11',
    ]);
  });

  it('a new policy version continues the chain of its code', async () => {
    const v2 = await importPolicy(db.pool, { json: aPolicyFile({ code: 'test-chain', graceMonths: 0 }), actor });
    expect(v2).toMatchObject({ created: true, policy: { version: 2, active: true } });
    await aBank().withMonthAverages('Z', { '2026-12': '100000.00' }).build(db.pool);
    const december = await evaluate('test-chain', '2026-12');
    expect(december.policy).toEqual({ code: 'test-chain', version: 2 });
    expect(december.previous).toEqual({ month: '2026-11', policyVersion: 1 });
    // November left Z substandard for 2 months under v1; v2 has no grace: downgraded now.
    expect((await readEvaluations(db.pool, 'test-chain', '2026-12')).get('Z')).toMatchObject({
      version: 2,
      previousServiceTier: 'PLATINUM',
      serviceTier: 'GOLD',
      status: 'DOWNGRADED',
    });
    // Re-evaluation re-runs each month under the version that evaluated it.
    const rerun = await reevaluateFrom(db.pool, { policyCode: 'test-chain', fromMonth: '2026-11' });
    expect(rerun.map((s) => `${s.month} v${s.policy.version}`)).toEqual(['2026-11 v1', '2026-12 v2']);
  });
});
