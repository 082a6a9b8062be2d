/**
 * The two ways a search is counted (customers.rules.ts countStrategy) give the same answers: the
 * per-outlet tier counts (customer_tier_count) against counting the rows; and a count that would
 * pass the cap stops there.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { countMatchesByTier, findEvaluatedRun, findSearchPage, type EvaluationInForce } from './customer-search.store.ts';
import { COUNT_CAP, searchCounts, type SearchFilters } from './customers.rules.ts';
import { refreshTierCounts } from './customers.service.ts';
import { readTierCounts, rebuildTierCounts } from './tier-counts.store.ts';
import { aStandardBank, clientOf, POLICY_CODE, TIER_MONTH, type Scenario } from './customers.test-scenario.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Scenario;
let evaluation: EvaluationInForce;
const inForce = async (): Promise<EvaluationInForce> => ({ policyCode: POLICY_CODE, month: `${TIER_MONTH}-01`, ...(await findEvaluatedRun(db.pool, POLICY_CODE, `${TIER_MONTH}-01`))! });

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aStandardBank(db.pool);
  evaluation = await inForce();
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const viewerOf = (role: string, org: string) => ({ role, staffId: 0, orgId: bank.bank.orgId(org) });
const VIEWERS = [
  ['HQ_WEALTH_ADMIN', 'HO'],
  ['BRANCH_ADMIN', 'BR1'],
  ['BRANCH_ADMIN', 'BR2'],
  ['SUB_BRANCH_HEAD', 'SB1'],
  ['OUTLET_HEAD', 'OUT1'],
  ['OUTLET_HEAD', 'OUT3'],
  ['TELLER', 'OUT2'],
  // Fail closed on bad org data: an HQ admin filed under a branch sees nothing.
  ['HQ_WEALTH_ADMIN', 'BR1'],
] as const;

describe('tier filters', () => {
  it('find the same page whether they walk the customers or start from the tiers', async () => {
    const tierSets = [['PRIVATE'], ['GOLD', 'DIAMOND'], ['STANDARD'], ['PLATINUM', 'PRIVATE', 'STANDARD']] as const;
    for (const [role, org] of VIEWERS) {
      for (const tiers of tierSets) {
        for (const sort of ['customerNo', 'serviceTier'] as const) {
          const query = { viewer: viewerOf(role, org), view: 'FULL' as const, filters: { serviceTiers: [...tiers] }, evaluation, sort, order: 'desc' as const, limit: 3, offset: 1 };
          const walked = await findSearchPage(db.pool, { ...query, tierLookup: 'PER_CUSTOMER' });
          const fromTiers = await findSearchPage(db.pool, { ...query, tierLookup: 'FROM_TIERS' });
          expect(fromTiers, `${role}@${org} ${tiers.join()} ${sort}`).toEqual(walked);
        }
      }
    }
  });
});

describe('counting', () => {
  it('gives the same counts from the per-outlet summary as from the rows, for every outlet scope and outlet filter', async () => {
    for (const [role, org] of VIEWERS) {
      for (const outlet of [undefined, 'OUT1', 'OUT2', 'OUT3']) {
        const viewer = viewerOf(role, org);
        const outletId = outlet === undefined ? undefined : bank.bank.orgId(outlet);
        const filters: SearchFilters = outletId === undefined ? {} : { outletId };
        let summary = await readTierCounts(db.pool, { viewer, evaluation, outletId });
        if (summary === 'STALE') {
          await rebuildTierCounts(db.pool, evaluation);
          summary = await readTierCounts(db.pool, { viewer, evaluation, outletId });
        }
        expect(summary).not.toBe('STALE');
        const rows = await countMatchesByTier(db.pool, { viewer, filters, evaluation, cap: COUNT_CAP, withTiers: false });
        expect(rows.over).toBe(false);
        expect(searchCounts(summary as Exclude<typeof summary, 'STALE'>, undefined), `${role}@${org} outlet ${outlet}`).toEqual(searchCounts(rows.rows, undefined));
      }
    }
  });

  it('marks the summary stale when customers change or another run is in force, and rebuilds it once', async () => {
    const viewer = viewerOf('HQ_WEALTH_ADMIN', 'HO');
    await rebuildTierCounts(db.pool, evaluation);
    expect(await readTierCounts(db.pool, { viewer, evaluation, outletId: undefined })).not.toBe('STALE');
    await db.pool.query(`UPDATE customer SET name = name WHERE id = $1`, [bank.customers.A1.id]);
    expect(await readTierCounts(db.pool, { viewer, evaluation, outletId: undefined })).toBe('STALE');
    await Promise.all([rebuildTierCounts(db.pool, evaluation), refreshTierCounts(db.pool)]);
    expect(await readTierCounts(db.pool, { viewer, evaluation, outletId: undefined })).not.toBe('STALE');
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM customer_tier_count_build');
    expect(rows[0].n).toBe(1);
    await bank.bank.evaluate(bank.policyId, TIER_MONTH, []);
    evaluation = await inForce();
    expect(await readTierCounts(db.pool, { viewer, evaluation, outletId: undefined })).toBe('STALE');
  });

  it('stops counting at the cap when a filter matches more customers than that', async () => {
    await db.pool.query(
      `INSERT INTO customer (customer_no, name, id_type, id_no, gender, phone, email, occupation, home_outlet_id, opened_on)
       SELECT 'M' || lpad(n::text, 6, '0'), '陈' || n, 'PASSPORT', 'E' || n, 'M', '', '', 'OTHER', $1, '2024-01-01'
         FROM generate_series(1, $2::int) AS n`,
      [bank.bank.orgId('OUT3'), COUNT_CAP + 5],
    );
    const viewer = viewerOf('HQ_WEALTH_ADMIN', 'HO');
    const filters: SearchFilters = { nameOrCustomerNo: '陈' };
    expect(await countMatchesByTier(db.pool, { viewer, filters, evaluation, cap: COUNT_CAP, withTiers: false })).toEqual({ over: true, rows: [] });
    const few = await countMatchesByTier(db.pool, { viewer, filters: { nameOrCustomerNo: '陈100' }, evaluation, cap: COUNT_CAP, withTiers: false });
    expect(few).toEqual({ over: false, rows: [{ serviceTier: null, customers: 7 }] }); // 陈100, 陈1000 … 陈1005

    const hq = await clientOf(app, bank.staff.HQ);
    const many = (await hq.search({ q: '陈', pageSize: 5 })).json();
    expect(many).toMatchObject({ total: COUNT_CAP, totalExact: false, countsByTier: null, notEvaluated: null });
    expect(many.items).toHaveLength(5);
    // Three of them are gold: with the tier filter the total is small enough to be exact again.
    await db.pool.query(
      `INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, service_tier, substandard_months, status)
       SELECT r.policy_id, r.month, c.id, r.id, 20000000, 'GOLD', 'GOLD', 0, 'INITIAL'
         FROM customer c, (SELECT * FROM tier_evaluation_run ORDER BY id DESC LIMIT 1) r
        WHERE c.customer_no IN ('M000001', 'M000002', 'M000003')`,
    );
    const broad = await hq.search({ q: '陈', sort: 'aum', order: 'desc' });
    expect(broad.statusCode).toBe(400);
    expect(broad.json()).toMatchObject({ code: 'SEARCH_TOO_BROAD', details: { sort: 'aum', limit: 5000 } });
    const gold = (await hq.search({ q: '陈', serviceTier: 'GOLD' })).json();
    expect(gold).toMatchObject({ total: 3, totalExact: true, countsByTier: null });
    expect(gold.items.map((item: { customerNo: string }) => item.customerNo)).toEqual(['M000001', 'M000002', 'M000003']);
  });
});
