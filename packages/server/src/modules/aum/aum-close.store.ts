import type pg from 'pg';
import { replaceLatestBalancesFromResolved, swapInNextBalances } from './account-balance.store.ts';
import {
  createDayTable,
  createMonthTable,
  dailyPartition,
  monthlyPartition,
  swapDayPartition,
  swapMonthPartition,
  tableExists,
} from './aum-partitions.store.ts';

/**
 * The daily close (DOMAIN.md §3), set-based: from the resolved balances of one or more days
 * (TEMP table resolved_balances: as_of, account_no, balance_cents, customer_id, rate_to_cny,
 * counts_toward_aum — prepared and checked by the import), compute every
 * customer's daily AUM in cents — balance × that day's rate rounded half-up per holding-day,
 * only AUM-counting products — replace those days' partitions, and rebuild each touched month's
 * sums as old + (new days − replaced days); then, when the caller says so, the latest balances
 * per account (account-balance.store.ts). Runs inside the caller's transaction.
 */
export interface ClosedDay {
  day: string;
  balanceRows: number;
  customers: number;
  totalAumCents: bigint;
  corrected: boolean;
}

export async function closeDays(
  client: pg.PoolClient,
  input: {
    days: string[];
    importRunId: bigint;
    sha256ByDay: Map<string, string>;
    /** TEMP table day_aum (day, customer_id, aum_cents) already filled by the caller, with its row counts. */
    prepared?: { balanceRowsByDay: Map<string, number> };
    /**
     * The day whose balances replace account_balance (the delivery's last, when not older than the
     * stored one). `built` waits for a next table the caller filled; without it, the day's rows are
     * taken from resolved_balances.
     */
    latestBalances?: { day: string; built?: () => Promise<void> };
  },
  onStep: (step: string) => void = () => {},
): Promise<ClosedDay[]> {
  const days = [...input.days].sort();
  if (days.length === 0) return [];
  onStep('aggregating daily AUM');
  if (!input.prepared) await aggregateResolvedBalances(client, days);
  if (days.length > 1) await client.query('CREATE INDEX ON day_aum (day)');

  const closed = new Set((await client.query('SELECT day FROM business_day WHERE day = ANY($1::date[])', [days])).rows.map((r) => r.day as string));
  const months = [...new Set(days.map((day) => day.slice(0, 7)))];
  for (const month of months) {
    onStep(`rebuilding monthly sums of ${month}`);
    const monthDays = days.filter((day) => day.startsWith(month));
    const replaced = monthDays.filter((day) => closed.has(day));
    const staged = `${monthlyPartition(month)}_next`;
    await client.query(`DROP TABLE IF EXISTS ${staged}`);
    await createMonthTable(client, month, staged);
    const old = (await tableExists(client, monthlyPartition(month)))
      ? `SELECT customer_id, aum_sum_cents FROM ${monthlyPartition(month)}`
      : 'SELECT NULL::bigint AS customer_id, NULL::bigint AS aum_sum_cents WHERE false';
    await client.query(
      `INSERT INTO ${staged} (month, customer_id, aum_sum_cents)
       SELECT DATE '${month}-01', customer_id, coalesce(o.aum_sum_cents, 0) + coalesce(d.delta, 0)
       FROM (${old}) o
       FULL JOIN (
         SELECT customer_id, sum(aum_cents)::bigint AS delta FROM (
           SELECT customer_id, aum_cents FROM day_aum WHERE day = ANY($1::date[])
           UNION ALL
           SELECT customer_id, -aum_cents FROM customer_daily_aum WHERE day = ANY($2::date[])
         ) changes GROUP BY customer_id
       ) d USING (customer_id)`,
      [monthDays, replaced],
    );
    for (const day of monthDays) {
      const dayTable = `${dailyPartition(day)}_next`;
      await client.query(`DROP TABLE IF EXISTS ${dayTable}`);
      await createDayTable(client, day, dayTable);
      await client.query(`INSERT INTO ${dayTable} SELECT day, customer_id, aum_cents FROM day_aum WHERE day = $1`, [day]);
      await swapDayPartition(client, day, dayTable);
    }
    await swapMonthPartition(client, month, staged);
  }

  const latest = input.latestBalances;
  if (latest) {
    onStep(`latest balances of ${latest.day}`);
    if (latest.built) {
      await latest.built();
      await swapInNextBalances(client);
    } else {
      await replaceLatestBalancesFromResolved(client, latest.day);
    }
  }

  onStep('recording closed days');
  const rowsByDay =
    input.prepared?.balanceRowsByDay ??
    new Map((await client.query('SELECT as_of::text AS day, count(*)::int AS n FROM resolved_balances GROUP BY 1')).rows.map((r) => [r.day as string, r.n as number]));
  const totals = await client.query(
    `SELECT d.day::text AS day, coalesce(a.customers, 0)::int AS customers, coalesce(a.total, 0)::bigint AS total, coalesce(r.rows, 0)::int AS rows
     FROM unnest($1::date[]) AS d(day)
     LEFT JOIN (SELECT day, count(*) AS customers, sum(aum_cents) AS total FROM day_aum GROUP BY day) a ON a.day = d.day
     LEFT JOIN (SELECT unnest($2::date[]) AS as_of, unnest($3::int[]) AS rows) r ON r.as_of = d.day
     ORDER BY d.day`,
    [days, [...rowsByDay.keys()], [...rowsByDay.values()]],
  );
  const result: ClosedDay[] = totals.rows.map((row) => ({
    day: row.day,
    balanceRows: row.rows,
    customers: row.customers,
    totalAumCents: row.total,
    corrected: closed.has(row.day),
  }));
  await client.query(
    `INSERT INTO business_day (day, balances_sha256, balance_rows, customers, total_aum_cents, import_run_id, closed_at)
     SELECT * , now() FROM unnest($1::date[], $2::text[], $3::int[], $4::int[], $5::bigint[], $6::bigint[])
     ON CONFLICT (day) DO UPDATE SET balances_sha256 = EXCLUDED.balances_sha256, balance_rows = EXCLUDED.balance_rows,
       customers = EXCLUDED.customers, total_aum_cents = EXCLUDED.total_aum_cents,
       import_run_id = EXCLUDED.import_run_id, closed_at = now()`,
    [
      result.map((r) => r.day),
      result.map((r) => input.sha256ByDay.get(r.day) ?? ''),
      result.map((r) => r.balanceRows),
      result.map((r) => r.customers),
      result.map((r) => r.totalAumCents.toString()),
      result.map(() => input.importRunId.toString()),
    ],
  );
  await client.query('DROP TABLE day_aum');
  return result;
}

/** Daily AUM from TEMP table resolved_balances (the SQL path of the import) into TEMP table day_aum. */
async function aggregateResolvedBalances(client: pg.PoolClient, days: string[]): Promise<void> {
  // PostgreSQL's round() on numeric is half away from zero: half-up for the non-negative AUM balances.
  const cents = `CASE WHEN r.rate_to_cny = 1 THEN r.balance_cents ELSE round(r.balance_cents * r.rate_to_cny)::bigint END`;
  await client.query(`CREATE TEMP TABLE day_aum ON COMMIT DROP AS
    SELECT day, customer_id, sum(cents)::bigint AS aum_cents FROM (
      SELECT r.as_of AS day, r.customer_id, ${cents} AS cents
      FROM resolved_balances r
      WHERE r.counts_toward_aum AND r.customer_id IS NOT NULL AND r.as_of = ANY($1::date[])
      UNION ALL
      -- accounts first delivered (or moved) in this run: their customer is known after the apply
      SELECT r.as_of, a.customer_id, ${cents}
      FROM resolved_balances r JOIN account a ON a.account_no = r.account_no
      WHERE r.counts_toward_aum AND r.customer_id IS NULL AND r.as_of = ANY($1::date[])
    ) holdings
    GROUP BY day, customer_id`, [days]);
}
