import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { aCustomer } from './customers.test-bank.ts';
import {
  auditOf,
  useStandardBank,
  POLICY_CODE,
  TIER_MONTH,
  VISIBLE,
  type CustomerKey,
  type Scenario,
  type StaffKey,
} from './customers.test-scenario.ts';

const fixture = useStandardBank();
const as = (key: StaffKey) => fixture.as(key);
let db: TestDatabase;
let app: FastifyInstance;
let bank: Scenario;
beforeAll(() => {
  ({ db, app, bank } = fixture);
});

const numbersOf = (keys: CustomerKey[]) => keys.map((key) => bank.customers[key].customerNo).sort();
const itemNumbers = (body: { items: { customerNo: string }[] }) => body.items.map((item) => item.customerNo);

describe('POST /api/customers/search: scope', () => {
  it.each(Object.keys(VISIBLE) as (keyof typeof VISIBLE)[])('%s finds exactly the customers of their scope, counted alike', async (key) => {
    const response = await as(key).search({ pageSize: 100 });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(itemNumbers(body)).toEqual(numbersOf(VISIBLE[key]));
    expect(body).toMatchObject({ total: VISIBLE[key].length, totalExact: true, page: 1, pageSize: 100, tierMonth: TIER_MONTH, policyCode: POLICY_CODE });
    const tierSum = Object.values(body.countsByTier as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(tierSum + body.notEvaluated).toBe(VISIBLE[key].length);
  });

  it('refuses the auditor (403) and audits the refusal', async () => {
    const response = await as('AU').search({});
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
    const events = await auditOf(db.pool, bank.staff.AU);
    expect(events.at(-1)).toMatchObject({ action: 'POST /api/customers/search', result: 'DENIED', customer_ids: [] });
  });

  it('needs a session and a CSRF token', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/customers/search', payload: {} })).statusCode).toBe(401);
    const { staffNo } = bank.staff.HQ;
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { staffNo, password: 'Guibin-2026-ok' } });
    const cookie = `guibin_session=${login.cookies.find((c) => c.name === 'guibin_session')!.value}`;
    const noToken = await app.inject({ method: 'POST', url: '/api/customers/search', payload: {}, headers: { cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_TOKEN_INVALID');
  });
});

describe('POST /api/customers/search: fields per role', () => {
  it('gives customer.read the masked file fields and the month average', async () => {
    const body = (await as('RM').search({ customerNo: bank.customers.A1.customerNo })).json();
    expect(body.view).toBe('FULL');
    const a1 = bank.customers.A1;
    expect(body.items).toEqual([
      {
        customerId: a1.id.toString(),
        customerNo: a1.customerNo,
        name: '王小明',
        gender: 'F',
        idType: 'RESIDENT_ID',
        idNumber: `${a1.idNumber.slice(0, 6)}********${a1.idNumber.slice(-4)}`,
        mobile: `${a1.phone.slice(0, 3)}****${a1.phone.slice(-4)}`,
        homeOutlet: { id: bank.bank.orgId('OUT1'), code: 'OUT1', name: '机构OUT1' },
        maintainer: { staffNo: bank.staff.RM.staffNo, name: '测试员工' },
        serviceTier: 'PRIVATE',
        qualifiedTier: 'PRIVATE',
        status: 'QUALIFIED',
        aumMonthAvg: '6500000.00',
      },
    ]);
  });

  it.each(['LM', 'TL'] as const)('gives %s the limited set only: no phone, no ID, no AUM', async (key) => {
    const body = (await as(key).search({ customerNo: bank.customers.A2.customerNo })).json();
    expect(body.view).toBe('LIMITED');
    expect(Object.keys(body.items[0]).sort()).toEqual(['customerId', 'customerNo', 'gender', 'homeOutlet', 'maintainer', 'name', 'serviceTier']);
    expect(body.items[0].serviceTier).toBe('GOLD');
  });

  it('refuses sorting by AUM to the limited roles: the order would reveal it', async () => {
    const response = await as('TL').search({ sort: 'aum' });
    expect(response.statusCode).toBe(403);
    expect((await auditOf(db.pool, bank.staff.TL)).at(-1)).toMatchObject({ result: 'DENIED', details: { reason: 'FORBIDDEN' } });
  });
});

describe('POST /api/customers/search: filters', () => {
  it('matches a name prefix, or an exact customer number, with q', async () => {
    expect(itemNumbers((await as('OH').search({ q: '王小' })).json())).toEqual(numbersOf(['A1', 'A2']));
    expect(itemNumbers((await as('OH').search({ q: '小明' })).json())).toEqual([]);
    expect(itemNumbers((await as('OH').search({ q: bank.customers.A3.customerNo })).json())).toEqual(numbersOf(['A3']));
  });

  it('takes LIKE wildcards in q literally', async () => {
    const odd = await aCustomer().at('OUT3').named('欧_阳%锋').insert(bank.bank);
    await aCustomer().at('OUT3').named('欧X阳Y锋').insert(bank.bank);
    expect(itemNumbers((await as('HQ').search({ q: '欧_阳%' })).json())).toEqual([odd.customerNo]);
    expect(itemNumbers((await as('HQ').search({ q: '%' })).json())).toEqual([]);
  });

  it.each([
    ['digits', (p: string) => p],
    ['+86 with dashes', (p: string) => `+86 ${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`],
    ['0086 with spaces', (p: string) => `0086 ${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`],
  ])('finds a customer by phone (%s) through its keyed hash', async (_, format) => {
    const body = (await as('LM').search({ phone: format(bank.customers.A3.phone) })).json();
    expect(itemNumbers(body)).toEqual(numbersOf(['A3']));
  });

  it('finds a customer by ID number whatever its case and spacing, never outside the scope', async () => {
    const id = bank.customers.B1.idNumber;
    const variant = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14).toLowerCase()}`;
    expect(itemNumbers((await as('SBH').search({ idNumber: variant })).json())).toEqual(numbersOf(['B1']));
    expect(itemNumbers((await as('OH').search({ idNumber: id })).json())).toEqual([]);
    expect(itemNumbers((await as('RM').search({ phone: bank.customers.A3.phone })).json())).toEqual([]);
  });

  it('filters by service tier (one or several), outlet and maintainer', async () => {
    expect(itemNumbers((await as('HQ').search({ serviceTier: 'PRIVATE' })).json())).toEqual(numbersOf(['A1', 'C1']));
    expect(itemNumbers((await as('BA').search({ serviceTier: ['GOLD', 'DIAMOND'] })).json())).toEqual(numbersOf(['A2', 'B1', 'B2']));
    expect(itemNumbers((await as('SBH').search({ outletId: bank.bank.orgId('OUT2') })).json())).toEqual(numbersOf(['B1', 'B2']));
    expect(itemNumbers((await as('OH').search({ outletId: bank.bank.orgId('OUT2') })).json())).toEqual([]);
    expect(itemNumbers((await as('OH').search({ maintainerStaffNo: bank.staff.RM2.staffNo })).json())).toEqual(numbersOf(['A3', 'A4']));
  });

  it('refuses unknown keys, bad tiers, oversized pages and deep offsets with 400', async () => {
    for (const body of [{ nmae: 'x' }, { serviceTier: 'SILVER' }, { pageSize: 101 }, { page: 101, pageSize: 100 }, { q: '' }, { phone: 13800000000 }, { phone: '+-- --' }]) {
      const response = await as('HQ').search(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('REQUEST_INVALID');
    }
  });
});

describe('POST /api/customers/search: paging, sorting, counting', () => {
  it('pages in customer-number order by default, and in reverse', async () => {
    const all = numbersOf(VISIBLE.BA);
    const first = (await as('BA').search({ pageSize: 3 })).json();
    const third = (await as('BA').search({ pageSize: 3, page: 3 })).json();
    expect(itemNumbers(first)).toEqual(all.slice(0, 3));
    expect(itemNumbers(third)).toEqual(all.slice(6, 9));
    expect(third.total).toBe(all.length);
    expect(itemNumbers((await as('BA').search({ pageSize: 2, order: 'desc' })).json())).toEqual([...all].reverse().slice(0, 2));
  });

  it('sorts by service tier (unevaluated last), AUM and name', async () => {
    const byTier = itemNumbers((await as('OH').search({ sort: 'serviceTier', order: 'desc' })).json());
    expect(byTier).toEqual([...numbersOf(['A1']), ...numbersOf(['A3']), ...numbersOf(['A2']), ...numbersOf(['A4', 'A6']), ...numbersOf(['A5'])]);
    const byAum = itemNumbers((await as('OH').search({ sort: 'aum', order: 'desc' })).json());
    expect(byAum).toEqual(numbersOf(['A1']).concat(numbersOf(['A3']), numbersOf(['A2']), numbersOf(['A5']), numbersOf(['A6']), numbersOf(['A4'])));
    // Names sort in the database's collation (pinyin-like under a zh_CN collation).
    const { rows } = await db.pool.query('SELECT customer_no FROM customer WHERE home_outlet_id = $1 ORDER BY name, customer_no', [bank.bank.orgId('OUT1')]);
    expect(itemNumbers((await as('OH').search({ sort: 'name' })).json())).toEqual(rows.map((row) => row.customer_no));
  });

  it('counts every tier of the scope whatever tier is selected; the total follows the tier filter', async () => {
    const body = (await as('SBH').search({ serviceTier: 'GOLD' })).json();
    expect(body.countsByTier).toEqual({ STANDARD: 2, GOLD: 2, PLATINUM: 1, DIAMOND: 1, PRIVATE: 1 });
    expect(body.notEvaluated).toBe(1);
    expect(body.total).toBe(2);
    const rm = (await as('RM').search({ q: '王' })).json();
    expect(rm).toMatchObject({ total: 2, totalExact: true, countsByTier: { GOLD: 1, PRIVATE: 1, STANDARD: 0 }, notEvaluated: 0 });
  });

  it('recounts after the customers change (the stored counts are never read stale)', async () => {
    const before = (await as('HQ').search({})).json();
    const added = await aCustomer().at('OUT3').insert(bank.bank);
    const after = (await as('HQ').search({})).json();
    expect(after.total).toBe(before.total + 1);
    expect(after.notEvaluated).toBe(before.notEvaluated + 1);
    await db.pool.query('UPDATE customer SET home_outlet_id = $1 WHERE id = $2', [bank.bank.orgId('OUT1'), added.id]);
    expect((await as('OH').search({})).json().total).toBe(VISIBLE.OH.length + 1);
    await db.pool.query('DELETE FROM customer WHERE id = $1', [added.id]);
    expect((await as('OH').search({})).json().total).toBe(VISIBLE.OH.length);
  });
});

describe('POST /api/customers/search: audit', () => {
  it('writes one row per page listing the customers on it, without the phone or ID searched for', async () => {
    const phone = bank.customers.B2.phone;
    await as('RM3').search({ phone });
    await as('RM3').search({ pageSize: 1, page: 2 });
    const events = await auditOf(db.pool, bank.staff.RM3);
    expect(events.slice(-2)).toMatchObject([
      { action: 'POST /api/customers/search', result: 'ALLOWED', customer_ids: [bank.customers.B2.id.toString()], details: { filters: ['phone'], view: 'FULL' } },
      { action: 'POST /api/customers/search', result: 'ALLOWED', customer_ids: [bank.customers.B2.id.toString()], details: { page: 2, pageSize: 1 } },
    ]);
    expect(JSON.stringify(events)).not.toContain(phone);
    expect(JSON.stringify(events)).not.toContain(phone.slice(-8));
  });
});
