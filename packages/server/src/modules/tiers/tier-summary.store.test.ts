import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/permissions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { foldTierFigures, foldTransitions } from './tier-summary.rules.ts';
import { readCustomerResults, readOrgResults } from './tier-summary.store.ts';
import { buildTierTestBank, SEPTEMBER, type TierTestBank } from './tier-summary.test-bank.ts';

let db: TestDatabase;
let bank: TierTestBank;
let policyId: number;
beforeAll(async () => {
  db = await createTestDatabase();
  bank = await buildTierTestBank(db.pool);
  policyId = (await db.pool.query(`SELECT id FROM tier_policy WHERE code = 'test-month'`)).rows[0].id;
});
afterAll(async () => {
  await db.drop();
});

const viewerOf = async (role: Role) => {
  const { rows } = await db.pool.query('SELECT id, org_id FROM staff WHERE staff_no = $1', [bank.staff.get(role)!.staffNo]);
  return { role, staffId: rows[0].id as number, orgId: rows[0].org_id as number };
};

describe('the summary table against the evaluation rows', () => {
  it('gives every org-scoped viewer the figures of the customers their record scope holds', async () => {
    // customerScopeCondition is the reference (scope.sql.test.ts holds it to isInScope); the
    // summary, read with the org scope, must agree with counting the evaluation rows in scope.
    for (const role of ['HQ_WEALTH_ADMIN', 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD'] as const) {
      const viewer = await viewerOf(role);
      const fromSummary = await readOrgResults(db.pool, { viewer, orgId: viewer.orgId, policyId, month: SEPTEMBER });
      const fromRows = await readCustomerResults(db.pool, { viewer, policyId, month: SEPTEMBER });
      expect(foldTierFigures(fromSummary), role).toEqual(foldTierFigures(fromRows));
      expect(foldTransitions(fromSummary), role).toEqual(foldTransitions(fromRows));
      expect(foldTierFigures(fromRows).customers, role).toBeGreaterThan(0);
    }
  });

  it('holds nothing for a viewer filed at the wrong level, and nothing outside the scope', async () => {
    const outletHead = await viewerOf('OUTLET_HEAD');
    // An outlet head filed under head office (bad org data) sees nothing rather than everything.
    const misfiled = { ...outletHead, orgId: bank.orgIds.get('HO')! };
    expect(await readOrgResults(db.pool, { viewer: misfiled, orgId: misfiled.orgId, policyId, month: SEPTEMBER })).toEqual([]);
    expect(await readCustomerResults(db.pool, { viewer: misfiled, policyId, month: SEPTEMBER })).toEqual([]);
    // Asked for another subtree directly (the service refuses earlier), the SQL still returns nothing.
    expect(await readOrgResults(db.pool, { viewer: outletHead, orgId: bank.orgIds.get('O3')!, policyId, month: SEPTEMBER })).toEqual([]);
    const auditor = await viewerOf('AUDITOR');
    expect(await readOrgResults(db.pool, { viewer: auditor, orgId: auditor.orgId, policyId, month: SEPTEMBER })).toEqual([]);
  });

  it('is rewritten with every evaluation of the month: one set of rows per policy version and month', async () => {
    const { rows } = await db.pool.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, sum(customers)::int AS customers FROM tier_summary WHERE policy_id = $1 GROUP BY 1 ORDER BY 1`,
      [policyId],
    );
    expect(rows).toEqual([
      { month: '2026-08', customers: 6 },
      { month: '2026-09', customers: 7 },
    ]);
  });
});
