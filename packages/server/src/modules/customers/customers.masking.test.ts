/**
 * Nothing unmasked leaves the customer routes except through show-in-full: for every role, every
 * search, 360 and error response is searched for the stored phone numbers, ID numbers, emails and
 * account numbers of every customer, as plain text anywhere in the JSON.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { aCustomer } from './customers.test-bank.ts';
import { clientOf, useStandardBank, type Scenario } from './customers.test-scenario.ts';

const fixture = useStandardBank();
let db: TestDatabase;
let app: FastifyInstance;
let bank: Scenario;
let secrets: string[];

beforeAll(async () => {
  ({ db, app, bank } = fixture);
  // Odd values too: a passport, an email with a long local part, a short account number.
  const odd = await aCustomer()
    .at('OUT1')
    .maintainedBy(bank.staff.RM)
    .withIdNumber('E12345678')
    .withEmail('zhang.sanfeng.private@example.cn')
    .withPhone('+86 138-0013-8000')
    .withAccount({ balance: '12.34' })
    .insert(bank.bank);
  await db.pool.query('UPDATE account SET account_no = $1 WHERE account_no = $2', ['6222021234567', odd.accountNumbers[0]]);
  const { rows } = await db.pool.query(`SELECT id_no, phone, email FROM customer UNION ALL SELECT account_no, NULL, NULL FROM account`);
  secrets = rows.flatMap((row) => [row.id_no, row.phone, row.email].filter((value): value is string => Boolean(value)));
  // The local part of an email and the middle of numbers are what masking hides.
  secrets.push(...rows.filter((row) => row.email).map((row) => (row.email as string).split('@')[0]!));
});

function expectNoSecret(text: string, where: string): void {
  for (const secret of secrets) expect(text.includes(secret), `${where} reveals ${secret.slice(0, 2)}…`).toBe(false);
}

describe('masking of every customer response', () => {
  it.each(['HQ', 'BA', 'SBH', 'OH', 'RM', 'RM2', 'RM3', 'RM4', 'WA', 'LM', 'TL', 'AU'] as const)(
    'reveals no stored phone, ID number, email or account number to %s',
    async (key) => {
      const client = fixture.as(key);
      const { rows } = await db.pool.query('SELECT id, customer_no, phone, id_no FROM customer');
      const responses = [await client.search({ pageSize: 100 }), await client.search({ pageSize: 100, sort: 'serviceTier' })];
      for (const row of rows) {
        responses.push(await client.search({ phone: row.phone }));
        responses.push(await client.search({ idNumber: row.id_no }));
        responses.push(await client.search({ q: row.customer_no }));
        responses.push(await client.file(row.id));
        responses.push(await client.file(row.id, { 'accept-language': 'en' }));
      }
      for (const response of responses) expectNoSecret(response.body, `${key} ${response.statusCode}`);
      // The check has teeth: the calls did return customers to the roles that may see some.
      if (key !== 'AU') expect(responses.some((response) => response.statusCode === 200 && response.json().items?.length > 0)).toBe(true);
    },
  );

  it('lets show-in-full, and only it, return the values', async () => {
    const a1 = bank.customers.A1;
    const response = await fixture.as('RM').showInFull(a1.id, { fields: ['ID_NUMBER', 'MOBILE', 'EMAIL', 'ACCOUNT_NUMBER'], reason: '核实客户身份信息' });
    for (const value of [a1.idNumber, a1.phone, a1.email, ...a1.accountNumbers]) expect(response.body).toContain(value);
  });

  it('serves nothing when the read cannot be audited', async () => {
    const unaudited = await anApp(db.pool, { audit: { record: async () => Promise.reject(new Error('audit store unavailable')), close: async () => {} } });
    try {
      const rm = await clientOf(unaudited, bank.staff.RM);
      const a1 = bank.customers.A1;
      for (const response of [
        await rm.search({ customerNo: a1.customerNo }),
        await rm.file(a1.id),
        await rm.showInFull(a1.id, { fields: ['MOBILE'], reason: '核实客户身份信息' }),
      ]) {
        expect(response.statusCode).toBe(500);
        expect(response.body).not.toContain(a1.customerNo);
        expect(response.body).not.toContain(a1.phone);
      }
    } finally {
      await unaudited.close();
    }
  });

  it('documents both search item shapes in the OpenAPI document', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const search = document.paths['/api/customers/search'].post;
    const variants = JSON.stringify(search.responses['200']);
    expect(variants).toContain('LIMITED');
    expect(variants).toContain('aumMonthAvg');
    expect(search.tags).toEqual(['customers']);
    expect(document.paths['/api/customers/{customerId}'].get.tags).toEqual(['customers']);
    expect(document.paths['/api/customers/{customerId}/show-in-full'].post.tags).toEqual(['customers']);
  });
});
