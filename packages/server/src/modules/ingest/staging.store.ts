import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { FeedKind } from './feed-contract.ts';

/**
 * Session-scoped TEMP staging tables, one per file kind, filled by COPY. They vanish with the
 * connection, so a killed import leaves nothing behind. Column order = ROW_CHECKS value order.
 */
const STAGING_COLUMNS: Record<FeedKind, string> = {
  orgs: 'line int, code text, name text, level text, parent_code text',
  staff: 'line int, staff_no text, name text, role text, org_code text, phone text, status text',
  products:
    'line int, product_code text, name text, category text, risk_level text, currency text, series text, counts_toward_aum boolean',
  customers:
    'line int, customer_no text, name text, id_type text, id_no text, gender text, birth_date date, phone text, email text, occupation text, home_outlet_code text, opened_on date',
  accounts:
    'line int, account_no text, customer_no text, product_code text, currency text, opened_on date, maturity_on date, status text',
  maintainers: 'line int, customer_no text, maintainer_staff_no text, advisor_staff_no text',
  fx: 'line int, file_no int, as_of date, currency text, rate_to_cny numeric(20,6)',
  balances: 'line int, file_no int, as_of date, account_no text, balance_cents bigint',
};

export const stagingTable = (kind: FeedKind): string => `stage_${kind}`;

export async function createStagingTables(client: pg.PoolClient): Promise<void> {
  for (const [kind, columns] of Object.entries(STAGING_COLUMNS)) {
    await client.query(`DROP TABLE IF EXISTS ${stagingTable(kind as FeedKind)}`);
    await client.query(`CREATE TEMP TABLE ${stagingTable(kind as FeedKind)} (${columns})`);
  }
}

export function copyInto(client: pg.PoolClient, kind: FeedKind) {
  return client.query(copyFrom(`COPY ${stagingTable(kind)} FROM STDIN`));
}

/** Indexes and statistics after the bulk load, before the set-wise checks join on them. */
export async function prepareStagingTables(client: pg.PoolClient): Promise<void> {
  await client.query('CREATE INDEX ON stage_accounts (account_no)');
  await client.query('CREATE INDEX ON stage_customers (customer_no)');
  for (const kind of Object.keys(STAGING_COLUMNS)) await client.query(`ANALYZE ${stagingTable(kind as FeedKind)}`);
}
