import path from 'node:path';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadAccountBook, type AccountBook } from './account-book.store.ts';
import { DailyAumAggregator } from './daily-aum.aggregator.ts';
import type { FeedFile } from './feed-contract.ts';
import type { ErrorCollector } from './feed-errors.ts';
import { readFeedFile } from './feed-reader.ts';
import { LatestBalancesWriter } from './latest-balances.writer.ts';

/**
 * The daily close's fast way (decision 0005): each balances file streams once through Node,
 * is checked against the stored accounts (read once per run) and summed per customer; only the
 * per-customer rows reach PostgreSQL, by COPY into TEMP table day_aum, which the close then
 * turns into partitions exactly as on the SQL way. The file of `latestBalancesDay` (the
 * delivery's last day, when it replaces the latest balances) also feeds a LatestBalancesWriter.
 */
export async function prepareNodeClose(pool: pg.Pool, client: pg.PoolClient, latestBalancesDay: string | undefined) {
  let book: AccountBook | undefined;
  let rates: Map<string, Map<string, bigint>> | undefined;
  const rowsByDay = new Map<string, number>();
  await client.query('DROP TABLE IF EXISTS day_aum');
  await client.query('CREATE TEMP TABLE day_aum (day date NOT NULL, customer_id bigint NOT NULL, aum_cents bigint NOT NULL)');
  const state: { rowsByDay: Map<string, number>; latestBalances?: LatestBalancesWriter } = { rowsByDay };

  return Object.assign(state, {
    async readBalances(file: FeedFile, days: string[], errors: ErrorCollector, onBytes: (bytes: number) => void): Promise<number> {
      book ??= await loadAccountBook(client);
      // FX files sort before balances files, so this run's rates are staged by now.
      rates ??= await loadRates(client, days);
      const day = file.day ?? path.basename(file.name, '.csv');
      const balances = day === latestBalancesDay ? await LatestBalancesWriter.start(pool, day) : undefined;
      state.latestBalances = balances ?? state.latestBalances;
      const aggregator = new DailyAumAggregator(book, day, file.name, rates.get(day) ?? new Map(), errors, balances);
      const read = await readFeedFile(file, null, errors, {
        onBytes,
        onRow: (values, line) => aggregator.add(values, line),
        afterBatch: async () => balances?.flush(),
      });
      await balances?.finish();
      const sink = client.query(copyFrom('COPY day_aum FROM STDIN'));
      const finished = new Promise<void>((resolve, reject) => {
        sink.on('finish', resolve);
        sink.on('error', reject);
      });
      await aggregator.writeTo(sink);
      sink.end();
      await finished;
      rowsByDay.set(day, read.rows);
      return read.rows;
    },
  });
}

/** The rates of the run's days: this delivery's FX files over the stored rates, in millionths. */
async function loadRates(client: pg.PoolClient, days: string[]): Promise<Map<string, Map<string, bigint>>> {
  const result = await client.query(
    `SELECT as_of::text AS day, currency, (rate_to_cny * 1000000)::bigint AS micros FROM stage_fx WHERE as_of = ANY($1::date[])
     UNION ALL
     SELECT f.as_of::text, f.currency, (f.rate_to_cny * 1000000)::bigint FROM fx_rate f
     WHERE f.as_of = ANY($1::date[]) AND NOT EXISTS (SELECT 1 FROM stage_fx s WHERE s.as_of = f.as_of)`,
    [days],
  );
  const rates = new Map<string, Map<string, bigint>>();
  for (const row of result.rows) {
    if (!rates.has(row.day)) rates.set(row.day, new Map());
    rates.get(row.day)!.set(row.currency.trim(), row.micros as bigint);
  }
  return rates;
}
