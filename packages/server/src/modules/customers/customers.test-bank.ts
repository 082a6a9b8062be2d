/**
 * Data builders for the customer API tests: a small bank written straight into the spine tables
 * (orgs, staff with passwords, customers with keyed hashes, maintainers, accounts and latest
 * balances, daily and monthly AUM, tier policies and evaluations), so that the real SQL of the
 * module runs over it.
 *
 *   const bank = await aBank(pool);
 *   const rm = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
 *   const customer = await aCustomer().at('OUT1').maintainedBy(rm).withAccount({ balance: '1000.00' }).insert(bank);
 */
import type pg from 'pg';
import { idNumberHash, phoneHash } from '../../platform/access/search-key.ts';
import { parseDecimal } from '../../platform/money.ts';
import { testSearchKey } from '../../test-support/search-key.ts';
import { residentIdCheckCharacter } from '../ingest/resident-id.rules.ts';
import { aStaffMemberWithPassword } from '../identity/identity.routes.test-support.ts';

export function cents(yuan: string): bigint {
  const parsed = parseDecimal(yuan, 2);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.units;
}

/** Head office → branch → sub-branch → two outlets, and a second branch with one outlet. */
const ORGS: [code: string, level: string, parent: string | null][] = [
  ['HO', 'HEAD_OFFICE', null],
  ['BR1', 'BRANCH', 'HO'],
  ['SB1', 'SUB_BRANCH', 'BR1'],
  ['OUT1', 'OUTLET', 'SB1'],
  ['OUT2', 'OUTLET', 'SB1'],
  ['BR2', 'BRANCH', 'HO'],
  ['SB2', 'SUB_BRANCH', 'BR2'],
  ['OUT3', 'OUTLET', 'SB2'],
];

export const PRODUCTS = {
  DEPOSIT: { code: 'P-DD', name: '活期储蓄', category: 'DEMAND_DEPOSIT', risk: 'R1', counts: true },
  FUND: { code: 'P-FUND', name: '稳健债券基金', category: 'FUND', risk: 'R3', counts: true },
  LOAN: { code: 'P-LOAN', name: '个人住房贷款', category: 'LOAN', risk: 'R2', counts: false },
} as const;
export type ProductKey = keyof typeof PRODUCTS;

export interface StaffRef {
  staffId: number;
  staffNo: string;
}

let sequence = 0;
const next = () => (sequence += 1);

export class Bank {
  constructor(
    readonly pool: pg.Pool,
    readonly orgIds: ReadonlyMap<string, number>,
  ) {}

  orgId(code: string): number {
    const id = this.orgIds.get(code);
    if (id === undefined) throw new Error(`no org ${code}`);
    return id;
  }

  /** A staff member who can log in (identity.routes.test-support.ts PASSWORD). */
  async staffMember(role: string, orgCode: string, staffNo = `S${next().toString().padStart(5, '0')}`): Promise<StaffRef> {
    return aStaffMemberWithPassword(this.pool, { role, orgCode, staffNo });
  }

  /** Closed business days from..to (inclusive). */
  async closeDays(from: string, to: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO business_day (day, balances_sha256, balance_rows, customers, total_aum_cents, import_run_id)
       SELECT d::date, 'test', 0, 0, 0, 0 FROM generate_series($1::date, $2::date, interval '1 day') AS d ON CONFLICT (day) DO NOTHING`,
      [from, to],
    );
  }

  /** The customer's AUM on every closed day from..to; the monthly sums follow (the close's job). */
  async dailyAum(customerId: bigint, from: string, to: string, yuan: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO customer_daily_aum (day, customer_id, aum_cents)
       SELECT d::date, $3, $4 FROM generate_series($1::date, $2::date, interval '1 day') AS d`,
      [from, to, customerId, cents(yuan)],
    );
    await this.pool.query('DELETE FROM customer_monthly_aum WHERE customer_id = $1', [customerId]);
    await this.pool.query(
      `INSERT INTO customer_monthly_aum (month, customer_id, aum_sum_cents)
       SELECT date_trunc('month', day)::date, customer_id, sum(aum_cents) FROM customer_daily_aum WHERE customer_id = $1 GROUP BY 1, 2`,
      [customerId],
    );
  }

  /** A tier policy version (MONTH_AVG, gold 10万, platinum 50万, diamond 100万, private 600万 by default). */
  async policy(code: string, version = 1, name = `测试标准 ${code}`): Promise<number> {
    const tiers = [
      ['GOLD', '10000000', 'OUTLET_HEAD'],
      ['PLATINUM', '50000000', 'SUB_BRANCH_HEAD'],
      ['DIAMOND', '100000000', 'BRANCH_ADMIN'],
      ['PRIVATE', '600000000', 'BRANCH_ADMIN'],
    ].map(([tier, threshold, approver]) => ({ tier, threshold_cents: threshold, special_admission_approver: approver }));
    const { rows } = await this.pool.query(
      `INSERT INTO tier_policy (code, version, name, metric, tiers, active, created_by)
       VALUES ($1, $2, $3, 'MONTH_AVG', $4::jsonb, false, 'test') RETURNING id`,
      [code, version, name, JSON.stringify(tiers)],
    );
    return rows[0].id as number;
  }

  /** A successful evaluation run of `month` ('YYYY-MM') under the policy version, with its result rows. */
  async evaluate(policyId: number, month: string, results: EvaluationResult[], previous: { month: string; policyVersion: number } | null = null): Promise<bigint> {
    const start = `${month}-01`;
    const { rows } = await this.pool.query(
      `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, finished_at, status, customers, facts)
       VALUES ($1, $2::date, 'test', now(), clock_timestamp(), 'SUCCEEDED', $3,
         jsonb_build_object('window', jsonb_build_object('month', $4::text, 'windowStart', $2::text,
           'windowEnd', ($2::date + interval '1 month' - interval '1 day')::date::text,
           'days', extract(day FROM $2::date + interval '1 month' - interval '1 day')::int, 'carriedForwardDays', '[]'::jsonb),
           'previous', $5::jsonb))
       RETURNING id`,
      [policyId, start, results.length, month, previous === null ? null : JSON.stringify(previous)],
    );
    const runId = rows[0].id as bigint;
    for (const result of results) {
      await this.pool.query(
        `INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, previous_service_tier,
           service_tier, substandard_months, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [policyId, start, result.customerId, runId, cents(result.metric), result.qualifiedTier, result.previousServiceTier ?? null,
          result.serviceTier ?? result.qualifiedTier, result.substandardMonths ?? 0, result.status ?? 'INITIAL'],
      );
    }
    return runId;
  }
}

export interface EvaluationResult {
  customerId: bigint;
  metric: string;
  qualifiedTier: string;
  serviceTier?: string;
  previousServiceTier?: string | null;
  substandardMonths?: number;
  status?: string;
}

export async function aBank(pool: pg.Pool): Promise<Bank> {
  const orgIds = new Map<string, number>();
  for (const [code, level, parent] of ORGS) {
    const { rows } = await pool.query(
      `INSERT INTO org (code, name, level, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [code, `机构${code}`, level, parent === null ? null : orgIds.get(parent)],
    );
    orgIds.set(code, rows[0].id);
  }
  for (const product of Object.values(PRODUCTS)) {
    await pool.query(
      `INSERT INTO product (product_code, name, category, risk_level, currency, series, counts_toward_aum) VALUES ($1, $2, $3, $4, 'CNY', $1, $5)`,
      [product.code, product.name, product.category, product.risk, product.counts],
    );
  }
  // The real close attaches a partition per day and month; one default partition each will do.
  await pool.query('CREATE TABLE customer_daily_aum_test PARTITION OF customer_daily_aum DEFAULT');
  await pool.query('CREATE INDEX ON customer_daily_aum_test (customer_id)');
  await pool.query('CREATE TABLE customer_monthly_aum_test PARTITION OF customer_monthly_aum DEFAULT');
  return new Bank(pool, orgIds);
}

export interface AccountSpec {
  product?: ProductKey;
  currency?: string;
  /** In the account's currency; CNY equal to it unless given. */
  balance?: string;
  cny?: string;
  asOf?: string;
  maturityOn?: string | null;
  status?: string;
}

export interface InsertedCustomer {
  id: bigint;
  customerNo: string;
  name: string;
  phone: string;
  idNumber: string;
  email: string;
  accountNumbers: string[];
}

export class CustomerBuilder {
  private readonly serial = next();
  private outlet = 'OUT1';
  private name = `客户${this.serial}`;
  private customerNo = `C${this.serial.toString().padStart(6, '0')}`;
  private phone = `139${(10_000_000 + this.serial * 7919).toString().slice(-8)}`;
  private idNumber = residentId(this.serial);
  private email = `vip${this.serial}@example.cn`;
  private maintainer: StaffRef | undefined;
  private advisor: StaffRef | undefined;
  private readonly accounts: AccountSpec[] = [];

  at(outlet: string): this { this.outlet = outlet; return this; }
  named(name: string): this { this.name = name; return this; }
  numbered(customerNo: string): this { this.customerNo = customerNo; return this; }
  withPhone(phone: string): this { this.phone = phone; return this; }
  withIdNumber(idNumber: string): this { this.idNumber = idNumber; return this; }
  withEmail(email: string): this { this.email = email; return this; }
  maintainedBy(staff: StaffRef): this { this.maintainer = staff; return this; }
  supportedBy(staff: StaffRef): this { this.advisor = staff; return this; }
  withAccount(spec: AccountSpec = {}): this { this.accounts.push(spec); return this; }

  async insert(bank: Bank): Promise<InsertedCustomer> {
    const { pool } = bank;
    const { rows } = await pool.query(
      `INSERT INTO customer (customer_no, name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on,
         phone_hash, id_no_hash)
       VALUES ($1, $2, 'RESIDENT_ID', $3, 'F', '1980-01-01', $4, $5, 'OTHER', $6, '2020-01-01', $7, $8) RETURNING id`,
      [this.customerNo, this.name, this.idNumber, this.phone, this.email, bank.orgId(this.outlet),
        phoneHash(testSearchKey, this.phone), idNumberHash(testSearchKey, this.idNumber)],
    );
    const id = rows[0].id as bigint;
    if (this.maintainer) {
      await pool.query(
        `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, source) VALUES ($1, $2, $3, 'TEST')`,
        [id, this.maintainer.staffId, this.advisor?.staffId ?? null],
      );
    }
    const accountNumbers: string[] = [];
    for (const [index, spec] of this.accounts.entries()) {
      const accountNo = `622202${this.serial.toString().padStart(6, '0')}${index.toString().padStart(2, '0')}77`;
      accountNumbers.push(accountNo);
      const product = PRODUCTS[spec.product ?? 'DEPOSIT'];
      const account = await pool.query(
        `INSERT INTO account (account_no, customer_id, product_id, currency, opened_on, maturity_on, status)
         SELECT $1, $2, id, $3, '2021-03-04', $4, $5 FROM product WHERE product_code = $6 RETURNING id`,
        [accountNo, id, spec.currency ?? 'CNY', spec.maturityOn ?? null, spec.status ?? 'ACTIVE', product.code],
      );
      if (spec.balance !== undefined) {
        await pool.query(
          `INSERT INTO account_balance (account_id, customer_id, as_of, balance_cents, cny_cents) VALUES ($1, $2, $3, $4, $5)`,
          [account.rows[0].id, id, spec.asOf ?? '2026-02-10', cents(spec.balance), cents(spec.cny ?? spec.balance)],
        );
      }
    }
    return { id, customerNo: this.customerNo, name: this.name, phone: this.phone, idNumber: this.idNumber, email: this.email, accountNumbers };
  }
}

export function aCustomer(): CustomerBuilder {
  return new CustomerBuilder();
}

/** A valid 18-character resident ID (GB 11643 check character) unique per serial. */
export function residentId(serial: number): string {
  const first17 = `44030519850${(100_000 + serial).toString().slice(-6)}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}
