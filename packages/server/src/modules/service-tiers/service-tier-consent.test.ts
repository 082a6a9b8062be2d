/** The evaluation honours consent and writes card-exchange tasks (tiers.store.ts replaceEvaluations, migration 0013). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { decideServiceTier } from '../tiers/tiers.rules.ts';
import { evaluateMonth, importPolicy } from '../tiers/tiers.service.ts';
import { aBank, aPolicyFile, readEvaluations } from '../tiers/tiers.test-bank.ts';

let db: TestDatabase;
let ids: Map<string, bigint>;
let staffId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  await importPolicy(db.pool, { json: aPolicyFile({ graceMonths: 0 }), actor: 'test' });
  ids = await aBank()
    // Gold in July, platinum from August: qualified, not upgraded until consent.
    .withMonthAverages('SIGNS-IN-SEPT', { '2026-07': '200000.00', '2026-08': '600000.00', '2026-09': '600000.00' })
    .withMonthAverages('SIGNED-IN-AUG', { '2026-07': '200000.00', '2026-08': '600000.00', '2026-09': '600000.00' })
    .withMonthAverages('NEVER-SIGNS', { '2026-07': '200000.00', '2026-08': '600000.00', '2026-09': '600000.00' })
    // Platinum in July, gold in August: downgraded at once (grace 0).
    .withMonthAverages('FALLS', { '2026-07': '600000.00', '2026-08': '200000.00', '2026-09': '200000.00' })
    .build(db.pool);
  const org = await db.pool.query(`SELECT id FROM org WHERE code = 'TEST-OUTLET'`);
  const staff = await db.pool.query(`INSERT INTO staff (staff_no, name, role, org_id, phone) VALUES ('W1', '见证人', 'RELATIONSHIP_MANAGER', $1, '') RETURNING id`, [org.rows[0].id]);
  staffId = staff.rows[0].id;
});
afterAll(async () => db.drop());

async function sign(customerNo: string, signedOn: string) {
  await db.pool.query(
    `INSERT INTO service_agreement (customer_id, signed_on, agreement_version, witness_staff_id, qualified_tier, recorded_by_staff_id)
     VALUES ($1, $2, '2024版', $3, 'PLATINUM', $3)`,
    [ids.get(customerNo), signedOn, staffId],
  );
}
const evaluate = (month: string) => evaluateMonth(db.pool, { month, policyCode: 'test-month', actor: 'test' });
const resultOf = async (month: string, customerNo: string) => {
  const row = (await readEvaluations(db.pool, 'test-month', month)).get(customerNo)!;
  return `${row.serviceTier} ${row.status}`;
};

describe('consent in the evaluation', () => {
  it('upgrades from the first month ending after the agreement was signed; others stay qualified-not-upgraded', async () => {
    await sign('SIGNED-IN-AUG', '2026-08-31');
    await sign('SIGNS-IN-SEPT', '2026-09-01');
    await evaluate('2026-07');
    await evaluate('2026-08');
    expect(await resultOf('2026-08', 'SIGNED-IN-AUG')).toBe('PLATINUM UPGRADED');
    expect(await resultOf('2026-08', 'SIGNS-IN-SEPT')).toBe('GOLD QUALIFIED_NOT_UPGRADED');
    expect(await resultOf('2026-08', 'NEVER-SIGNS')).toBe('GOLD QUALIFIED_NOT_UPGRADED');
    await evaluate('2026-09');
    expect(await resultOf('2026-09', 'SIGNS-IN-SEPT')).toBe('PLATINUM UPGRADED');
    expect(await resultOf('2026-09', 'SIGNED-IN-AUG')).toBe('PLATINUM QUALIFIED');
    expect(await resultOf('2026-09', 'NEVER-SIGNS')).toBe('GOLD QUALIFIED_NOT_UPGRADED');
  });

  it('is the rule decideServiceTier states', () => {
    const previous = { serviceTier: 'GOLD' as const, status: 'QUALIFIED' as const, substandardMonths: 0 };
    expect(decideServiceTier({ qualifiedTier: 'PLATINUM', previous, graceMonths: 3, autoUpgrade: false, consented: true }).status).toBe('UPGRADED');
    expect(decideServiceTier({ qualifiedTier: 'PLATINUM', previous, graceMonths: 3, autoUpgrade: false, consented: false }).status).toBe('QUALIFIED_NOT_UPGRADED');
    // Consent does not stop a downgrade.
    expect(decideServiceTier({ qualifiedTier: 'STANDARD', previous, graceMonths: 0, autoUpgrade: false, consented: true }).status).toBe('DOWNGRADED');
  });
});

describe('card-exchange tasks', () => {
  const tasks = async () =>
    (
      await db.pool.query(
        `SELECT c.customer_no, t.from_tier, t.to_tier, to_char(t.month, 'YYYY-MM') AS month, t.status, t.created_by
           FROM service_tier_task t JOIN customer c ON c.id = t.customer_id ORDER BY t.month, c.customer_no`,
      )
    ).rows;

  it('writes one per downgrade, once, and keeps done ones when the month is evaluated again', async () => {
    expect(await tasks()).toEqual([{ customer_no: 'FALLS', from_tier: 'PLATINUM', to_tier: 'GOLD', month: '2026-08', status: 'OPEN', created_by: 'evaluation' }]);
    await evaluate('2026-08');
    expect(await tasks()).toHaveLength(1);
    await db.pool.query(`UPDATE service_tier_task SET status = 'DONE'`);
    await evaluate('2026-08');
    expect((await tasks()).map((t) => t.status)).toEqual(['DONE']);
  });
});
