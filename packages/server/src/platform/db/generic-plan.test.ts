import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { queryWithGenericPlan } from './generic-plan.ts';

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  // One connection: every call below reuses it, so what a call leaves on the connection shows.
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
  await pool.query(`CREATE TABLE generic_plan_probe (id int PRIMARY KEY, kind text NOT NULL)`);
  await pool.query(`INSERT INTO generic_plan_probe SELECT i, CASE WHEN i % 100 = 0 THEN 'rare' ELSE 'common' END FROM generate_series(1, 1000) i`);
  await pool.query('ANALYZE generic_plan_probe');
});
afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const STATEMENT = 'SELECT count(*)::int AS n FROM generic_plan_probe WHERE kind = $1 AND id <= $2';

describe('queryWithGenericPlan', () => {
  it('answers as a plain query does, for any values', async () => {
    for (const values of [['rare', 1000], ['common', 10], ['none', 5]] as const) {
      const plain = await pool.query(STATEMENT, [...values]);
      const generic = await queryWithGenericPlan(pool, STATEMENT, [...values]);
      expect(generic.rows).toEqual(plain.rows);
    }
  });

  it('prepares the statement once and runs it with its generic plan from the first call', async () => {
    const { rows } = await pool.query(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1`, [STATEMENT]);
    expect(rows).toHaveLength(1);
    expect(Number(rows[0].custom_plans)).toBe(0);
    expect(Number(rows[0].generic_plans)).toBeGreaterThanOrEqual(3);
  });

  it('leaves the connection as it found it: the plan setting and the transaction end with the call', async () => {
    await queryWithGenericPlan(pool, STATEMENT, ['rare', 10]);
    // SET LOCAL lasts until the transaction ends: 'auto' again means the transaction ended too.
    const { rows } = await pool.query(`SELECT current_setting('plan_cache_mode') AS mode`);
    expect(rows[0]).toEqual({ mode: 'auto' });
  });

  it('rolls back on an error and the connection goes on serving', async () => {
    await expect(queryWithGenericPlan(pool, 'SELECT 1 / $1::int AS x', [0])).rejects.toThrow(/division by zero/);
    expect((await queryWithGenericPlan(pool, 'SELECT 1 / $1::int AS x', [1])).rows).toEqual([{ x: 1 }]);
    expect((await pool.query(`SELECT current_setting('plan_cache_mode') AS mode`)).rows[0].mode).toBe('auto');
  });

  it('refuses to write: the transaction is read-only', async () => {
    await expect(queryWithGenericPlan(pool, 'INSERT INTO generic_plan_probe VALUES ($1, $2)', [5000, 'rare'])).rejects.toThrow(/read-only/);
    expect((await pool.query('SELECT count(*)::int AS n FROM generic_plan_probe WHERE id = 5000')).rows[0].n).toBe(0);
  });
});
