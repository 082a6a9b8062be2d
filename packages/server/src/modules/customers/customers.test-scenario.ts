/**
 * The bank most customer API tests share: every role of DOMAIN.md §1 with a login, customers
 * placed inside and outside each role's scope, two evaluated months under one policy, 102 closed
 * days of AUM and the latest balances; and a logged-in client per staff member.
 *
 * Scope, by construction (docs/access-model.md "Record scope"):
 *   OUT1 (SB1, BR1): A1 RM+WA · A2 RM · A3 RM2+WA · A4 RM2 · A5 nobody, not evaluated · A6 RM3 (who sits at OUT2)
 *   OUT2 (SB1, BR1): B1 RM3 · B2 RM3          OUT3 (SB2, BR2): C1 RM4
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp, loggedIn } from '../identity/identity.routes.test-support.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer, type StaffRef } from './customers.test-bank.ts';

export const POLICY_CODE = 'bank-month-avg';
export const TIER_MONTH = '2026-01';
export const FIRST_DAY = '2025-11-01';
export const LAST_DAY = '2026-02-10';

const STAFF = {
  HQ: ['HQ_WEALTH_ADMIN', 'HO'],
  BA: ['BRANCH_ADMIN', 'BR1'],
  SBH: ['SUB_BRANCH_HEAD', 'SB1'],
  OH: ['OUTLET_HEAD', 'OUT1'],
  RM: ['RELATIONSHIP_MANAGER', 'OUT1'],
  RM2: ['RELATIONSHIP_MANAGER', 'OUT1'],
  RM3: ['RELATIONSHIP_MANAGER', 'OUT2'],
  RM4: ['RELATIONSHIP_MANAGER', 'OUT3'],
  WA: ['WEALTH_ADVISOR', 'OUT1'],
  LM: ['LOBBY_MANAGER', 'OUT1'],
  TL: ['TELLER', 'OUT1'],
  AU: ['AUDITOR', 'HO'],
} as const;
export type StaffKey = keyof typeof STAFF;
export type CustomerKey = 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6' | 'B1' | 'B2' | 'C1';

/** Who sees which customers: the expectation the scope rules give for this bank. */
export const VISIBLE: Record<Exclude<StaffKey, 'AU'>, CustomerKey[]> = {
  HQ: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2', 'C1'],
  BA: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2'],
  SBH: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1', 'B2'],
  OH: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
  RM: ['A1', 'A2'],
  RM2: ['A3', 'A4'],
  RM3: ['B1', 'B2'],
  RM4: ['C1'],
  WA: ['A1', 'A3'],
  LM: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
  TL: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
};

export interface Scenario {
  bank: Bank;
  staff: Record<StaffKey, StaffRef>;
  customers: Record<CustomerKey, InsertedCustomer>;
  policyId: number;
}

interface Spec {
  key: CustomerKey;
  outlet: string;
  name: string;
  maintainer?: StaffKey;
  advisor?: StaffKey;
  aum: string;
  /** Service tier in December and January; absent: not evaluated. */
  tier?: string;
}

const CUSTOMERS: Spec[] = [
  { key: 'A1', outlet: 'OUT1', name: '王小明', maintainer: 'RM', advisor: 'WA', aum: '6500000.00', tier: 'PRIVATE' },
  { key: 'A2', outlet: 'OUT1', name: '王小红', maintainer: 'RM', aum: '80000.00', tier: 'GOLD' },
  { key: 'A3', outlet: 'OUT1', name: '李四', maintainer: 'RM2', advisor: 'WA', aum: '800000.00', tier: 'PLATINUM' },
  { key: 'A4', outlet: 'OUT1', name: '赵五', maintainer: 'RM2', aum: '5000.00', tier: 'STANDARD' },
  { key: 'A5', outlet: 'OUT1', name: '钱六', aum: '30000.00' },
  { key: 'A6', outlet: 'OUT1', name: '孙七', maintainer: 'RM3', aum: '20000.00', tier: 'STANDARD' },
  { key: 'B1', outlet: 'OUT2', name: '周八', maintainer: 'RM3', aum: '1500000.00', tier: 'DIAMOND' },
  { key: 'B2', outlet: 'OUT2', name: '吴九', maintainer: 'RM3', aum: '150000.00', tier: 'GOLD' },
  { key: 'C1', outlet: 'OUT3', name: '郑十', maintainer: 'RM4', aum: '7000000.00', tier: 'PRIVATE' },
];

export async function aStandardBank(pool: pg.Pool): Promise<Scenario> {
  const bank = await aBank(pool);
  const staff = {} as Record<StaffKey, StaffRef>;
  for (const [key, [role, org]] of Object.entries(STAFF)) staff[key as StaffKey] = await bank.staffMember(role, org);
  await bank.closeDays(FIRST_DAY, LAST_DAY);
  const policyId = await bank.policy(POLICY_CODE);
  const customers = {} as Record<CustomerKey, InsertedCustomer>;
  for (const spec of CUSTOMERS) {
    let builder = aCustomer().at(spec.outlet).named(spec.name).withAccount({ product: 'DEPOSIT', balance: spec.aum });
    if (spec.maintainer) builder = builder.maintainedBy(staff[spec.maintainer]);
    if (spec.advisor) builder = builder.supportedBy(staff[spec.advisor]);
    if (spec.key === 'A1') {
      builder = builder
        .withAccount({ product: 'FUND', currency: 'USD', balance: '10000.00', cny: '71000.00', maturityOn: '2027-06-30' })
        .withAccount({ product: 'LOAN', balance: '1000000.00' });
    }
    const customer = await builder.insert(bank);
    customers[spec.key] = customer;
    await bank.dailyAum(customer.id, FIRST_DAY, LAST_DAY, spec.aum);
  }
  const evaluated = CUSTOMERS.filter((spec) => spec.tier !== undefined);
  await bank.evaluate(
    policyId,
    '2025-12',
    evaluated.map((spec) => ({ customerId: customers[spec.key].id, metric: spec.aum, qualifiedTier: spec.tier! })),
  );
  await bank.evaluate(
    policyId,
    TIER_MONTH,
    evaluated.map((spec) =>
      // A2 fell below gold in January: substandard, still served as gold (DOMAIN.md §4 grace).
      spec.key === 'A2'
        ? { customerId: customers.A2.id, metric: spec.aum, qualifiedTier: 'STANDARD', serviceTier: 'GOLD', previousServiceTier: 'GOLD', substandardMonths: 1, status: 'SUBSTANDARD' }
        : { customerId: customers[spec.key].id, metric: spec.aum, qualifiedTier: spec.tier!, previousServiceTier: spec.tier!, status: 'QUALIFIED' },
    ),
    { month: '2025-12', policyVersion: 1 },
  );
  return { bank, staff, customers, policyId };
}

export interface ApiClient {
  search(body: Record<string, unknown>, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  file(customerId: bigint | string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  showInFull(customerId: bigint | string, body: Record<string, unknown>): Promise<LightMyRequestResponse>;
}

/** A logged-in staff member's client: cookie and CSRF token as a browser would send them. */
export async function clientOf(app: FastifyInstance, staff: StaffRef): Promise<ApiClient> {
  const { token, csrfToken } = await loggedIn(app, staff.staffNo);
  const cookie = `guibin_session=${token}`;
  return {
    search: (body, headers = {}) =>
      app.inject({ method: 'POST', url: '/api/customers/search', payload: body, headers: { cookie, 'x-csrf-token': csrfToken, ...headers } }),
    file: (customerId, headers = {}) => app.inject({ method: 'GET', url: `/api/customers/${customerId}`, headers: { cookie, ...headers } }),
    showInFull: (customerId, body) =>
      app.inject({ method: 'POST', url: `/api/customers/${customerId}/show-in-full`, payload: body, headers: { cookie, 'x-csrf-token': csrfToken } }),
  };
}

export interface AuditRow {
  actor_staff_no: string;
  action: string;
  /** As decimal strings. */
  customer_ids: string[];
  fields_in_full: string[];
  reason: string | null;
  result: string;
  details: Record<string, unknown>;
}

/** The audit events of one staff member, oldest first. */
export async function auditOf(pool: pg.Pool, staff: StaffRef): Promise<AuditRow[]> {
  const { rows } = await pool.query(
    `SELECT actor_staff_no, action, customer_ids::text[] AS customer_ids, fields_in_full, reason, result, details FROM audit_event
      WHERE actor_staff_no = $1 ORDER BY id`,
    [staff.staffNo],
  );
  return rows;
}

export interface StandardBankFixture {
  readonly db: TestDatabase;
  readonly app: FastifyInstance;
  readonly bank: Scenario;
  /** The logged-in client of one of the bank's staff. */
  as(key: StaffKey): ApiClient;
}

/** A fresh database with the standard bank and a logged-in client per staff member, for one test file. */
export function useStandardBank(): StandardBankFixture {
  const clients = new Map<StaffKey, ApiClient>();
  const fixture = { as: (key: StaffKey) => clients.get(key)! } as StandardBankFixture & { db: TestDatabase; app: FastifyInstance; bank: Scenario };
  beforeAll(async () => {
    fixture.db = await createTestDatabase();
    fixture.app = await anApp(fixture.db.pool);
    fixture.bank = await aStandardBank(fixture.db.pool);
    for (const key of Object.keys(fixture.bank.staff) as StaffKey[]) clients.set(key, await clientOf(fixture.app, fixture.bank.staff[key]));
  });
  afterAll(async () => {
    await fixture.app.close();
    await fixture.db.drop();
  });
  return fixture;
}
