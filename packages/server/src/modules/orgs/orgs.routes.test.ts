import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs } from '../../platform/audit/audit.routes.test-support.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';
import type { TierTestBank } from '../tiers/tier-summary.test-bank.ts';
import { useTierBankApp } from '../tiers/tier-bank-app.test-support.ts';

const tierBank = useTierBankApp();
const sessions = tierBank.sessions;
let db: TestDatabase;
let app: FastifyInstance;
let bank: TierTestBank;
beforeAll(() => {
  ({ db, app, bank } = tierBank);
});

const orgs = async (role: Role) => {
  const response = await getAs(app, sessions.get(role), '/api/orgs');
  return { status: response.statusCode, codes: response.statusCode === 200 ? (response.json().orgs as { code: string }[]).map((org) => org.code) : [], body: response.json() };
};

describe('GET /api/orgs', () => {
  it('gives each caller their org and its subtree, parents first', async () => {
    // TEST-OUTLET: where the test bank first files its customers (an outlet with no parent).
    expect((await orgs('HQ_WEALTH_ADMIN')).codes).toEqual(['HO', 'BR1', 'BR2', 'S1', 'S2', 'O1', 'O2', 'O3', 'TEST-OUTLET']);
    expect((await orgs('BRANCH_ADMIN')).codes).toEqual(['BR1', 'S1', 'O1', 'O2']);
    expect((await orgs('SUB_BRANCH_HEAD')).codes).toEqual(['S1', 'O1', 'O2']);
    for (const role of <Role[]>['OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR', 'LOBBY_MANAGER', 'TELLER']) {
      expect((await orgs(role)).codes, role).toEqual(['O1']);
    }
    const sub = (await orgs('SUB_BRANCH_HEAD')).body.orgs;
    expect(sub[0]).toEqual({ id: bank.orgIds.get('S1'), code: 'S1', name: 'S1 org', level: 'SUB_BRANCH', parentId: bank.orgIds.get('BR1') });
    expect(sub[1]).toMatchObject({ code: 'O1', level: 'OUTLET', parentId: bank.orgIds.get('S1') });
  });

  it('refuses the auditor (403, audited) and anonymous callers (401); records each answer', async () => {
    expect((await orgs('AUDITOR')).status).toBe(403);
    expect((await getAs(app, undefined, '/api/orgs')).statusCode).toBe(401);
    const rows = await auditRowsOf(db.pool, 'org.list');
    expect(rows.filter((row) => row.result === 'DENIED').map((row) => row.actorStaffNo)).toEqual([bank.staff.get('AUDITOR')!.staffNo]);
    expect(rows.filter((row) => row.result === 'ALLOWED')[0]).toMatchObject({ actorStaffNo: bank.staff.get('HQ_WEALTH_ADMIN')!.staffNo, details: { orgs: 9 } });
  });
});

describe('GET /api/auth/me', () => {
  it('names the caller’s org', async () => {
    const response = await getAs(app, sessions.get('OUTLET_HEAD'), '/api/auth/me');
    expect(response.json().staff).toMatchObject({ orgId: bank.orgIds.get('O1'), org: { id: bank.orgIds.get('O1'), code: 'O1', name: 'O1 org', level: 'OUTLET' } });
  });
});
