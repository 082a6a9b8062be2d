import type pg from 'pg';

/**
 * The latest balances per account (table account_balance, migration 0005) for the customer 360's
 * "holdings with balances": the balances of the latest closed business day, in the account's
 * currency and in CNY cents converted as the close converts AUM (balance × that day's rate,
 * rounded half away from zero per holding-day, DOMAIN.md §3) — for every product, loans and
 * credit cards included. An account absent from that day's snapshot has no row: its balance is 0.
 *
 * Every row has the same `as_of`: the table is replaced whole when a day at or after it closes
 * (only the last day of a delivery matters) and left alone when an older day is re-closed.
 * Replacing means building `account_balance_next` — bare, filled in bulk, then its primary key — and
 * swapping it in (drop, rename) inside the import's transaction: millions of rows a day, where
 * row-by-row upserts or index maintenance would cost more than the rest of the close. The Node
 * way of the close builds and indexes it on a second connection while the first one works on the
 * AUM partitions (ingest/latest-balances.writer.ts). Nothing may depend on the table (no view,
 * no foreign key): it is a new table after every close. Readers waiting on the swap's lock see
 * the new table when it commits.
 */
type Queryable = Pick<pg.PoolClient, 'query'>;

export const NEXT_BALANCES_TABLE = 'account_balance_next';
/** Column order of the bulk load (binary COPY rows of ingest/latest-balances.writer.ts). */
export const NEXT_BALANCES_COLUMNS = 'account_id, customer_id, as_of, balance_cents, cny_cents';

/** The day the stored latest balances are of; undefined before the first close. */
export async function latestBalancesDay(db: Queryable): Promise<string | undefined> {
  const result = await db.query('SELECT as_of::text AS day FROM account_balance LIMIT 1');
  return result.rows[0]?.day as string | undefined;
}

/** Whether closing a delivery whose last day is `lastDay` replaces the latest balances. */
export function replacesLatestBalances(lastDay: string | undefined, stored: string | undefined): boolean {
  return lastDay !== undefined && (stored === undefined || lastDay >= stored);
}

/** A next table left by an import killed between its two commits is never swapped in: drop it. */
export async function dropNextBalances(db: Queryable): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${NEXT_BALANCES_TABLE}`);
}

/** The bare next table, columns as account_balance's, no index yet. */
export async function createNextBalances(db: Queryable): Promise<void> {
  await dropNextBalances(db);
  await db.query(`CREATE TABLE ${NEXT_BALANCES_TABLE} (LIKE account_balance INCLUDING DEFAULTS)`);
}

/**
 * The table's one index, its primary key, built once over the filled table (named for the swap).
 * Readers come by account (the customer 360 joins account → account_balance): migration 0008
 * dropped the index on customer_id that every close would otherwise build again.
 */
export async function indexNextBalances(db: Queryable): Promise<void> {
  await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  await db.query(`ALTER TABLE ${NEXT_BALANCES_TABLE} ADD CONSTRAINT ${NEXT_BALANCES_TABLE}_pkey PRIMARY KEY (account_id)`);
}

/** Inside the import's transaction: the next table becomes account_balance. */
export async function swapInNextBalances(db: Queryable): Promise<void> {
  await db.query('DROP TABLE account_balance');
  await db.query(`ALTER TABLE ${NEXT_BALANCES_TABLE} RENAME TO account_balance`);
  await db.query(`ALTER INDEX ${NEXT_BALANCES_TABLE}_pkey RENAME TO account_balance_pkey`);
}

/** Conversion of the close (aum-close.store.ts): PostgreSQL's round() is half away from zero. */
const CNY_CENTS = `CASE WHEN r.rate_to_cny = 1 THEN r.balance_cents ELSE round(r.balance_cents * r.rate_to_cny)::bigint END`;

/**
 * The SQL way (first loads, deliveries with accounts), inside the import's transaction: `day`'s
 * rows of TEMP table resolved_balances. An account delivered in this run (new, or maybe moved to
 * another customer) gets its id and customer from the applied account table.
 */
export async function replaceLatestBalancesFromResolved(client: Queryable, day: string): Promise<void> {
  await createNextBalances(client);
  await client.query(
    `INSERT INTO ${NEXT_BALANCES_TABLE} (${NEXT_BALANCES_COLUMNS})
     SELECT r.account_id, r.customer_id, r.as_of, r.balance_cents, ${CNY_CENTS} FROM resolved_balances r
     WHERE r.as_of = $1 AND r.customer_id IS NOT NULL
     UNION ALL
     SELECT a.id, a.customer_id, r.as_of, r.balance_cents, ${CNY_CENTS} FROM resolved_balances r JOIN account a ON a.account_no = r.account_no
     WHERE r.as_of = $1 AND r.customer_id IS NULL`,
    [day],
  );
  await indexNextBalances(client);
  await swapInNextBalances(client);
}
