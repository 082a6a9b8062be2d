import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { loggedIn } from '../identity/identity.routes.test-support.ts';
import { auditOf, useStandardBank, type Scenario, type StaffKey } from '../customers/customers.test-scenario.ts';

// A database of its own: these tests switch the bank-wide policy, which the board tests must not see.
const fixture = useStandardBank();
let db: TestDatabase;
let app: FastifyInstance;
let bank: Scenario;
const sessions = new Map<StaffKey, { cookie: string; csrf: string }>();

beforeAll(async () => {
  ({ db, app, bank } = fixture);
  for (const key of ['HQ', 'BA', 'OH', 'RM', 'LM'] as const) {
    const { token, csrfToken } = await loggedIn(app, bank.staff[key].staffNo);
    sessions.set(key, { cookie: `guibin_session=${token}`, csrf: csrfToken });
  }
});

function call(key: StaffKey, method: 'GET' | 'POST', url: string) {
  const session = sessions.get(key)!;
  return app.inject({ method, url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'accept-language': 'en' } });
}

const activate = (key: StaffKey, code: string) => call(key, 'POST', `/api/allocation/policies/${code}/activate`);
const activeCodes = async () => (await db.pool.query<{ code: string }>(`SELECT code FROM allocation_policy WHERE active`)).rows.map((row) => row.code);
const activations = async (key: StaffKey) => (await auditOf(db.pool, bank.staff[key])).filter((event) => event.action === 'POST /api/allocation/policies/:code/activate');

describe('GET /api/allocation/policies', () => {
  it('lists both presets, the active one first, with their lanes and the AUM bands in yuan', async () => {
    const response = await call('RM', 'GET', '/api/allocation/policies');
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json();
    expect(items.map((policy: { code: string; active: boolean }) => [policy.code, policy.active])).toEqual([
      ['tier-capacity', true],
      ['aum-layered', false],
    ]);
    expect(items[0].lanes[0]).toEqual({
      key: 'diamond',
      tiers: ['PRIVATE', 'DIAMOND'],
      minAum: null,
      maxAum: null,
      maxAge: null,
      roles: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'],
      capacity: 30,
      advisorCapacity: 60,
      quota: null,
    });
    expect(items[0].lanes[2]).toMatchObject({ key: 'gold-lobby', tiers: ['GOLD'], minAum: '200000.00', maxAum: '500000.00', roles: ['LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'] });
    expect(items[1].lanes.at(-1)).toEqual({
      key: 'aum-50k',
      tiers: null,
      minAum: '50000.00',
      maxAum: '100000.00',
      maxAge: 60,
      roles: ['TELLER', 'LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'],
      capacity: null,
      advisorCapacity: null,
      quota: 10,
    });
    expect((await auditOf(db.pool, bank.staff.RM)).filter((event) => event.action === 'GET /api/allocation/policies')).toHaveLength(1);
  });

  it('is refused without allocation.read', async () => {
    expect((await call('LM', 'GET', '/api/allocation/policies')).statusCode).toBe(403);
  });
});

describe('POST /api/allocation/policies/:code/activate', () => {
  it('refuses an outlet head and a branch admin (head office only), audited, nothing changes', async () => {
    for (const key of ['OH', 'BA'] as const) {
      const response = await activate(key, 'aum-layered');
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
      expect((await activations(key)).map((event) => [event.result, event.details])).toEqual([['DENIED', { reason: 'FORBIDDEN' }]]);
    }
    expect(await activeCodes()).toEqual(['tier-capacity']);
  });

  it('answers 404 ALLOCATION_POLICY_NOT_FOUND for an unknown code and 400 for a malformed one', async () => {
    const unknown = await activate('HQ', 'no-such-policy');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'ALLOCATION_POLICY_NOT_FOUND', details: { policy: 'no-such-policy' } });
    expect((await activate('HQ', 'Tier_Capacity')).statusCode).toBe(400);
    expect((await activations('HQ')).map((event) => [event.result, event.details])).toEqual([['DENIED', { policy: 'no-such-policy', reason: 'ALLOCATION_POLICY_NOT_FOUND' }]]);
    expect(await activeCodes()).toEqual(['tier-capacity']);
  });

  it('switches the active policy in one step, audited; the board follows at once', async () => {
    const response = await activate('HQ', 'aum-layered');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ changed: true, previous: 'tier-capacity' });
    expect(body.items.map((policy: { code: string; active: boolean }) => [policy.code, policy.active])).toEqual([
      ['aum-layered', true],
      ['tier-capacity', false],
    ]);
    expect(await activeCodes()).toEqual(['aum-layered']);
    expect((await activations('HQ')).at(-1)).toMatchObject({ result: 'ALLOWED', details: { policy: 'aum-layered', previous: 'tier-capacity', changed: true } });

    const board = (await call('OH', 'GET', '/api/allocation/board')).json();
    expect(board.policy.code).toBe('aum-layered');
    expect(board.lanes.map((lane: { key: string; capacity: number | null; quota: number | null }) => [lane.key, lane.capacity, lane.quota])).toEqual([
      ['aum-5m', null, null],
      ['aum-2m', null, null],
      ['aum-200k', null, null],
      ['aum-100k', null, 25],
      ['aum-50k', null, 10],
    ]);
  });

  it('is idempotent: activating the active policy changes nothing and says so', async () => {
    const before = (await activations('HQ')).length;
    const response = await activate('HQ', 'aum-layered');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ changed: false, previous: 'aum-layered' });
    expect(await activeCodes()).toEqual(['aum-layered']);
    const events = await activations('HQ');
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ result: 'ALLOWED', details: { policy: 'aum-layered', previous: 'aum-layered', changed: false } });
  });

  it('two switches at once both succeed one after the other; exactly one policy stays active', async () => {
    const responses = await Promise.all([activate('HQ', 'tier-capacity'), activate('HQ', 'aum-layered'), activate('HQ', 'tier-capacity')]);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    const active = await activeCodes();
    expect(active).toHaveLength(1);
    // Whichever ran last is in force, and the board reads it.
    expect((await call('OH', 'GET', '/api/allocation/board')).json().policy.code).toBe(active[0]);
  });
});
