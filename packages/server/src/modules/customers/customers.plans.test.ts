/**
 * The query plans the performance design relies on (docs/customer-api.md "Performance design"),
 * checked with EXPLAIN on a bank of a few thousand customers: the selective searches use their
 * indexes, nothing scans the customer table whole for a page, no plan goes parallel, and the 360
 * reads only the AUM partitions of its window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberHash, phoneHash } from '../../platform/access/search-key.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { testSearchKey } from '../../test-support/search-key.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { findCustomerFile } from './customer-file.store.ts';
import { countMatchesByTier, findEvaluatedRun, findSearchPage, type EvaluationInForce, type PageQuery } from './customer-search.store.ts';

const CUSTOMERS = 6000;
let db: TestDatabase;
let evaluation: EvaluationInForce;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  const q = (sql: string, values: unknown[] = []) => db.pool.query(sql, values);
  await q(`INSERT INTO org (code, name, level) VALUES ('HO', 'HO', 'HEAD_OFFICE')`);
  await q(`INSERT INTO org (code, name, level, parent_id) SELECT 'BR' || n, 'BR', 'BRANCH', (SELECT id FROM org WHERE code = 'HO') FROM generate_series(1, 3) n`);
  await q(`INSERT INTO org (code, name, level, parent_id) SELECT 'SB' || n, 'SB', 'SUB_BRANCH', (SELECT id FROM org WHERE code = 'BR' || (1 + n % 3)) FROM generate_series(1, 9) n`);
  await q(`INSERT INTO org (code, name, level, parent_id) SELECT 'OU' || n, 'OU', 'OUTLET', (SELECT id FROM org WHERE code = 'SB' || (1 + n % 9)) FROM generate_series(1, 60) n`);
  await q(`INSERT INTO staff (staff_no, name, role, org_id, phone) SELECT 'RM' || n, 'RM', 'RELATIONSHIP_MANAGER', (SELECT id FROM org WHERE code = 'OU' || n), '' FROM generate_series(1, 60) n`);
  await q(
    `INSERT INTO customer (customer_no, name, id_type, id_no, gender, phone, email, occupation, home_outlet_id, opened_on, phone_hash, id_no_hash)
     SELECT 'C' || lpad(n::text, 7, '0'), (ARRAY['王','李','张','刘','陈','杨','欧阳'])[1 + n % 7] || n, 'PASSPORT', 'E' || n, 'F', '139' || n, '', 'OTHER',
            (SELECT id FROM org WHERE code = 'OU' || (1 + n % 60)), '2020-01-01', sha256(('p' || n)::bytea), sha256(('i' || n)::bytea)
       FROM generate_series(1, $1::int) n`,
    [CUSTOMERS],
  );
  await q(`INSERT INTO product (product_code, name, category, risk_level, currency, series, counts_toward_aum) VALUES ('P', 'P', 'FUND', 'R3', 'CNY', 'P', true)`);
  await q(`INSERT INTO account (account_no, customer_id, product_id, currency, opened_on, status)
           SELECT 'A' || c.id || '-' || k, c.id, (SELECT id FROM product), 'CNY', '2021-01-01', 'ACTIVE' FROM customer c, generate_series(1, 2) k`);
  await q(`INSERT INTO account_balance SELECT id, customer_id, '2026-02-01', 100, 100 FROM account`);
  await q(`INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, source)
           SELECT c.id, s.id, 'TEST' FROM customer c JOIN staff s ON s.org_id = c.home_outlet_id`);
  await q(`INSERT INTO tier_policy (code, version, name, metric, tiers, created_by)
           VALUES ('p', 1, 'p', 'MONTH_AVG', '[{"tier":"GOLD","threshold_cents":"10000000","special_admission_approver":"OUTLET_HEAD"}]', 'test')`);
  await q(`INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, finished_at, status, facts)
           SELECT id, '2026-01-01', 'test', now(), now(), 'SUCCEEDED', '{"window": {}, "previous": null}' FROM tier_policy`);
  await q(`INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, service_tier, substandard_months, status)
           SELECT r.policy_id, r.month, c.id, r.id, 0, t.tier, t.tier, 0, 'INITIAL'
             FROM customer c CROSS JOIN tier_evaluation_run r
             CROSS JOIN LATERAL (SELECT CASE WHEN c.id % 300 = 0 THEN 'PRIVATE' WHEN c.id % 5 = 0 THEN 'GOLD' ELSE 'STANDARD' END AS tier) t`);
  for (const day of ['2026-01-30', '2026-01-31', '2026-02-01']) {
    const table = `customer_daily_aum_p${day.replaceAll('-', '')}`;
    await q(`CREATE TABLE ${table} PARTITION OF customer_daily_aum FOR VALUES FROM ('${day}') TO ('${day}'::date + 1)`);
    await q(`INSERT INTO ${table} SELECT '${day}', id, 100 FROM customer`);
    await q(`CREATE INDEX ON ${table} (customer_id)`);
  }
  for (const month of ['2025-12', '2026-01', '2026-02']) {
    const table = `customer_monthly_aum_p${month.replace('-', '')}`;
    await q(`CREATE TABLE ${table} PARTITION OF customer_monthly_aum FOR VALUES FROM ('${month}-01') TO (('${month}-01'::date + interval '1 month')::date)`);
    await q(`INSERT INTO ${table} SELECT '${month}-01', id, id * 100 FROM customer`);
    await q(`CREATE UNIQUE INDEX ON ${table} (customer_id)`);
  }
  await q('ANALYZE');
  const orgId = async (code: string) => (await q('SELECT id FROM org WHERE code = $1', [code])).rows[0].id as number;
  viewers.HQ = { role: 'HQ_WEALTH_ADMIN', staffId: 0, orgId: await orgId('HO') };
  viewers.BA = { role: 'BRANCH_ADMIN', staffId: 0, orgId: await orgId('BR1') };
  viewers.OH = { role: 'OUTLET_HEAD', staffId: 0, orgId: await orgId('OU7') };
  const rm = (await q(`SELECT id, org_id FROM staff WHERE staff_no = 'RM7'`)).rows[0];
  viewers.RM = { role: 'RELATIONSHIP_MANAGER', staffId: rm.id, orgId: rm.org_id };
  evaluation = { policyCode: 'p', month: '2026-01-01', ...(await findEvaluatedRun(db.pool, 'p', '2026-01-01'))! };
}, 120_000);
afterAll(async () => {
  await db.drop();
});

/** Runs `read` against a recorder and returns the EXPLAIN text of each statement it sent. */
async function plansOf(read: (recorder: never) => Promise<unknown>): Promise<string> {
  const statements: { text: string; values: unknown[] }[] = [];
  await read({ query: async (text: string, values: unknown[] = []) => (statements.push({ text, values }), db.pool.query(text, values)) } as never);
  const plans: string[] = [];
  for (const { text, values } of statements) {
    const { rows } = await db.pool.query(`EXPLAIN ${text}`, values);
    plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
  }
  return plans.join('\n');
}

const page = (viewer: Viewer, overrides: Partial<PageQuery> = {}): PageQuery => ({
  viewer,
  view: 'FULL',
  filters: {},
  evaluation,
  sort: 'customerNo',
  order: 'asc',
  limit: 20,
  offset: 0,
  tierLookup: 'PER_CUSTOMER',
  ...overrides,
});

describe('query plans on a few thousand customers', () => {
  it('find a phone or ID number through its hash index', async () => {
    const phone = await plansOf((d) => findSearchPage(d, page(viewers.HQ!, { filters: { phoneHash: phoneHash(testSearchKey, '1') } })));
    expect(phone).toContain('customer_phone_hash_idx');
    const id = await plansOf((d) => findSearchPage(d, page(viewers.BA!, { filters: { idNumberHash: idNumberHash(testSearchKey, 'E1') } })));
    expect(id).toContain('customer_id_no_hash_idx');
  });

  it('page an outlet in customer-number order from the outlet index, and the bank from the customer-number index', async () => {
    expect(await plansOf((d) => findSearchPage(d, page(viewers.OH!)))).toContain('customer_outlet_customer_no_idx');
    expect(await plansOf((d) => findSearchPage(d, page(viewers.HQ!)))).toContain('customer_customer_no_key');
    expect(await plansOf((d) => findSearchPage(d, page(viewers.HQ!, { sort: 'name' })))).toContain('customer_name_customer_no_idx');
    expect(await plansOf((d) => findSearchPage(d, page(viewers.HQ!, { sort: 'name', order: 'desc' })))).toContain('Index Scan Backward using customer_name_customer_no_idx');
  });

  it('find a rare name prefix from the name index', async () => {
    expect(await plansOf((d) => findSearchPage(d, page(viewers.HQ!, { filters: { nameOrCustomerNo: '欧阳13' } })))).toMatch(/customer_name_(customer_no_)?idx/);
  });

  it('start a rare tier from the tier index when asked to', async () => {
    const plan = await plansOf((d) => findSearchPage(d, page(viewers.HQ!, { filters: { serviceTiers: ['PRIVATE'] }, tierLookup: 'FROM_TIERS' })));
    expect(plan).toContain('tier_evaluation_service_tier_idx');
  });

  it('find the customers of a status, or whose tier moved, from the evaluation indexes of migration 0010', async () => {
    const status = await plansOf((d) => countMatchesByTier(d, { viewer: viewers.HQ!, filters: { statuses: ['SUBSTANDARD'] }, evaluation, cap: 1000, withTiers: false }));
    expect(status).toContain('tier_evaluation_status_idx');
    const moved = await plansOf((d) => countMatchesByTier(d, { viewer: viewers.BA!, filters: { tierChange: 'DOWN' }, evaluation, cap: 1000, withTiers: false }));
    expect(moved).toContain('tier_evaluation_tier_change_idx');
    for (const plan of [status, moved]) expect(plan).not.toContain('Gather');
  });

  it('never scan the customer table whole for a page or a count of a maintainer, and never go parallel', async () => {
    const plans = [
      await plansOf((d) => findSearchPage(d, page(viewers.RM!))),
      await plansOf((d) => findSearchPage(d, page(viewers.OH!, { filters: { serviceTiers: ['GOLD'] }, sort: 'serviceTier' }))),
      await plansOf((d) => countMatchesByTier(d, { viewer: viewers.RM!, filters: {}, evaluation, cap: 1000, withTiers: false })),
      await plansOf((d) => findSearchPage(d, page(viewers.HQ!, { filters: { serviceTiers: ['PRIVATE'] } }))),
    ];
    for (const plan of plans) {
      expect(plan).not.toMatch(/Seq Scan on customer c\b/);
      expect(plan).not.toContain('Gather');
    }
  });

  it('read the 360 with index look-ups, from the AUM partitions of its window only', async () => {
    const customer = (await db.pool.query(`SELECT id FROM customer WHERE customer_no = 'C0000007'`)).rows[0].id as bigint;
    const plan = await plansOf((d) =>
      findCustomerFile(d, {
        viewer: viewers.RM!,
        customerId: customer,
        evaluation,
        days: { from: '2026-01-31', to: '2026-02-01' },
        months: { from: '2026-01-01', to: '2026-02-01' },
        tierMonths: { from: '2025-02-01', to: '2026-01-01' },
      }),
    );
    expect(plan).not.toMatch(/Seq Scan on (customer|account|account_balance|tier_evaluation|customer_daily_aum\w*|customer_monthly_aum\w*) /);
    expect(plan).not.toContain('customer_daily_aum_p20260130');
    expect(plan).toContain('customer_daily_aum_p20260201');
    expect(plan).not.toContain('customer_monthly_aum_p202512');
    expect(plan).not.toContain('Gather');
  });
});
