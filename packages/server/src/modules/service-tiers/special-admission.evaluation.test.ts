/**
 * An approved special admission takes effect in the monthly evaluation (tiers.store.ts
 * replaceEvaluations, migration 0015): inside its period it lifts the service tier, after it the
 * normal rules apply from the tier the customer then holds; the explanation names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { findCustomerFile } from '../customers/customer-file.store.ts';
import { decideServiceTier } from '../tiers/tiers.rules.ts';
import { evaluateMonth, explainCustomer, importPolicy } from '../tiers/tiers.service.ts';
import { aBank, aPolicyFile, readEvaluations } from '../tiers/tiers.test-bank.ts';

let db: TestDatabase;
let ids: Map<string, bigint>;
let staffId: number;
let outletId: number;
const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] as const;
const gold = Object.fromEntries(months.map((month) => [month, '200000.00']));

beforeAll(async () => {
  db = await createTestDatabase();
  await importPolicy(db.pool, { json: aPolicyFile({ graceMonths: 1 }), actor: 'test' });
  ids = await aBank()
    // All three qualify for gold every month.
    .withMonthAverages('ADMITTED', gold)
    .withMonthAverages('ONLY-REQUESTED', gold)
    .withMonthAverages('NO-ADMISSION', gold)
    .build(db.pool);
  const org = await db.pool.query(`SELECT id FROM org WHERE code = 'TEST-OUTLET'`);
  const staff = await db.pool.query(`INSERT INTO staff (staff_no, name, role, org_id, phone) VALUES ('R1', '客户经理', 'RELATIONSHIP_MANAGER', $1, '') RETURNING id`, [
    org.rows[0].id,
  ]);
  staffId = staff.rows[0].id;
  outletId = org.rows[0].id;
  // Platinum, approved by the outlet head then the sub-branch head, in force 2026-07-10 to 2026-09-09 (ends_on exclusive).
  await admit('ADMITTED', { status: 'APPROVED', nextStep: 2, startsOn: '2026-07-10', endsOn: '2026-09-10' });
  // Still waiting for the sub-branch head: no effect.
  await admit('ONLY-REQUESTED', { status: 'IN_REVIEW', nextStep: 1, startsOn: null, endsOn: null });
  for (const month of months) await evaluateMonth(db.pool, { month, policyCode: 'test-month', actor: 'test' });
});
afterAll(async () => db.drop());

async function admit(customerNo: string, state: { status: string; nextStep: number; startsOn: string | null; endsOn: string | null }) {
  await db.pool.query(
    `INSERT INTO special_admission (customer_id, tier, qualified_tier, reason, months, approval_chain, next_step, status,
       requested_by_staff_id, requested_by_staff_no, starts_on, ends_on)
     VALUES ($1, 'PLATINUM', 'GOLD', '重点维护', 2, '{OUTLET_HEAD,SUB_BRANCH_HEAD}', $2, $3, $4, 'R1', $5, $6)`,
    [ids.get(customerNo), state.nextStep, state.status, staffId, state.startsOn, state.endsOn],
  );
}

async function trail(customerNo: string) {
  const results: string[] = [];
  for (const month of months) {
    const row = (await readEvaluations(db.pool, 'test-month', month)).get(customerNo)!;
    results.push(`${month} ${row.qualifiedTier} ${row.serviceTier} ${row.status} ${row.substandardMonths}`);
  }
  return results;
}

describe('special admission in the evaluation', () => {
  it('lifts the service tier for the months whose last day is inside the period, and not after it', async () => {
    expect(await trail('ADMITTED')).toEqual([
      '2026-06 GOLD GOLD INITIAL 0',
      // Approved on 07-10: in force on 07-31 and 08-31.
      '2026-07 GOLD PLATINUM SPECIAL_ADMISSION 0',
      '2026-08 GOLD PLATINUM SPECIAL_ADMISSION 0',
      // Ended on 09-09: the normal rules apply from the platinum held (grace 1), then the downgrade.
      '2026-09 GOLD PLATINUM SUBSTANDARD 1',
      '2026-10 GOLD GOLD DOWNGRADED 2',
    ]);
  });

  it('ignores a request not yet fully approved, and customers without one', async () => {
    for (const customerNo of ['ONLY-REQUESTED', 'NO-ADMISSION']) {
      expect((await trail(customerNo)).slice(1).every((line) => line.endsWith('GOLD GOLD QUALIFIED 0'))).toBe(true);
    }
  });

  it('is the rule decideServiceTier states, row for row', async () => {
    const july = (await readEvaluations(db.pool, 'test-month', '2026-07')).get('ADMITTED')!;
    expect(decideServiceTier({ qualifiedTier: 'GOLD', previous: { serviceTier: 'GOLD', status: 'INITIAL', substandardMonths: 0 }, graceMonths: 1, autoUpgrade: false, admittedTier: 'PLATINUM' })).toEqual({
      serviceTier: july.serviceTier,
      status: july.status,
      substandardMonths: july.substandardMonths,
    });
  });

  it('counts the month in the run and writes the card-exchange task when the customer falls back', async () => {
    const run = await db.pool.query(`SELECT status_counts FROM tier_evaluation_run WHERE month = '2026-08-01' AND status = 'SUCCEEDED'`);
    expect(run.rows[0].status_counts).toMatchObject({ SPECIAL_ADMISSION: 1, QUALIFIED: 2 });
    const tasks = await db.pool.query(`SELECT from_tier, to_tier, to_char(month, 'YYYY-MM') AS month FROM service_tier_task WHERE customer_id = $1`, [ids.get('ADMITTED')]);
    expect(tasks.rows).toEqual([{ from_tier: 'PLATINUM', to_tier: 'GOLD', month: '2026-10' }]);
  });

  it('explains the month by naming the admission: tier, period, approvers', async () => {
    const input = { customerNo: 'ADMITTED', month: '2026-08', policyCode: 'test-month' };
    expect((await explainCustomer(db.pool, { ...input, locale: 'en' })).lines.at(-1)).toBe(
      'Special admission to PLATINUM in force from 2026-07-10 to 2026-09-09, approved by outlet head, then sub-branch head: ' +
        'the service tier is PLATINUM, above what the qualified tier GOLD gives under the normal rules.',
    );
    expect((await explainCustomer(db.pool, { ...input, locale: 'zh-CN' })).lines.at(-1)).toBe(
      '特殊准入 白金，有效期 2026-07-10 至 2026-09-09，经网点负责人、支行行长审批：服务等级为 白金，高于按资产达标等级 金卡 的正常规则所得。',
    );
    const after = await explainCustomer(db.pool, { ...input, month: '2026-09', locale: 'en' });
    expect(after.status).toBe('SUBSTANDARD');
    expect(after.lines.join(' ')).not.toContain('Special admission');
  });

  it("carries the admission into the customer file's tier history (the 360 explanation)", async () => {
    const run = await db.pool.query(
      `SELECT r.id, r.policy_id FROM tier_evaluation_run r WHERE r.month = '2026-10-01' AND r.status = 'SUCCEEDED'`,
    );
    const file = await findCustomerFile(db.pool, {
      // The outlet head of the customers' outlet sees them.
      viewer: { role: 'OUTLET_HEAD', staffId, orgId: outletId },
      customerId: ids.get('ADMITTED')!,
      evaluation: { policyCode: 'test-month', month: '2026-10-01', policyId: run.rows[0].policy_id, runId: run.rows[0].id },
      days: undefined,
      months: { from: '2026-06-01', to: '2026-10-01' },
      tierMonths: { from: '2026-06-01', to: '2026-10-01' },
    });
    const byMonth = new Map(file!.tierHistory.map((row) => [row.month, row]));
    expect(byMonth.get('2026-08')).toMatchObject({
      status: 'SPECIAL_ADMISSION',
      admission: { tier: 'PLATINUM', startsOn: '2026-07-10', endsOn: '2026-09-10', approverLevels: ['OUTLET_HEAD', 'SUB_BRANCH_HEAD'] },
    });
    expect(byMonth.get('2026-09')!.admission).toBeNull();
  });
});
