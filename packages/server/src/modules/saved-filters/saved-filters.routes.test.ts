import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { loggedIn } from '../identity/identity.routes.test-support.ts';
import { auditOf, useStandardBank, type Scenario, type StaffKey } from '../customers/customers.test-scenario.ts';

const fixture = useStandardBank();
let db: TestDatabase;
let app: FastifyInstance;
let bank: Scenario;
const sessions = new Map<StaffKey, { cookie: string; csrf: string }>();

beforeAll(async () => {
  ({ db, app, bank } = fixture);
  for (const key of ['RM', 'RM2', 'TL', 'AU'] as const) {
    const { token, csrfToken } = await loggedIn(app, bank.staff[key].staffNo);
    sessions.set(key, { cookie: `guibin_session=${token}`, csrf: csrfToken });
  }
});

function call(key: StaffKey, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const session = sessions.get(key)!;
  return app.inject({
    method,
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'accept-language': 'en' },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

const gold = { name: 'Gold, substandard', criteria: { serviceTier: ['GOLD'], status: 'SUBSTANDARD', orgId: 12, sort: 'name', order: 'desc' }, columns: ['customerNo', 'name', 'status'] };

describe('saved filters: per staff member', () => {
  it('saves, lists, renames and deletes one of your own, each write audited', async () => {
    const created = await call('RM', 'POST', '/api/saved-filters', gold);
    expect(created.statusCode, created.body).toBe(201);
    const filter = created.json();
    expect(filter).toMatchObject({ name: 'Gold, substandard', criteria: gold.criteria, columns: gold.columns });
    expect(filter.id).toMatch(/^\d+$/);

    const list = (await call('RM', 'GET', '/api/saved-filters')).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([filter.id]);

    const renamed = await call('RM', 'PUT', `/api/saved-filters/${filter.id}`, { ...gold, name: 'My gold', columns: [] });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id: filter.id, name: 'My gold', columns: [] });

    expect((await call('RM', 'DELETE', `/api/saved-filters/${filter.id}`)).statusCode).toBe(204);
    expect((await call('RM', 'GET', '/api/saved-filters')).json().items).toEqual([]);

    const events = (await auditOf(db.pool, bank.staff.RM)).filter((event) => event.action.includes('saved-filters'));
    expect(events.map((event) => [event.action, event.result, event.details.name])).toEqual([
      ['POST /api/saved-filters', 'ALLOWED', 'Gold, substandard'],
      ['PUT /api/saved-filters/:id', 'ALLOWED', 'My gold'],
      ['DELETE /api/saved-filters/:id', 'ALLOWED', 'My gold'],
    ]);
    expect(events[0]!.details.criteria).toEqual(['order', 'orgId', 'serviceTier', 'sort', 'status']);
  });

  it("never shows, changes or deletes another's filter: 404, as for no filter at all", async () => {
    const mine = (await call('RM2', 'POST', '/api/saved-filters', { ...gold, name: 'RM2 only' })).json();
    expect((await call('RM', 'GET', '/api/saved-filters')).json().items.map((i: { name: string }) => i.name)).not.toContain('RM2 only');
    for (const [method, payload] of [['PUT', gold], ['DELETE', undefined]] as const) {
      const response = await call('RM', method, `/api/saved-filters/${mine.id}`, payload);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'SAVED_FILTER_NOT_FOUND', details: { id: mine.id } });
    }
    expect((await call('RM', 'DELETE', '/api/saved-filters/999999999')).json().code).toBe('SAVED_FILTER_NOT_FOUND');
    expect((await call('RM2', 'GET', '/api/saved-filters')).json().items).toHaveLength(1);
  });

  it('keeps names unique per staff member (409), but two staff may use the same name', async () => {
    expect((await call('TL', 'POST', '/api/saved-filters', { ...gold, name: 'Counter' })).statusCode).toBe(201);
    const again = await call('TL', 'POST', '/api/saved-filters', { ...gold, name: ' Counter ' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SAVED_FILTER_NAME_TAKEN', details: { name: 'Counter' } });
    expect(again.json().message).toContain('Counter');
    const other = (await call('TL', 'POST', '/api/saved-filters', { ...gold, name: 'Other' })).json();
    expect((await call('TL', 'PUT', `/api/saved-filters/${other.id}`, { ...gold, name: 'Counter' })).json().code).toBe('SAVED_FILTER_NAME_TAKEN');
    expect((await call('RM', 'POST', '/api/saved-filters', { ...gold, name: 'Counter' })).statusCode).toBe(201);
  });

  it('refuses a phone or ID number in the criteria, and stores nothing of them', async () => {
    const phone = bank.customers.A1.phone;
    for (const criteria of [{ phone }, { idNumber: bank.customers.A1.idNumber, q: '王' }]) {
      const response = await call('RM', 'POST', '/api/saved-filters', { name: 'Sensitive', criteria, columns: [] });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'SAVED_FILTER_SENSITIVE', details: { fields: Object.keys(criteria).filter((k) => k !== 'q') } });
    }
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM saved_filter WHERE criteria::text LIKE '%' || $1 || '%'`, [phone]);
    expect(rows[0].n).toBe(0);
    expect(JSON.stringify(await auditOf(db.pool, bank.staff.RM))).not.toContain(phone);
  });

  it('validates the criteria with the search schema and the columns against the list', async () => {
    for (const body of [
      { ...gold, criteria: { serviceTier: 'SILVER' } },
      { ...gold, criteria: { page: 2 } },
      { ...gold, criteria: { nmae: 'x' } },
      { ...gold, columns: ['customerNo', 'customerNo'] },
      { ...gold, columns: ['password'] },
      { ...gold, name: '' },
      { ...gold, name: 'x'.repeat(41) },
      { criteria: {}, columns: [] },
    ]) {
      const response = await call('RM', 'POST', '/api/saved-filters', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('REQUEST_INVALID');
    }
    expect((await call('RM', 'PUT', '/api/saved-filters/abc', gold)).statusCode).toBe(400);
  });

  it('needs customer.read.limited: the auditor may not keep customer searches', async () => {
    expect((await call('AU', 'GET', '/api/saved-filters')).statusCode).toBe(403);
    expect((await call('AU', 'POST', '/api/saved-filters', gold)).statusCode).toBe(403);
  });
});
