import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { auditOf, useStandardBank, type Scenario, type StaffKey } from './customers.test-scenario.ts';

const fixture = useStandardBank();
const as = (key: StaffKey) => fixture.as(key);
let db: TestDatabase;
let bank: Scenario;
beforeAll(() => {
  ({ db, bank } = fixture);
});

const REASON = '客户来电核实身份，需要完整手机号';

describe('POST /api/customers/:customerId/show-in-full', () => {
  it('shows the fields asked for in full, audits them with the reason, and nothing else', async () => {
    const a1 = bank.customers.A1;
    const response = await as('RM').showInFull(a1.id, { fields: ['MOBILE', 'ACCOUNT_NUMBER'], reason: REASON });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      customerId: a1.id.toString(),
      mobile: a1.phone,
      accountNumbers: a1.accountNumbers.map((accountNumber) => ({ accountId: expect.any(String), accountNumber })),
    });
    expect(response.body).not.toContain(a1.idNumber);
    expect(response.body).not.toContain(a1.email);
    expect((await auditOf(db.pool, bank.staff.RM)).at(-1)).toEqual({
      actor_staff_no: bank.staff.RM.staffNo,
      action: 'customer.show-in-full',
      customer_ids: [a1.id.toString()],
      fields_in_full: ['MOBILE', 'ACCOUNT_NUMBER'],
      reason: REASON,
      result: 'ALLOWED',
      details: { accountIds: body.accountNumbers.map((a: { accountId: string }) => a.accountId) },
    });
  });

  it('gives the ID number and email when asked', async () => {
    const body = (await as('OH').showInFull(bank.customers.A6.id, { fields: ['ID_NUMBER', 'EMAIL'], reason: '办理业务核对证件' })).json();
    expect(body).toEqual({ customerId: bank.customers.A6.id.toString(), idNumber: bank.customers.A6.idNumber, email: bank.customers.A6.email });
    const sub = (await as('SBH').showInFull(bank.customers.B1.id, { fields: ['ID_NUMBER'], reason: '办理业务核对证件' })).json();
    expect(sub.idNumber).toBe(bank.customers.B1.idNumber);
  });

  it('remembers nothing: the next read is masked again', async () => {
    const a2 = bank.customers.A2;
    await as('RM').showInFull(a2.id, { fields: ['MOBILE'], reason: REASON });
    const file = await as('RM').file(a2.id);
    expect(file.body).not.toContain(a2.phone);
    const search = await as('RM').search({ customerNo: a2.customerNo });
    expect(search.body).not.toContain(a2.phone);
  });

  it('answers 404 outside the scope, audited as DENIED with the reason, showing nothing', async () => {
    const response = await as('RM').showInFull(bank.customers.A3.id, { fields: ['MOBILE'], reason: REASON });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('CUSTOMER_NOT_FOUND');
    expect(response.body).not.toContain(bank.customers.A3.phone);
    expect((await auditOf(db.pool, bank.staff.RM)).at(-1)).toMatchObject({
      action: 'customer.show-in-full',
      result: 'DENIED',
      customer_ids: [bank.customers.A3.id.toString()],
      fields_in_full: [],
      reason: REASON,
    });
  });

  it.each(['HQ', 'BA', 'WA', 'LM', 'TL', 'AU'] as const)('refuses %s, whose role may not unmask (403, audited)', async (key) => {
    const response = await as(key).showInFull(bank.customers.A1.id, { fields: ['MOBILE'], reason: REASON });
    expect(response.statusCode).toBe(403);
    expect((await auditOf(db.pool, bank.staff[key])).at(-1)).toMatchObject({
      action: 'customer.show-in-full',
      result: 'DENIED',
      customer_ids: [bank.customers.A1.id.toString()],
    });
  });

  it.each([
    ['no fields', { fields: [], reason: REASON }],
    ['a repeated field', { fields: ['MOBILE', 'MOBILE'], reason: REASON }],
    ['a field that cannot be unmasked here', { fields: ['ADDRESS'], reason: REASON }],
    ['a reason shorter than 5 characters', { fields: ['MOBILE'], reason: '看一下' }],
    ['a reason of blanks', { fields: ['MOBILE'], reason: '         ' }],
    ['a reason longer than 200 characters', { fields: ['MOBILE'], reason: '因'.repeat(201) }],
    ['no reason', { fields: ['MOBILE'] }],
    ['an unknown key', { fields: ['MOBILE'], reason: REASON, remember: true }],
  ])('refuses %s with 400 and shows nothing', async (_, body) => {
    const response = await as('RM').showInFull(bank.customers.A1.id, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('REQUEST_INVALID');
    expect(response.body).not.toContain(bank.customers.A1.phone);
  });
});
