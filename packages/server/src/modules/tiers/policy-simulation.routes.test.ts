/**
 * Drafts, activation and the simulator over HTTP, on the small bank of tier-summary.test-bank.ts
 * (test-month v1 evaluated for August and September). The simulated counts are held to an
 * independent computation per customer with the pure rules of tiers.rules.ts.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs, postAs } from '../../platform/audit/audit.routes.test-support.ts';
import { parseDecimal } from '../../platform/money.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { rmsNeeded, zeroCounts, type TierCounts } from './policy-simulation.rules.ts';
import { AUGUST, POLICY, SEPTEMBER, type TierTestBank } from './tier-summary.test-bank.ts';
import { decideServiceTier, qualifiedTier, tierRank, type TierCode, type TierThreshold } from './tiers.rules.ts';
import { evaluateMonth } from './tiers.service.ts';
import { useTierBankApp } from './tier-bank-app.test-support.ts';

const tierBank = useTierBankApp();
const sessions = tierBank.sessions;
let db: TestDatabase;
let app: FastifyInstance;
let bank: TierTestBank;
beforeAll(() => {
  ({ db, app, bank } = tierBank);
});

const post = (role: Role, url: string, body: unknown = {}) => postAs(app, sessions.get(role)!, url, body);
const get = (role: Role, url: string) => getAs(app, sessions.get(role), url);
const draftFile = (overrides: Record<string, unknown> = {}) => ({
  code: POLICY,
  name: 'Test month average, lower gold',
  metric: 'MONTH_AVG',
  tiers: [
    { tier: 'GOLD', threshold: '50000.00' },
    { tier: 'PLATINUM', threshold: '150000.00' },
    { tier: 'DIAMOND', threshold: '1000000.00' },
  ],
  autoUpgrade: true,
  ...overrides,
});
const simulate = (role: Role, version: number, month = SEPTEMBER) => post(role, `/api/tier-policies/${POLICY}/versions/${version}/simulate`, { month });
const count = async (table: string) => (await db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

const cents = (yuan: string) => {
  const parsed = parseDecimal(yuan, 2);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.units;
};

/**
 * The simulation computed customer by customer: the metric (from the September evaluation, or from
 * the monthly sums), the rules of tiers.rules.ts, August's evaluation as last month, September's
 * service tier as the tier in force.
 */
async function expectedSimulation(tiers: { tier: string; threshold: string }[], options: { autoUpgrade: boolean; graceMonths: number; metricFromSums: boolean }) {
  const thresholds = tiers.map((t) => ({ tier: t.tier, thresholdCents: cents(t.threshold), specialAdmissionApprover: 'OUTLET_HEAD' })) as TierThreshold[];
  const { rows } = await db.pool.query(
    `SELECT c.customer_no, o.code AS outlet, s.service_tier AS in_force, s.metric_cents,
            a.service_tier AS aug_service, a.status AS aug_status, a.substandard_months AS aug_months,
            (SELECT sum(m.aum_sum_cents) FROM customer_monthly_aum m WHERE m.customer_id = c.id AND m.month = DATE '2026-09-01')::text AS sep_sum
     FROM customer c JOIN org o ON o.id = c.home_outlet_id
     LEFT JOIN tier_evaluation_explained s ON s.customer_id = c.id AND s.policy_code = $1 AND s.month = DATE '2026-09-01' AND s.policy_version = 1
     LEFT JOIN tier_evaluation_explained a ON a.customer_id = c.id AND a.policy_code = $1 AND a.month = DATE '2026-08-01' AND a.policy_version = 1`,
    [POLICY],
  );
  const matrix = new Map<string, number>();
  const outlets = new Map<string, { before: TierCounts; after: TierCounts; up: number; down: number }>();
  for (const row of rows) {
    // Average over the 30 days of September, half up (sums are whole cents, non-negative).
    const metric = options.metricFromSums ? (row.sep_sum === null ? 0n : (BigInt(row.sep_sum) * 2n + 30n) / 60n) : BigInt(row.metric_cents);
    const qualified = qualifiedTier(metric, thresholds);
    const previous = row.aug_service === null ? undefined : { serviceTier: row.aug_service, status: row.aug_status, substandardMonths: row.aug_months };
    const to = decideServiceTier({ qualifiedTier: qualified, previous, graceMonths: options.graceMonths, autoUpgrade: options.autoUpgrade }).serviceTier;
    const from = row.in_force as TierCode;
    matrix.set(`${from}>${to}`, (matrix.get(`${from}>${to}`) ?? 0) + 1);
    const outlet = outlets.get(row.outlet) ?? { before: zeroCounts(), after: zeroCounts(), up: 0, down: 0 };
    outlet.before[from] += 1;
    outlet.after[to] += 1;
    if (tierRank(to) > tierRank(from)) outlet.up += 1;
    if (tierRank(to) < tierRank(from)) outlet.down += 1;
    outlets.set(row.outlet, outlet);
  }
  return { matrix, outlets, customers: rows.length };
}

function matrixOf(body: { serviceMatrix: { from: string | null; to: Record<string, number> }[] }): Map<string, number> {
  const cells = new Map<string, number>();
  for (const row of body.serviceMatrix) {
    for (const [to, n] of Object.entries(row.to)) if (n > 0) cells.set(`${row.from}>${to}`, n);
  }
  return cells;
}

function expectSameAsIndependent(body: Parameters<typeof matrixOf>[0] & Record<string, any>, expected: Awaited<ReturnType<typeof expectedSimulation>>) {
  expect(body.total.customers).toBe(expected.customers);
  expect(matrixOf(body)).toEqual(expected.matrix);
  expect(body.outlets.map((o: { org: { code: string } }) => o.org.code)).toEqual([...expected.outlets.keys()].sort());
  for (const outlet of body.outlets) {
    const want = expected.outlets.get(outlet.org.code)!;
    expect(outlet, outlet.org.code).toMatchObject({ before: want.before, after: want.after, up: want.up, down: want.down });
    const before = rmsNeeded(want.before);
    const after = rmsNeeded(want.after);
    expect(outlet.rms, outlet.org.code).toEqual({ before, after, difference: after.total - before.total });
  }
}

let draftVersion: number;

describe('POST /api/tier-policies/drafts', () => {
  it('stores the next version as a draft: the active version stays in force', async () => {
    const response = await post('HQ_WEALTH_ADMIN', '/api/tier-policies/drafts', draftFile());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ created: true, policy: { code: POLICY, version: 2, active: false, status: 'DRAFT', activatedAt: null } });
    draftVersion = response.json().policy.version;
    const list = (await get('TELLER', '/api/tier-policies')).json().policies.find((p: { code: string }) => p.code === POLICY);
    expect(list).toMatchObject({ versions: 2, activeVersion: 1, policy: { version: 1, status: 'ACTIVE' } });
    // The same draft again (a double click) stores nothing.
    const again = await post('HQ_WEALTH_ADMIN', '/api/tier-policies/drafts', draftFile());
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, policy: { version: 2 } });
    expect((await auditRowsOf(db.pool, 'tier-policy.create')).at(-1)).toMatchObject({
      result: 'ALLOWED',
      details: { code: POLICY, version: 2, created: false, draft: true },
    });
  });

  it('answers 422 TIER_POLICY_INVALID with each problem by field path, and stores nothing', async () => {
    const before = await count('tier_policy');
    const response = await post(
      'HQ_WEALTH_ADMIN',
      '/api/tier-policies/drafts',
      draftFile({ name: ' ', tiers: [{ tier: 'GOLD', threshold: '200000.00' }, { tier: 'PLATINUM', threshold: '150000.00' }, { tier: 'DIAMOND', threshold: '1e6' }] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('TIER_POLICY_INVALID');
    expect(response.json().details.problems.map((p: { path: string }) => p.path)).toEqual(['name', 'tiers[1].threshold', 'tiers[2].threshold']);
    // In the caller's language: zh-CN by default, English when asked.
    expect(response.json().details.problems[1]).toEqual({ path: 'tiers[1].threshold', message: '白金 150,000.00 须大于金卡 200,000.00：门槛为含下限，须逐级递增' });
    const hq = sessions.get('HQ_WEALTH_ADMIN')!;
    const english = await app.inject({
      method: 'POST',
      url: '/api/tier-policies/drafts',
      payload: draftFile({ tiers: [{ tier: 'GOLD', threshold: '200000.00' }, { tier: 'PLATINUM', threshold: 150000 }] }),
      headers: { cookie: `guibin_session=${hq.token}`, 'x-csrf-token': hq.csrfToken, 'accept-language': 'en' },
    });
    expect(english.json().details.problems).toEqual([
      { path: 'tiers[1].threshold', message: 'must be a decimal string such as "100000.00" (a JSON number could lose cents)' },
    ]);
    expect(await count('tier_policy')).toBe(before);
  });
});

describe('POST /api/tier-policies/:code/versions/:version/simulate', () => {
  it('tells head office the months it can compare with', async () => {
    const response = await get('HQ_WEALTH_ADMIN', '/api/policy-simulator/months');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ policyInForce: { code: POLICY }, months: [SEPTEMBER, AUGUST] });
  });

  it('counts the moves of a draft as a customer-by-customer computation does, reusing the evaluated metric', async () => {
    const writes = [await count('tier_evaluation'), await count('tier_evaluation_run'), await count('tier_summary'), await count('tier_policy')];
    const response = await simulate('HQ_WEALTH_ADMIN', draftVersion);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      month: SEPTEMBER,
      candidate: { code: POLICY, version: 2, status: 'DRAFT', tiers: [{ tier: 'GOLD', threshold: '50000.00' }, { tier: 'PLATINUM', threshold: '150000.00' }, { tier: 'DIAMOND', threshold: '1000000.00' }] },
      baseline: { code: POLICY, version: 1, status: 'ACTIVE' },
      previousEvaluation: { month: AUGUST, version: 1 },
      metricSource: 'EVALUATION',
      capacityRatios: { GOLD: 200, PLATINUM: 100, DIAMOND: 30, PRIVATE: 30 },
    });
    const expected = await expectedSimulation(draftFile().tiers, { autoUpgrade: true, graceMonths: 3, metricFromSums: false });
    expectSameAsIndependent(body, expected);
    // Hand-checked: with auto upgrade A2 (1,200,000.00, gold not upgraded) goes to diamond and A3
    // (50,000.00 now meets gold, inclusive) to gold; B1 (200,000.00) stays diamond, substandard.
    expect(body.total).toMatchObject({ customers: 7, up: 2, down: 0, unchanged: 5, notEvaluated: 0 });
    expect(body.branches.map((b: { org: { code: string }; up: number }) => [b.org.code, b.up])).toEqual([['BR1', 2], ['BR2', 0]]);
    expect(writes).toEqual([await count('tier_evaluation'), await count('tier_evaluation_run'), await count('tier_summary'), await count('tier_policy')]);
    expect((await auditRowsOf(db.pool, 'tier-policy.simulate')).at(-1)).toMatchObject({
      actorStaffNo: bank.staff.get('HQ_WEALTH_ADMIN')!.staffNo,
      result: 'ALLOWED',
      details: { code: POLICY, version: 2, month: SEPTEMBER, baselineCode: POLICY, baselineVersion: 1, customers: 7 },
    });
  });

  it('computes the window metric from the monthly sums when the version reads it differently', async () => {
    const draft = draftFile({ gapHandling: 'CARRY_FORWARD', autoUpgrade: false, graceMonths: 0, name: 'carry forward' });
    const stored = (await post('HQ_WEALTH_ADMIN', '/api/tier-policies/drafts', draft)).json().policy;
    const response = await simulate('HQ_WEALTH_ADMIN', stored.version);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ metricSource: 'WINDOW', candidate: { version: stored.version, graceMonths: 0 } });
    expectSameAsIndependent(response.json(), await expectedSimulation(draft.tiers, { autoUpgrade: false, graceMonths: 0, metricFromSums: true }));
    expect(response.json().total.down).toBe(1); // B1: no grace, down to platinum at 200,000.00
  });

  it('refuses unknown versions and months the policy in force has not evaluated, and every role but head office', async () => {
    expect((await simulate('HQ_WEALTH_ADMIN', 99)).json()).toMatchObject({ code: 'TIER_POLICY_NOT_FOUND' });
    const july = await simulate('HQ_WEALTH_ADMIN', draftVersion, '2026-07');
    expect(july.statusCode).toBe(404);
    expect(july.json()).toMatchObject({ code: 'EVALUATION_NOT_FOUND', details: { month: '2026-07', code: POLICY } });
    expect((await simulate('HQ_WEALTH_ADMIN', draftVersion, '2026-13')).statusCode).toBe(400);
    const others = ROLES.filter((role) => !can(role, 'tier-policy.write'));
    expect(others).not.toContain('HQ_WEALTH_ADMIN');
    for (const role of others) {
      expect((await simulate(role, draftVersion)).statusCode, role).toBe(403);
      expect((await get(role, '/api/policy-simulator/months')).statusCode, role).toBe(403);
      expect((await post(role, '/api/tier-policies/drafts', draftFile({ name: role }))).statusCode, role).toBe(403);
      expect((await post(role, `/api/tier-policies/${POLICY}/versions/${draftVersion}/activate`)).statusCode, role).toBe(403);
    }
    expect((await auditRowsOf(db.pool, 'tier-policy.simulate')).filter((row) => row.result === 'DENIED')).toHaveLength(others.length);
  });
});

describe('POST /api/tier-policies/:code/versions/:version/activate', () => {
  it('makes the version the active one, retires the one before, and is audited', async () => {
    const response = await post('HQ_WEALTH_ADMIN', `/api/tier-policies/${POLICY}/versions/${draftVersion}/activate`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      changed: true,
      previousVersion: 1,
      policy: { version: draftVersion, active: true, status: 'ACTIVE', activatedBy: bank.staff.get('HQ_WEALTH_ADMIN')!.staffNo },
    });
    expect(response.json().effect).toMatch(/第 2 版/);
    const versions = (await get('OUTLET_HEAD', `/api/tier-policies/${POLICY}`)).json().versions;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'RETIRED'],
      [2, 'ACTIVE'],
      [3, 'DRAFT'],
    ]);
    // Stored evaluations keep their version; the next one uses the new active version.
    expect((await db.pool.query(`SELECT DISTINCT p.version FROM tier_evaluation e JOIN tier_policy p ON p.id = e.policy_id`)).rows).toEqual([{ version: 1 }]);
    expect((await evaluateMonth(db.pool, { month: SEPTEMBER, policyCode: POLICY, actor: 'test' })).policy.version).toBe(2);
    expect((await auditRowsOf(db.pool, 'tier-policy.activate')).at(-1)).toMatchObject({
      result: 'ALLOWED',
      details: { code: POLICY, version: 2, changed: true, previousVersion: 1 },
    });
  });

  it('changes nothing for the active version, refuses unknown versions (404) and versions older than an evaluated one (409)', async () => {
    const again = await post('HQ_WEALTH_ADMIN', `/api/tier-policies/${POLICY}/versions/${draftVersion}/activate`);
    expect(again.json()).toMatchObject({ changed: false, previousVersion: 2 });
    const unknown = await post('HQ_WEALTH_ADMIN', `/api/tier-policies/${POLICY}/versions/9/activate`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'TIER_POLICY_NOT_FOUND' });
    const older = await post('HQ_WEALTH_ADMIN', `/api/tier-policies/${POLICY}/versions/1/activate`);
    expect(older.statusCode).toBe(409);
    expect(older.json()).toMatchObject({ code: 'TIER_POLICY_VERSION_SUPERSEDED', details: { version: 1, evaluatedVersion: 2 } });
    expect((await auditRowsOf(db.pool, 'tier-policy.activate')).at(-1)).toMatchObject({ result: 'ERROR', details: { error: 'TIER_POLICY_VERSION_SUPERSEDED' } });
    // A newer draft may still be activated.
    expect((await post('HQ_WEALTH_ADMIN', `/api/tier-policies/${POLICY}/versions/3/activate`)).json()).toMatchObject({ changed: true, previousVersion: 2 });
  });
});
