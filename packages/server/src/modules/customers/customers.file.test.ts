import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import {
  auditOf,
  useStandardBank,
  POLICY_CODE,
  VISIBLE,
  type CustomerKey,
  type Scenario,
  type StaffKey,
} from './customers.test-scenario.ts';

const fixture = useStandardBank();
const as = (key: StaffKey) => fixture.as(key);
let db: TestDatabase;
let bank: Scenario;
beforeAll(() => {
  ({ db, bank } = fixture);
});

const FILE_READERS = ['HQ', 'BA', 'SBH', 'OH', 'RM', 'RM2', 'RM3', 'RM4', 'WA'] as const;
const ALL_CUSTOMERS: CustomerKey[] = VISIBLE.HQ;

describe('GET /api/customers/:customerId: scope', () => {
  it.each(FILE_READERS)('%s opens the files of its scope and gets 404 for every other', async (key) => {
    for (const customer of ALL_CUSTOMERS) {
      const response = await as(key).file(bank.customers[customer].id);
      expect(response.statusCode, `${key} → ${customer}`).toBe(VISIBLE[key].includes(customer) ? 200 : 404);
    }
  });

  it('answers out of scope exactly as it answers a customer that does not exist, and audits both as DENIED', async () => {
    const outside = await as('RM').file(bank.customers.A3.id);
    const missing = await as('RM').file('9223372036854775807');
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual(missing.json());
    expect(outside.json().code).toBe('CUSTOMER_NOT_FOUND');
    const events = (await auditOf(db.pool, bank.staff.RM)).slice(-2);
    expect(events).toMatchObject([
      { action: 'GET /api/customers/:customerId', result: 'DENIED', customer_ids: [bank.customers.A3.id.toString()] },
      { action: 'GET /api/customers/:customerId', result: 'DENIED', customer_ids: ['9223372036854775807'] },
    ]);
  });

  it.each(['LM', 'TL', 'AU'] as const)('refuses %s (403) and audits the attempt with the customer id', async (key) => {
    const response = await as(key).file(bank.customers.A1.id);
    expect(response.statusCode).toBe(403);
    expect((await auditOf(db.pool, bank.staff[key])).at(-1)).toMatchObject({
      action: 'GET /api/customers/:customerId',
      result: 'DENIED',
      customer_ids: [bank.customers.A1.id.toString()],
    });
  });

  it('refuses a malformed id with 400', async () => {
    for (const id of ['abc', '0', '-1', '9223372036854775808', '1.5']) expect((await as('HQ').file(id)).statusCode, id).toBe(400);
  });
});

describe('GET /api/customers/:customerId: the 360', () => {
  it('gives the profile (masked), relations, tier, holdings with balances as of the latest closed day, and audits the read', async () => {
    const a1 = bank.customers.A1;
    const response = await as('RM').file(a1.id);
    expect(response.statusCode).toBe(200);
    const file = response.json();
    expect(file).toMatchObject({
      customerId: a1.id.toString(),
      customerNo: a1.customerNo,
      name: '王小明',
      idNumber: `${a1.idNumber.slice(0, 6)}********${a1.idNumber.slice(-4)}`,
      mobile: `${a1.phone.slice(0, 3)}****${a1.phone.slice(-4)}`,
      email: `v***@example.cn`,
      birthDate: '1980-01-01',
      homeOutlet: { code: 'OUT1' },
      maintainer: { staffNo: bank.staff.RM.staffNo },
      advisor: { staffNo: bank.staff.WA.staffNo },
      tier: { month: '2026-01', policyCode: POLICY_CODE, serviceTier: 'PRIVATE', qualifiedTier: 'PRIVATE', status: 'QUALIFIED' },
    });
    expect(file.holdings.asOf).toBe('2026-02-10');
    expect(file.holdings.totals).toEqual({ aumCny: '6571000.00', otherCny: '1000000.00' });
    expect(file.holdings.accounts.map((a: { product: { code: string } }) => a.product.code)).toEqual(['P-DD', 'P-FUND', 'P-LOAN']);
    expect(file.holdings.accounts[1]).toEqual({
      accountId: expect.any(String),
      accountNumber: `${a1.accountNumbers[1]!.slice(0, 6)}******${a1.accountNumbers[1]!.slice(-4)}`,
      product: { code: 'P-FUND', name: '稳健债券基金', category: 'FUND', riskLevel: 'R3', countsTowardAum: true },
      currency: 'USD',
      openedOn: '2021-03-04',
      maturityOn: '2027-06-30',
      status: 'ACTIVE',
      balance: { asOf: '2026-02-10', amount: '10000.00', amountCny: '71000.00' },
    });
    expect((await auditOf(db.pool, bank.staff.RM)).at(-1)).toMatchObject({
      action: 'GET /api/customers/:customerId',
      result: 'ALLOWED',
      customer_ids: [a1.id.toString()],
    });
  });

  it('gives daily AUM for the last 90 closed days and monthly averages over the days each month covers', async () => {
    const file = (await as('OH').file(bank.customers.A3.id)).json();
    expect(file.aum.daily).toHaveLength(90);
    expect(file.aum.daily[0]).toEqual({ day: '2025-11-13', aum: '800000.00' });
    expect(file.aum.daily.at(-1)).toEqual({ day: '2026-02-10', aum: '800000.00' });
    expect(file.aum.monthly).toEqual([
      { month: '2025-11', average: '800000.00', days: 30, complete: true },
      { month: '2025-12', average: '800000.00', days: 31, complete: true },
      { month: '2026-01', average: '800000.00', days: 31, complete: true },
      { month: '2026-02', average: '800000.00', days: 10, complete: false },
    ]);
  });

  it('counts a closed day without a row as no AUM', async () => {
    await db.pool.query(`DELETE FROM customer_daily_aum WHERE customer_id = $1 AND day = '2026-02-01'`, [bank.customers.A4.id]);
    const file = (await as('OH').file(bank.customers.A4.id)).json();
    expect(file.aum.daily.find((d: { day: string }) => d.day === '2026-02-01')).toEqual({ day: '2026-02-01', aum: '0.00' });
  });

  it('explains each evaluation, newest first, in the language of Accept-Language', async () => {
    const zh = (await as('RM').file(bank.customers.A2.id)).json();
    expect(zh.tierHistory.map((h: { month: string }) => h.month)).toEqual(['2026-01', '2025-12']);
    const january = zh.tierHistory[0].explanation;
    expect(january).toMatchObject({
      policy: { code: POLICY_CODE, version: 1 },
      metric: 'MONTH_AVG',
      value: '80000.00',
      window: { start: '2026-01-01', end: '2026-01-31', days: 31, carriedForwardDays: [] },
      rule: 'SUBSTANDARD',
      qualifiedTier: 'STANDARD',
      previousServiceTier: 'GOLD',
      serviceTier: 'GOLD',
      substandardMonths: 1,
      graceMonths: 3,
    });
    expect(january.thresholds[0]).toEqual({ tier: 'GOLD', threshold: '100000.00' });
    expect(january.lines.at(-1)).toContain('未达标');
    const en = (await as('RM').file(bank.customers.A2.id, { 'accept-language': 'en-GB,en;q=0.9' })).json();
    expect(en.tierHistory[0].explanation.lines.at(-1)).toContain('within the grace of 3 month(s)');
    expect(en.tierHistory[1].explanation.lines.at(-1)).toContain('initial evaluation');
    // The deciding rule, one line for the month's headline (tiers.explanation.ts decidingRule).
    expect(january.decidingRule).toBe(`MONTH_AVG 80,000.00 < 金卡 100,000.00（${POLICY_CODE} 第1版）`);
    expect(en.tierHistory[0].explanation.decidingRule).toBe(`MONTH_AVG 80,000.00 < GOLD 100,000.00 under ${POLICY_CODE} v1`);
  });

  it('shows no tier for a customer the evaluation did not include', async () => {
    const file = (await as('OH').file(bank.customers.A5.id)).json();
    expect(file.tier).toEqual({ month: '2026-01', policyCode: POLICY_CODE, serviceTier: null, qualifiedTier: null, status: null });
    expect(file.tierHistory).toEqual([]);
  });

  it('reads each month under the highest policy version that evaluated it', async () => {
    const version2 = await bank.bank.policy(POLICY_CODE, 2, '测试标准 第二版');
    await bank.bank.evaluate(version2, '2026-01', [
      { customerId: bank.customers.A1.id, metric: '6500000.00', qualifiedTier: 'PRIVATE', serviceTier: 'PRIVATE', previousServiceTier: 'DIAMOND', status: 'UPGRADED' },
    ]);
    const file = (await as('RM').file(bank.customers.A1.id)).json();
    expect(file.tier).toMatchObject({ month: '2026-01', status: 'UPGRADED' });
    expect(file.tierHistory.map((h: { explanation: { policy: { version: number } } }) => h.explanation.policy.version)).toEqual([2, 1]);
    // A customer the new version did not evaluate has no tier in force: the old version's row is not mixed in.
    expect((await as('RM').file(bank.customers.A2.id)).json().tier.serviceTier).toBeNull();
  });
});
