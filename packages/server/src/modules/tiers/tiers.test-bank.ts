/**
 * A data builder for tier tests: customers, their monthly AUM sums and the closed days, written
 * straight into the spine tables (migration 0001) so that the real window SQL of aum.service.ts
 * and the real evaluation SQL run over them. Building again updates what it names, so a test can
 * correct a month and re-evaluate.
 *
 *   await aBank().withCustomer('C1').withMonthAverage('C1', '2026-09', '500000.00').build(pool);
 */
import type pg from 'pg';
import { parseDecimal } from '../../platform/money.ts';

interface MonthlyRow {
  customerNo: string;
  month: string;
  /** Average daily AUM over the month, cents; stored as average × days of the month. */
  averageCents: bigint;
}

function cents(yuan: string): bigint {
  const parsed = parseDecimal(yuan, 2);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.units;
}

export class BankBuilder {
  private readonly customers = new Set<string>();
  private readonly monthly: MonthlyRow[] = [];
  private readonly closedMonths = new Set<string>();

  withCustomer(...customerNos: string[]): this {
    for (const customerNo of customerNos) this.customers.add(customerNo);
    return this;
  }

  /** The customer's average daily AUM over the month (the MONTH_AVG metric); the month is closed. */
  withMonthAverage(customerNo: string, month: string, yuan: string): this {
    this.customers.add(customerNo);
    this.monthly.push({ customerNo, month, averageCents: cents(yuan) });
    this.closedMonths.add(month);
    return this;
  }

  /** The same average for several months in a row: { '2026-07': '500000.00', … }. */
  withMonthAverages(customerNo: string, averages: Record<string, string>): this {
    for (const [month, yuan] of Object.entries(averages)) this.withMonthAverage(customerNo, month, yuan);
    return this;
  }

  /** Every day of each month has a balances file (business_day), even with no AUM in it. */
  withClosedMonths(...months: string[]): this {
    for (const month of months) this.closedMonths.add(month);
    return this;
  }

  /** Writes the bank; returns customer ids by number. */
  async build(pool: pg.Pool): Promise<Map<string, bigint>> {
    // The AUM tables are partitioned; the real close attaches a partition per day and month.
    await pool.query('CREATE TABLE IF NOT EXISTS customer_monthly_aum_test PARTITION OF customer_monthly_aum DEFAULT');
    await pool.query('CREATE TABLE IF NOT EXISTS customer_daily_aum_test PARTITION OF customer_daily_aum DEFAULT');
    const outlet = await pool.query(
      `INSERT INTO org (code, name, level) VALUES ('TEST-OUTLET', 'Test outlet', 'OUTLET')
       ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id`,
    );
    const ids = await pool.query(
      `INSERT INTO customer (customer_no, name, id_type, id_no, gender, phone, email, occupation, home_outlet_id, opened_on)
       SELECT no, 'Customer ' || no, 'OTHER', 'ID-' || no, 'F', '', '', 'OTHER', $2, DATE '2020-01-01' FROM unnest($1::text[]) AS no
       ON CONFLICT (customer_no) DO UPDATE SET updated_at = now()
       RETURNING customer_no, id`,
      [[...this.customers], outlet.rows[0].id],
    );
    const idOf = new Map<string, bigint>(ids.rows.map((row) => [row.customer_no, row.id]));
    for (const row of this.monthly) {
      await pool.query('DELETE FROM customer_monthly_aum WHERE month = $1 AND customer_id = $2', [`${row.month}-01`, idOf.get(row.customerNo)]);
      await pool.query(
        `INSERT INTO customer_monthly_aum (month, customer_id, aum_sum_cents)
         SELECT m, $2, $3::bigint * extract(day FROM m + interval '1 month' - interval '1 day')::bigint FROM (SELECT $1::date AS m) AS month`,
        [`${row.month}-01`, idOf.get(row.customerNo), row.averageCents],
      );
    }
    for (const month of this.closedMonths) {
      await pool.query(
        `INSERT INTO business_day (day, balances_sha256, balance_rows, customers, total_aum_cents, import_run_id)
         SELECT d::date, 'test', 0, 0, 0, 0
         FROM generate_series($1::date, $1::date + interval '1 month' - interval '1 day', interval '1 day') AS d
         ON CONFLICT (day) DO NOTHING`,
        [`${month}-01`],
      );
    }
    return idOf;
  }
}

export function aBank(): BankBuilder {
  return new BankBuilder();
}

/** A JSON policy file for importPolicy, MONTH_AVG by default: gold 100000.00, platinum 500000.00, diamond 1000000.00. */
export function aPolicyFile(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    code: 'test-month',
    name: 'Test month average',
    metric: 'MONTH_AVG',
    tiers: [
      { tier: 'GOLD', threshold: '100000.00' },
      { tier: 'PLATINUM', threshold: '500000.00' },
      { tier: 'DIAMOND', threshold: '1000000.00' },
    ],
    ...overrides,
  });
}

export interface EvaluationRow {
  version: number;
  metricCents: bigint;
  qualifiedTier: string;
  previousServiceTier: string | null;
  serviceTier: string;
  substandardMonths: number;
  status: string;
  /** As the view tier_evaluation_explained assembles it. */
  explanation: Record<string, unknown>;
}

/** The stored results of a month under a policy code (latest version evaluated), by customer number. */
export async function readEvaluations(pool: pg.Pool, policyCode: string, month: string): Promise<Map<string, EvaluationRow>> {
  const result = await pool.query(
    `SELECT customer_no, policy_version AS version, metric_cents, qualified_tier, previous_service_tier, service_tier,
            substandard_months, status, explanation
     FROM tier_evaluation_explained
     WHERE policy_code = $1 AND month = $2
       AND policy_version = (SELECT max(policy_version) FROM tier_evaluation_explained WHERE policy_code = $1 AND month = $2)
     ORDER BY customer_no`,
    [policyCode, `${month}-01`],
  );
  return new Map(
    result.rows.map((row) => [
      row.customer_no,
      {
        version: row.version,
        metricCents: row.metric_cents,
        qualifiedTier: row.qualified_tier,
        previousServiceTier: row.previous_service_tier,
        serviceTier: row.service_tier,
        substandardMonths: row.substandard_months,
        status: row.status,
        explanation: row.explanation,
      },
    ]),
  );
}
