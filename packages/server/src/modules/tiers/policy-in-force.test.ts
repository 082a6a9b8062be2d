import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, type Bank } from '../customers/customers.test-bank.ts';
import { policyContext } from '../service-tiers/policy-context.ts';
import { EVALUATION_IN_FORCE_SQL } from './policy-in-force.ts';

let db: TestDatabase;
let bank: Bank;

beforeAll(async () => {
  db = await createTestDatabase();
  bank = await aBank(db.pool);
});
afterAll(async () => db?.drop());

/** What the one-statement reading gives, in policyContext's shape. */
async function inForceBySql(): Promise<{ policyId: number; month: string } | undefined> {
  const { rows } = await db.pool.query(`SELECT policy_id, to_char(month, 'YYYY-MM-DD') AS month FROM (${EVALUATION_IN_FORCE_SQL}) e`);
  return rows[0] ? { policyId: rows[0].policy_id as number, month: rows[0].month as string } : undefined;
}

describe('EVALUATION_IN_FORCE_SQL', () => {
  it('reads the same evaluation as policyContext, step by step as a bank evaluates', async () => {
    const expectSame = async (expected: { policyId: number; month: string } | undefined) => {
      expect((await policyContext(db.pool)).evaluation).toEqual(expected);
      expect(await inForceBySql()).toEqual(expected);
    };
    await expectSame(undefined);

    const v1 = await bank.policy('force-a', 1);
    await bank.evaluate(v1, '2026-09', []);
    await expectSame({ policyId: v1, month: '2026-09-01' });

    // A later version of the same code evaluating the same month is the one in force.
    const v2 = await bank.policy('force-a', 2);
    await bank.evaluate(v2, '2026-09', []);
    await expectSame({ policyId: v2, month: '2026-09-01' });

    // Re-running the month under the older version does not bring it back: the highest version wins.
    await bank.evaluate(v1, '2026-09', []);
    await expectSame({ policyId: v2, month: '2026-09-01' });

    // A later month under another code switches the bank to that code.
    const other = await bank.policy('force-b', 1);
    await bank.evaluate(other, '2026-10', []);
    await expectSame({ policyId: other, month: '2026-10-01' });

    // A failed run is not an evaluation.
    await db.pool.query(
      `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, finished_at, status, customers, facts)
       VALUES ($1, '2026-11-01', 'test', now(), clock_timestamp(), 'FAILED', 0, '{}'::jsonb)`,
      [v2],
    );
    await expectSame({ policyId: other, month: '2026-10-01' });
  });
});
