import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs } from '../../platform/audit/audit.routes.test-support.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';
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

const trend = (role: Role, query: Record<string, string> = {}) => getAs(app, sessions.get(role), '/api/tiers/trend', query);
const summary = (role: Role, query: Record<string, string> = {}) => getAs(app, sessions.get(role), '/api/tiers/summary', query);
const orgId = (code: string) => String(bank.orgIds.get(code));

describe('GET /api/tiers/trend', () => {
  it('gives each evaluated month of the last 12, oldest first, equal to the summary of that month', async () => {
    const response = await trend('HQ_WEALTH_ADMIN');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ policy: { code: POLICY }, org: { code: 'HO' }, basis: 'ORG', from: '2025-10', to: SEPTEMBER });
    expect(body.months.map((month: { month: string; customers: number; metricTotal: string }) => [month.month, month.customers, month.metricTotal])).toEqual([
      [AUGUST, 6, '3000000.00'],
      [SEPTEMBER, 7, '2870000.00'],
    ]);
    for (const month of body.months) {
      const figures = (await summary('HQ_WEALTH_ADMIN', { month: month.month })).json();
      expect(month.serviceTiers).toEqual(figures.total.serviceTiers);
      expect(month).toMatchObject({ policyVersion: 1, metric: 'MONTH_AVG' });
    }
  });

  it('ends the window at the named month and spans the months asked for', async () => {
    expect((await trend('HQ_WEALTH_ADMIN', { month: AUGUST })).json()).toMatchObject({ from: '2025-09', to: AUGUST, months: [{ month: AUGUST }] });
    const one = (await trend('HQ_WEALTH_ADMIN', { months: '1' })).json();
    expect(one).toMatchObject({ from: SEPTEMBER, to: SEPTEMBER });
    expect(one.months.map((month: { month: string }) => month.month)).toEqual([SEPTEMBER]);
    expect((await trend('HQ_WEALTH_ADMIN', { months: '24' })).json().from).toBe('2024-10');
  });

  it('counts an org subtree for org heads and their own customers for an RM', async () => {
    const outlet = (await trend('OUTLET_HEAD')).json();
    expect(outlet.months.map((month: { customers: number }) => month.customers)).toEqual([3, 3]);
    // O2 had B1 in August; B2 arrived in September.
    const o2 = (await trend('SUB_BRANCH_HEAD', { orgId: orgId('O2') })).json();
    expect(o2.months.map((month: { customers: number; metricTotal: string }) => [month.customers, month.metricTotal])).toEqual([
      [1, '1500000.00'],
      [2, '320000.00'],
    ]);
    const rm = (await trend('RELATIONSHIP_MANAGER')).json();
    expect(rm).toMatchObject({ basis: 'OWN_CUSTOMERS', org: { code: 'O1' } });
    expect(rm.months.map((month: { customers: number; metricTotal: string }) => [month.customers, month.metricTotal])).toEqual([
      [2, '750000.00'],
      [2, '1800000.00'],
    ]);
    expect(rm.months[1].serviceTiers).toMatchObject({ PLATINUM: { customers: 1, metricTotal: '600000.00' }, GOLD: { customers: 1, metricTotal: '1200000.00' } });
  });

  it('answers an org outside the scope like one that does not exist, and audits the attempt', async () => {
    for (const [role, org] of <[Role, string][]>[
      ['OUTLET_HEAD', 'O2'],
      ['BRANCH_ADMIN', 'BR2'],
      ['RELATIONSHIP_MANAGER', 'O3'],
    ]) {
      const response = await trend(role, { orgId: orgId(org) });
      expect(response.statusCode, `${role} asking for ${org}`).toBe(404);
      expect(response.json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
    }
    const denied = (await auditRowsOf(db.pool, 'tier.trend')).filter((row) => row.result === 'DENIED');
    expect(denied).toContainEqual(
      expect.objectContaining({ actorStaffNo: bank.staff.get('OUTLET_HEAD')!.staffNo, details: { reason: 'ORG_NOT_FOUND', orgId: bank.orgIds.get('O2') } }),
    );
  });

  it('refuses roles without tier.read with 403 and audits it; bad parameters 400; unevaluated 404', async () => {
    for (const role of <Role[]>['LOBBY_MANAGER', 'TELLER', 'AUDITOR']) expect((await trend(role)).statusCode, role).toBe(403);
    const refused = (await auditRowsOf(db.pool, 'tier.trend')).filter((row) => row.details.reason === 'FORBIDDEN');
    expect(refused).toHaveLength(3);
    for (const query of <Record<string, string>[]>[{ months: '0' }, { months: '25' }, { months: 'x' }, { month: '2026-9' }, { year: '2026' }]) {
      const response = await trend('HQ_WEALTH_ADMIN', query);
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    }
    expect((await trend('HQ_WEALTH_ADMIN', { month: '2026-07' })).json()).toMatchObject({ code: 'EVALUATION_NOT_FOUND' });
  });

  it('records each answer with the window, org and basis read', async () => {
    await trend('SUB_BRANCH_HEAD', { months: '3' });
    expect((await auditRowsOf(db.pool, 'tier.trend')).at(-1)).toEqual({
      actorStaffNo: bank.staff.get('SUB_BRANCH_HEAD')!.staffNo,
      action: 'tier.trend',
      result: 'ALLOWED',
      customerIds: [],
      details: { policyCode: POLICY, from: '2026-07', to: SEPTEMBER, orgId: bank.orgIds.get('S1'), basis: 'ORG' },
    });
  });
});
