/**
 * The simulator applies the evaluation's own transition (service-tier-decision.sql.ts): a special
 * admission in force on the month's last day lifts the service tier, and a signed service
 * agreement upgrades, as they do in the monthly evaluation. So simulating the policy in force for
 * a month it evaluated gives exactly that evaluation's service tiers and statuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { simulatePolicy } from './policy-simulation.service.ts';
import { aBank, aPolicyFile, readEvaluations } from './tiers.test-bank.ts';
import { evaluateMonth, importPolicy } from './tiers.service.ts';

let db: TestDatabase;
const months = ['2026-06', '2026-07', '2026-08', '2026-09'] as const;
const audit = { record: async () => {} } as unknown as AuditWriter;
let headOffice: ApiCaller;
const each = (yuan: string) => Object.fromEntries(months.map((month) => [month, yuan]));

beforeAll(async () => {
  db = await createTestDatabase();
  await importPolicy(db.pool, { json: aPolicyFile({ graceMonths: 1 }), actor: 'test' });
  const ids = await aBank()
    .withMonthAverages('ADMITTED', each('200000.00'))
    .withMonthAverages('ADMITTED-DIAMOND', each('600000.00'))
    .withMonthAverages('NO-ADMISSION', each('200000.00'))
    // Platinum from July: one signed the service agreement in July, the other did not.
    .withMonthAverages('CONSENTED', { '2026-06': '200000.00', '2026-07': '600000.00', '2026-08': '600000.00', '2026-09': '600000.00' })
    .withMonthAverages('NOT-CONSENTED', { '2026-06': '200000.00', '2026-07': '600000.00', '2026-08': '600000.00', '2026-09': '600000.00' })
    .build(db.pool);
  const outlet = (await db.pool.query(`SELECT id FROM org WHERE code = 'TEST-OUTLET'`)).rows[0].id;
  // Head office sees every outlet's customers (record scope ALL).
  const head = (await db.pool.query(`INSERT INTO org (code, name, level) VALUES ('HO', '总行', 'HEAD_OFFICE') RETURNING id`)).rows[0].id;
  headOffice = { staffId: 0, staffNo: 'HQ', role: 'HQ_WEALTH_ADMIN', orgId: head, ip: '127.0.0.1' };
  const staff = (
    await db.pool.query(`INSERT INTO staff (staff_no, name, role, org_id, phone) VALUES ('R1', '客户经理', 'RELATIONSHIP_MANAGER', $1, '') RETURNING id`, [outlet])
  ).rows[0].id;
  const admit = (customerNo: string, tier: string, qualified: string, startsOn: string, endsOn: string) =>
    db.pool.query(
      `INSERT INTO special_admission (customer_id, tier, qualified_tier, reason, months, approval_chain, next_step, status,
         requested_by_staff_id, requested_by_staff_no, starts_on, ends_on)
       VALUES ($1, $2, $3, '重点维护', 2, '{OUTLET_HEAD,SUB_BRANCH_HEAD,BRANCH_ADMIN}', 3, 'APPROVED', $4, 'R1', $5, $6)`,
      [ids.get(customerNo), tier, qualified, staff, startsOn, endsOn],
    );
  // In force on 07-31 and 08-31, ended before 09-30.
  await admit('ADMITTED', 'PLATINUM', 'GOLD', '2026-07-10', '2026-09-10');
  await admit('ADMITTED-DIAMOND', 'DIAMOND', 'PLATINUM', '2026-08-01', '2027-08-01');
  await db.pool.query(
    `INSERT INTO service_agreement (customer_id, signed_on, agreement_version, witness_staff_id, qualified_tier, recorded_by_staff_id)
     VALUES ($1, '2026-07-15', '2026版', $2, 'PLATINUM', $2)`,
    [ids.get('CONSENTED'), staff],
  );
  for (const month of months) await evaluateMonth(db.pool, { month, policyCode: 'test-month', actor: 'test' });
});
afterAll(() => db.drop());

const statusCounts = async (month: string) =>
  (await db.pool.query(`SELECT status_counts FROM tier_evaluation_run WHERE month = $1 AND status = 'SUCCEEDED'`, [`${month}-01`])).rows[0]
    .status_counts as Record<string, number>;

describe('simulating the policy in force for a month it evaluated', () => {
  it('is the bank this test means: admissions and consent decide some months', async () => {
    const august = await readEvaluations(db.pool, 'test-month', '2026-08');
    expect(august.get('ADMITTED')).toMatchObject({ serviceTier: 'PLATINUM', status: 'SPECIAL_ADMISSION' });
    expect(august.get('ADMITTED-DIAMOND')).toMatchObject({ serviceTier: 'DIAMOND', status: 'SPECIAL_ADMISSION' });
    const july = await readEvaluations(db.pool, 'test-month', '2026-07');
    expect(july.get('CONSENTED')).toMatchObject({ serviceTier: 'PLATINUM', status: 'UPGRADED' });
    expect(july.get('NOT-CONSENTED')).toMatchObject({ serviceTier: 'GOLD', status: 'QUALIFIED_NOT_UPGRADED' });
  });

  it.each(months.slice(1))('gives %s exactly the service tiers and statuses of its evaluation', async (month) => {
    const simulation = await simulatePolicy({ pool: db.pool, audit }, headOffice, { code: 'test-month', version: 1, month });
    // Every customer stays where the evaluation put them: only the diagonal of the from × to matrix is filled.
    for (const row of simulation.serviceMatrix) {
      for (const [to, customers] of Object.entries(row.to)) {
        if (to !== row.from) expect({ from: row.from, to, customers }).toEqual({ from: row.from, to, customers: 0 });
      }
    }
    expect(simulation.total).toMatchObject({ customers: 5, up: 0, down: 0, unchanged: 5, notEvaluated: 0 });
    const evaluated = await statusCounts(month);
    const simulated = Object.fromEntries(Object.entries(simulation.total.statuses).filter(([, customers]) => customers > 0));
    expect(simulated).toEqual(evaluated);
  });

  it('moves a customer held by an admission only when the candidate qualifies them above it', async () => {
    // A candidate whose platinum starts at 150,000: ADMITTED qualifies for platinum itself, so its
    // admission no longer decides; ADMITTED-DIAMOND is still lifted to diamond.
    await importPolicy(db.pool, {
      json: aPolicyFile({
        graceMonths: 1,
        tiers: [
          { tier: 'GOLD', threshold: '100000.00' },
          { tier: 'PLATINUM', threshold: '150000.00' },
          { tier: 'DIAMOND', threshold: '1000000.00' },
        ],
      }),
      actor: 'test',
    });
    const simulation = await simulatePolicy({ pool: db.pool, audit }, headOffice, { code: 'test-month', version: 2, month: '2026-08' });
    expect(simulation.total.statuses.SPECIAL_ADMISSION).toBe(1);
    const diamond = simulation.serviceMatrix.find((row) => row.from === 'DIAMOND')!;
    expect(diamond.to.DIAMOND).toBe(1);
  });
});

describe('an admission approved after a month was evaluated', () => {
  it('does not change that month when it is evaluated again (a feed correction), in the evaluation and the simulation alike', async () => {
    // As if ADMITTED-DIAMOND had been approved once August was evaluated: it takes effect in September.
    await db.pool.query(
      `UPDATE special_admission SET effective_from_month = DATE '2026-09-01'
        WHERE customer_id = (SELECT id FROM customer WHERE customer_no = 'ADMITTED-DIAMOND')`,
    );
    await evaluateMonth(db.pool, { month: '2026-08', policyCode: 'test-month', actor: 'test' });
    const august = await readEvaluations(db.pool, 'test-month', '2026-08');
    // (Evaluated again under version 2 of the code, the one evaluateMonth now takes.)
    expect(august.get('ADMITTED-DIAMOND')).toMatchObject({ version: 2, qualifiedTier: 'PLATINUM', serviceTier: 'PLATINUM' });
    expect(august.get('ADMITTED-DIAMOND')!.status).not.toBe('SPECIAL_ADMISSION');
    await evaluateMonth(db.pool, { month: '2026-09', policyCode: 'test-month', actor: 'test' });
    expect((await readEvaluations(db.pool, 'test-month', '2026-09')).get('ADMITTED-DIAMOND')).toMatchObject({ serviceTier: 'DIAMOND', status: 'SPECIAL_ADMISSION' });
    const simulation = await simulatePolicy({ pool: db.pool, audit }, headOffice, { code: 'test-month', version: 2, month: '2026-08' });
    expect(simulation.serviceMatrix.find((row) => row.from === 'PLATINUM')!.to.DIAMOND).toBe(0);
  });
});
