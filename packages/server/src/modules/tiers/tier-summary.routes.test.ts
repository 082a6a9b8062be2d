import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs } from '../../platform/audit/audit.routes.test-support.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { evaluateMonth } from './tiers.service.ts';
import { AUGUST, POLICY, SEPTEMBER, type TierTestBank } from './tier-summary.test-bank.ts';
import { useTierBankApp } from './tier-bank-app.test-support.ts';

const tierBank = useTierBankApp();
const sessions = tierBank.sessions;
let db: TestDatabase;
let app: FastifyInstance;
let bank: TierTestBank;
beforeAll(() => {
  ({ db, app, bank } = tierBank);
});

const summary = (role: Role, query: Record<string, string> = {}) => getAs(app, sessions.get(role), '/api/tiers/summary', query);
const transitions = (role: Role, query: Record<string, string> = {}) => getAs(app, sessions.get(role), '/api/tiers/transitions', query);
const orgId = (code: string) => String(bank.orgIds.get(code));
const figure = (customers: number, metricTotal: string) => ({ customers, metricTotal });
const none = figure(0, '0.00');

describe('GET /api/tiers/summary', () => {
  it('gives head office the bank by branch, for the policy in force and its latest month by default', async () => {
    const response = await summary('HQ_WEALTH_ADMIN');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ policy: { code: POLICY, version: 1, metric: 'MONTH_AVG' }, month: SEPTEMBER, org: { code: 'HO' }, basis: 'ORG' });
    expect(body.total).toMatchObject({ customers: 7, metricTotal: '2870000.00' });
    expect(body.children.map((child: { org: { code: string }; customers: number }) => [child.org.code, child.customers])).toEqual([
      ['BR1', 5],
      ['BR2', 2],
    ]);
    expect(body.children[0]).toMatchObject({
      metricTotal: '2170000.00',
      serviceTiers: { STANDARD: figure(1, '50000.00'), GOLD: figure(2, '1320000.00'), PLATINUM: figure(1, '600000.00'), DIAMOND: figure(1, '200000.00'), PRIVATE: none },
      qualifiedTiers: { STANDARD: figure(1, '50000.00'), GOLD: figure(2, '320000.00'), PLATINUM: figure(1, '600000.00'), DIAMOND: figure(1, '1200000.00'), PRIVATE: none },
    });
    expect(body.children[1].serviceTiers).toMatchObject({ STANDARD: figure(1, '0.00'), PLATINUM: figure(1, '700000.00') });
  });

  it('drills down to the outlets of a sub-branch, and to an outlet, which has no children', async () => {
    const subBranch = (await summary('HQ_WEALTH_ADMIN', { orgId: orgId('S1') })).json();
    expect(subBranch.children.map((child: { org: { code: string }; customers: number }) => [child.org.code, child.customers])).toEqual([
      ['O1', 3],
      ['O2', 2],
    ]);
    const outlet = (await summary('HQ_WEALTH_ADMIN', { orgId: orgId('O2') })).json();
    expect(outlet).toMatchObject({ org: { code: 'O2' }, total: { customers: 2, metricTotal: '320000.00' }, children: [] });
  });

  it('answers for a named month and policy', async () => {
    const august = (await summary('HQ_WEALTH_ADMIN', { month: AUGUST, policyCode: POLICY })).json();
    expect(august).toMatchObject({ month: AUGUST, total: { customers: 6 } });
    expect(august.total.serviceTiers.DIAMOND).toEqual(figure(1, '1500000.00'));
  });

  it('counts only the customers an RM or advisor maintains or supports', async () => {
    const rm = (await summary('RELATIONSHIP_MANAGER')).json();
    expect(rm).toMatchObject({ basis: 'OWN_CUSTOMERS', org: { code: 'O1' }, children: [], total: { customers: 2, metricTotal: '1800000.00' } });
    expect(rm.total.serviceTiers).toMatchObject({ PLATINUM: figure(1, '600000.00'), GOLD: figure(1, '1200000.00'), STANDARD: none });
    const advisor = (await summary('WEALTH_ADVISOR')).json();
    expect(advisor.total).toMatchObject({ customers: 1, metricTotal: '50000.00' });
  });

  it('keeps each org head to their subtree: another org is 404 ORG_NOT_FOUND, and the attempt is audited', async () => {
    expect((await summary('OUTLET_HEAD')).json()).toMatchObject({ org: { code: 'O1' }, total: { customers: 3, metricTotal: '1850000.00' } });
    expect((await summary('BRANCH_ADMIN')).json().children.map((child: { org: { code: string } }) => child.org.code)).toEqual(['S1']);
    const refusals: [Role, string][] = [
      ['OUTLET_HEAD', 'O2'],
      ['OUTLET_HEAD', 'S1'],
      ['SUB_BRANCH_HEAD', 'O3'],
      ['BRANCH_ADMIN', 'BR2'],
      ['BRANCH_ADMIN', 'HO'],
      ['RELATIONSHIP_MANAGER', 'O2'],
    ];
    for (const [role, org] of refusals) {
      const response = await summary(role, { orgId: orgId(org) });
      expect(response.statusCode, `${role} asking for ${org}`).toBe(404);
      expect(response.json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
    }
    // An org that does not exist answers the same.
    expect((await summary('HQ_WEALTH_ADMIN', { orgId: '999999' })).json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
    const denied = (await auditRowsOf(db.pool, 'tier.summary')).filter((row) => row.result === 'DENIED');
    expect(denied).toContainEqual(
      expect.objectContaining({ actorStaffNo: bank.staff.get('OUTLET_HEAD')!.staffNo, details: { reason: 'ORG_NOT_FOUND', orgId: bank.orgIds.get('O2') } }),
    );
  });

  it('refuses the roles without tier.read (403) and anonymous callers (401)', async () => {
    const refused = ROLES.filter((role) => !can(role, 'tier.read'));
    expect(refused).toEqual(['LOBBY_MANAGER', 'TELLER', 'AUDITOR']);
    for (const role of refused) {
      expect((await summary(role)).statusCode, role).toBe(403);
      expect((await transitions(role)).statusCode, role).toBe(403);
    }
    expect((await getAs(app, undefined, '/api/tiers/summary')).statusCode).toBe(401);
    const denied = (await auditRowsOf(db.pool, 'tier.summary')).filter((row) => row.details.reason === 'FORBIDDEN');
    expect(denied.map((row) => row.actorStaffNo)).toEqual(refused.map((role) => bank.staff.get(role)!.staffNo));
  });

  it('refuses malformed and unknown query parameters with 400 and says which', async () => {
    for (const query of <Record<string, string>[]>[{ month: '2026-13' }, { month: '202609' }, { orgId: 'abc' }, { orgId: '-1' }, { policyCode: 'Not A Code' }, { tier: 'GOLD' }]) {
      const response = await summary('HQ_WEALTH_ADMIN', query);
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
      expect(response.json().details.issues.length).toBeGreaterThan(0);
    }
  });

  it('answers 404 EVALUATION_NOT_FOUND for a month or policy not evaluated', async () => {
    for (const query of <Record<string, string>[]>[{ month: '2026-07' }, { policyCode: 'month-avg-4-tier' }, { policyCode: 'no-such-policy', month: SEPTEMBER }]) {
      const response = await summary('HQ_WEALTH_ADMIN', query);
      expect(response.statusCode, JSON.stringify(query)).toBe(404);
      expect(response.json()).toMatchObject({ code: 'EVALUATION_NOT_FOUND' });
    }
  });

  it('records every answer in the audit trail with what was read', async () => {
    await summary('SUB_BRANCH_HEAD', { month: AUGUST });
    const rows = await auditRowsOf(db.pool, 'tier.summary');
    expect(rows.at(-1)).toEqual({
      actorStaffNo: bank.staff.get('SUB_BRANCH_HEAD')!.staffNo,
      action: 'tier.summary',
      result: 'ALLOWED',
      customerIds: [],
      details: { policyCode: POLICY, policyVersion: 1, month: AUGUST, orgId: bank.orgIds.get('S1'), basis: 'ORG' },
    });
  });
});

describe('GET /api/tiers/transitions', () => {
  it('gives the matrix of previous × current service tier and the customers by status', async () => {
    const response = await transitions('HQ_WEALTH_ADMIN');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ month: SEPTEMBER, customers: 7 });
    const cells = body.matrix.flatMap((row: { previousServiceTier: string | null; serviceTiers: Record<string, number> }) =>
      Object.entries(row.serviceTiers).filter(([, count]) => count > 0).map(([tier, count]) => `${row.previousServiceTier ?? 'INITIAL'}→${tier}: ${count}`),
    );
    expect(cells).toEqual(['INITIAL→GOLD: 1', 'STANDARD→STANDARD: 2', 'GOLD→GOLD: 1', 'PLATINUM→PLATINUM: 2', 'DIAMOND→DIAMOND: 1']);
    expect(body.matrix.map((row: { previousServiceTier: string | null }) => row.previousServiceTier)).toEqual([null, 'STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE']);
    expect(body.statuses).toEqual({ INITIAL: 1, QUALIFIED: 4, QUALIFIED_NOT_UPGRADED: 1, UPGRADED: 0, SUBSTANDARD: 1, DOWNGRADED: 0, SPECIAL_ADMISSION: 0 });
  });

  it('is scoped like the summary', async () => {
    expect((await transitions('OUTLET_HEAD')).json()).toMatchObject({ customers: 3, statuses: { QUALIFIED: 2, QUALIFIED_NOT_UPGRADED: 1 } });
    expect((await transitions('RELATIONSHIP_MANAGER')).json()).toMatchObject({ basis: 'OWN_CUSTOMERS', customers: 2 });
    expect((await transitions('OUTLET_HEAD', { orgId: orgId('O3') })).statusCode).toBe(404);
    expect((await transitions('HQ_WEALTH_ADMIN', { month: AUGUST })).json().statuses.INITIAL).toBe(6);
    expect((await auditRowsOf(db.pool, 'tier.transitions')).filter((row) => row.result === 'ALLOWED').length).toBeGreaterThanOrEqual(4);
  });
});

describe('figures as evaluated', () => {
  it('counts a customer who moved outlet after the evaluation where they were, until the month is evaluated again', async () => {
    await db.pool.query(`UPDATE customer SET home_outlet_id = $1 WHERE customer_no = 'A3'`, [bank.orgIds.get('O3')]);
    expect((await summary('OUTLET_HEAD')).json().total.customers).toBe(3);
    // Re-evaluating the month (as a correction does) counts them at their new outlet.
    await evaluateMonth(db.pool, { month: SEPTEMBER, policyCode: POLICY, actor: 'test' });
    expect((await summary('OUTLET_HEAD')).json().total.customers).toBe(2);
    expect((await summary('HQ_WEALTH_ADMIN')).json().children.map((child: { customers: number }) => child.customers)).toEqual([4, 3]);
  });
});
