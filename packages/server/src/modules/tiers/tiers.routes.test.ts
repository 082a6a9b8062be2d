import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs, postAs, sessionsOfEveryRole, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let sessions: Map<Role, Session>;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  sessions = await sessionsOfEveryRole(app, db.pool);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const policyFile = (overrides: Record<string, unknown> = {}) => ({
  code: 'hq-month-2026',
  name: '总行月日均分层',
  metric: 'MONTH_AVG',
  tiers: [
    { tier: 'GOLD', threshold: '50000.00' },
    { tier: 'PLATINUM', threshold: '300000.00' },
  ],
  ...overrides,
});
const get = (role: Role, url: string) => getAs(app, sessions.get(role), url);
const post = (role: Role, body: unknown) => postAs(app, sessions.get(role)!, '/api/tier-policies', body);

describe('reading tier policies (all staff but the auditor)', () => {
  it('lists the codes with their active version, the shipped presets included', async () => {
    const response = await get('TELLER', '/api/tier-policies');
    expect(response.statusCode).toBe(200);
    const preset = response.json().policies.find((entry: { code: string }) => entry.code === 'rolling-quarter-2020');
    expect(preset).toMatchObject({ versions: 1, activeVersion: 1, policy: { version: 1, active: true, metric: 'ROLLING_QUARTER_AVG' } });
    expect(preset.policy.tiers[0]).toEqual({ tier: 'GOLD', threshold: '100000.00', specialAdmissionApprover: 'OUTLET_HEAD' });
  });

  it('shows every version of a code and one version; unknown ones are 404 TIER_POLICY_NOT_FOUND', async () => {
    const versions = (await get('RELATIONSHIP_MANAGER', '/api/tier-policies/month-avg-4-tier')).json();
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect((await get('LOBBY_MANAGER', '/api/tier-policies/month-avg-4-tier/versions/1')).json()).toMatchObject({ code: 'month-avg-4-tier', version: 1 });
    for (const url of ['/api/tier-policies/no-such-code', '/api/tier-policies/month-avg-4-tier/versions/9']) {
      const response = await get('RELATIONSHIP_MANAGER', url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ code: 'TIER_POLICY_NOT_FOUND' });
    }
    for (const url of ['/api/tier-policies/Bad_Code', '/api/tier-policies/month-avg-4-tier/versions/0', '/api/tier-policies/month-avg-4-tier/versions/x']) {
      expect((await get('RELATIONSHIP_MANAGER', url)).statusCode, url).toBe(400);
    }
  });

  it('refuses the auditor (403), who reads audit trails only', async () => {
    expect(ROLES.filter((role) => !can(role, 'tier-policy.read'))).toEqual(['AUDITOR']);
    expect((await get('AUDITOR', '/api/tier-policies')).statusCode).toBe(403);
    expect((await getAs(app, undefined, '/api/tier-policies')).statusCode).toBe(401);
  });

  it('audits the reads', async () => {
    const reads = await auditRowsOf(db.pool, 'tier-policy.read');
    expect(reads).toContainEqual(expect.objectContaining({ actorStaffNo: sessions.get('TELLER')!.staffNo, result: 'ALLOWED', details: { list: true } }));
    expect(reads).toContainEqual(expect.objectContaining({ result: 'ALLOWED', details: { code: 'month-avg-4-tier', version: 1 } }));
  });
});

describe('POST /api/tier-policies (head office)', () => {
  it('stores a new code as version 1, the same body again stores nothing, a change stores version 2', async () => {
    const created = await post('HQ_WEALTH_ADMIN', policyFile());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      created: true,
      policy: { code: 'hq-month-2026', version: 1, active: true, graceMonths: 3, autoUpgrade: false, gapHandling: 'REFUSE', createdBy: sessions.get('HQ_WEALTH_ADMIN')!.staffNo },
    });
    const again = await post('HQ_WEALTH_ADMIN', policyFile());
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, policy: { version: 1 } });
    const changed = await post('HQ_WEALTH_ADMIN', policyFile({ graceMonths: 6 }));
    expect(changed.json()).toMatchObject({ created: true, policy: { version: 2, graceMonths: 6, active: true } });
    const versions = (await get('OUTLET_HEAD', '/api/tier-policies/hq-month-2026')).json().versions;
    expect(versions.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await auditRowsOf(db.pool, 'tier-policy.create')).map((row) => row.details)).toEqual([
      { code: 'hq-month-2026', version: 1, created: true },
      { code: 'hq-month-2026', version: 1, created: false },
      { code: 'hq-month-2026', version: 2, created: true },
    ]);
  });

  it('answers every problem at once, by field path, as 422 TIER_POLICY_INVALID, and stores nothing', async () => {
    const before = (await db.pool.query('SELECT count(*)::int AS n FROM tier_policy')).rows[0].n;
    const invalid = await post(
      'HQ_WEALTH_ADMIN',
      policyFile({ metric: 'YEARLY', tiers: [{ tier: 'GOLD', threshold: '300000.00' }, { tier: 'PLATINUM', threshold: '300000.00' }], graceMonths: -1 }),
    );
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({ code: 'TIER_POLICY_INVALID' });
    expect(invalid.json().details.problems.map((p: { path: string }) => p.path)).toEqual(['metric', 'graceMonths', 'tiers[1].threshold']);
    // Shape problems too: a JSON number threshold (could lose cents) and a misspelt key.
    const shape = await post('HQ_WEALTH_ADMIN', { ...policyFile({ tiers: [{ tier: 'GOLD', threshold: 50000 }] }), grace_months: 3 });
    expect(shape.statusCode).toBe(422);
    expect(shape.json().details.problems.map((p: { path: string }) => p.path).sort()).toEqual(['(file)', 'tiers[0].threshold']);
    expect((await post('HQ_WEALTH_ADMIN', [])).statusCode).toBe(422);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM tier_policy')).rows[0].n).toBe(before);
    expect((await auditRowsOf(db.pool, 'tier-policy.create')).at(-1)).toMatchObject({ result: 'ERROR', details: { error: 'TIER_POLICY_INVALID' } });
  });

  it('is for head office only (403 for every other role), and needs the CSRF token', async () => {
    const refused = ROLES.filter((role) => !can(role, 'tier-policy.write'));
    expect(refused).toHaveLength(ROLES.length - 1);
    for (const role of refused) expect((await post(role, policyFile({ code: 'not-allowed' }))).statusCode, role).toBe(403);
    const hq = sessions.get('HQ_WEALTH_ADMIN')!;
    const withoutToken = await app.inject({ method: 'POST', url: '/api/tier-policies', payload: policyFile(), headers: { cookie: `guibin_session=${hq.token}` } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM tier_policy WHERE code = 'not-allowed'`)).rows[0].n).toBe(0);
    const denied = (await auditRowsOf(db.pool, 'tier-policy.create')).filter((row) => row.result === 'DENIED');
    expect(denied).toHaveLength(refused.length);
  });
});
