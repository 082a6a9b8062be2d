import type pg from 'pg';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { daysInMonth, firstDay, lastDay, windowMonths, type GapHandling, type WindowMetric } from './aum.rules.ts';

/**
 * Window metrics (DOMAIN.md §3) for every customer, read from the monthly sums — never by
 * re-reading daily history — into TEMP table window_metric(customer_id, metric_cents).
 * Averages are over calendar days, half-up to the cent (round() on non-negative numeric).
 */
export interface WindowInfo {
  month: string;
  windowStart: string;
  windowEnd: string;
  days: number;
  carriedForwardDays: string[];
}

export async function missingDays(client: Pick<pg.PoolClient, 'query'>, from: string, to: string): Promise<string[]> {
  const result = await client.query(
    `SELECT d::date::text AS day FROM generate_series($1::date, $2::date, interval '1 day') AS d
     WHERE NOT EXISTS (SELECT 1 FROM business_day b WHERE b.day = d::date) ORDER BY 1`,
    [from, to],
  );
  return result.rows.map((row) => row.day as string);
}

function listDays(days: string[]): string {
  return days.length <= 5 ? days.join(', ') : `${days.slice(0, 5).join(', ')} and ${days.length - 5} more`;
}

export async function materializeWindowMetric(
  client: pg.PoolClient,
  input: { metric: WindowMetric; month: string; gapHandling: GapHandling },
): Promise<WindowInfo> {
  const months = windowMonths(input.metric, input.month);
  const windowStart = firstDay(months[0]!);
  const windowEnd = lastDay(input.month);
  const info: WindowInfo = {
    month: input.month,
    windowStart,
    windowEnd,
    days: months.reduce((total, month) => total + daysInMonth(month), 0),
    carriedForwardDays: [],
  };
  if ((await missingDays(client, windowEnd, windowEnd)).length > 0) {
    throw new DomainError('MONTH_NOT_CLOSED', `month ${input.month} is not closed: no balances for ${windowEnd}`, { month: input.month });
  }
  const gaps = await missingDays(client, input.metric === 'POINT' ? windowEnd : windowStart, windowEnd);
  await client.query('DROP TABLE IF EXISTS window_monthly');
  await client.query('CREATE TEMP TABLE window_monthly (month date NOT NULL, customer_id bigint NOT NULL, aum_sum_cents bigint NOT NULL) ON COMMIT DROP');
  if (gaps.length > 0) {
    if (input.gapHandling === 'REFUSE') {
      throw new DomainError(
        'DATA_GAP',
        `cannot evaluate ${input.metric} for ${input.month}: window ${windowStart}..${windowEnd} has ${gaps.length} day(s) without balances (${listDays(gaps)}); deliver them, or use a policy that carries the previous day forward`,
        { gaps },
      );
    }
    // Carry forward: each missing day counts the AUM of the last closed day before it.
    const sources = await client.query(
      `SELECT g.day::text AS gap, (SELECT max(b.day) FROM business_day b WHERE b.day < g.day)::text AS source
       FROM unnest($1::date[]) AS g(day)`,
      [gaps],
    );
    const orphan = sources.rows.find((row) => row.source === null);
    if (orphan) {
      throw new DomainError('DATA_GAP', `cannot carry ${orphan.gap} forward: no earlier day was closed`, { gaps });
    }
    await client.query(
      `INSERT INTO window_monthly
       SELECT date_trunc('month', g.gap)::date, d.customer_id, sum(d.aum_cents)::bigint
       FROM unnest($1::date[], $2::date[]) AS g(gap, source)
       JOIN customer_daily_aum d ON d.day = g.source
       GROUP BY 1, 2`,
      [sources.rows.map((row) => row.gap), sources.rows.map((row) => row.source)],
    );
    info.carriedForwardDays = gaps;
  }
  await client.query(
    `INSERT INTO window_monthly SELECT month, customer_id, aum_sum_cents FROM customer_monthly_aum WHERE month = ANY($1::date[])`,
    [months.map(firstDay)],
  );

  await client.query('DROP TABLE IF EXISTS window_metric');
  await client.query('CREATE TEMP TABLE window_metric (customer_id bigint PRIMARY KEY, metric_cents bigint NOT NULL) ON COMMIT DROP');
  if (input.metric === 'POINT') {
    await client.query(
      `INSERT INTO window_metric SELECT c.id, coalesce(d.aum_cents, 0) FROM customer c
       LEFT JOIN (SELECT customer_id, sum(aum_cents)::bigint AS aum_cents FROM customer_daily_aum WHERE day = $1 GROUP BY 1) d
         ON d.customer_id = c.id`,
      [windowEnd],
    );
  } else if (input.metric === 'MIN_OF_3_MONTH_AVGS') {
    await client.query(
      `INSERT INTO window_metric
       SELECT c.id, min(coalesce(round(m.total::numeric / w.days), 0))::bigint
       FROM customer c
       CROSS JOIN unnest($1::date[], $2::int[]) AS w(month, days)
       LEFT JOIN (SELECT month, customer_id, sum(aum_sum_cents) AS total FROM window_monthly GROUP BY 1, 2) m
         ON m.customer_id = c.id AND m.month = w.month
       GROUP BY c.id`,
      [months.map(firstDay), months.map(daysInMonth)],
    );
  } else {
    await client.query(
      `INSERT INTO window_metric
       SELECT c.id, coalesce(round(s.total::numeric / $1), 0)::bigint
       FROM customer c
       LEFT JOIN (SELECT customer_id, sum(aum_sum_cents) AS total FROM window_monthly GROUP BY 1) s ON s.customer_id = c.id`,
      [info.days],
    );
  }
  return info;
}
