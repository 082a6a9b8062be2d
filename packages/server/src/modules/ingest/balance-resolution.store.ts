import type pg from 'pg';

/**
 * Resolves the staged balances once — account (this delivery's over the stored one), product,
 * FX rate of the day — into TEMP table `resolved_balances`, read by the balance checks and, after
 * the apply, by the daily close: one join of millions of rows instead of two.
 * `customer_id` and `account_id` are those of a stored account not delivered again; an account
 * delivered in this run gets them when the close runs (after the apply), see aum-close.store.ts
 * and account-balance.store.ts.
 */
export async function resolveBalances(client: pg.PoolClient, days: string[]): Promise<void> {
  await client.query('DROP TABLE IF EXISTS resolved_balances');
  // Stored accounts are joined to their product on the build side of the hash (3 M int probes
  // into a few hundred products), so the balances meet one narrow hash table keyed by account_no.
  await client.query(
    `CREATE TEMP TABLE resolved_balances AS
    WITH stored AS (
      SELECT a.id, a.account_no, a.customer_id, a.currency, p.product_code, p.category, p.counts_toward_aum
      FROM account a JOIN product p ON p.id = a.product_id),
    eff_fx AS (
      SELECT as_of, currency, rate_to_cny FROM stage_fx
      UNION ALL SELECT f.as_of, f.currency, f.rate_to_cny FROM fx_rate f
        WHERE f.as_of = ANY($1::date[]) AND NOT EXISTS (SELECT 1 FROM stage_fx s WHERE s.as_of = f.as_of))
    SELECT b.file_no, b.line, b.as_of, b.account_no, b.balance_cents,
           (s.account_no IS NOT NULL OR a.account_no IS NOT NULL) AS known,
           CASE WHEN s.account_no IS NULL THEN a.customer_id END AS customer_id,
           CASE WHEN s.account_no IS NULL THEN a.id END AS account_id,
           coalesce(s.currency, a.currency) AS currency,
           coalesce(s.product_code, a.product_code) AS product_code,
           coalesce(sp.category, a.category, p.category) AS category,
           coalesce(sp.counts_toward_aum, a.counts_toward_aum, p.counts_toward_aum, false) AS counts_toward_aum,
           CASE WHEN coalesce(s.currency, a.currency) = 'CNY' THEN 1::numeric ELSE f.rate_to_cny END AS rate_to_cny
    FROM stage_balances b
    LEFT JOIN stage_accounts s ON s.account_no = b.account_no
    LEFT JOIN stored a ON a.account_no = b.account_no
    -- a product delivered in this run overrides the stored one; an account new in this run may
    -- also point at a stored product
    LEFT JOIN stage_products sp ON sp.product_code = coalesce(s.product_code, a.product_code)
    LEFT JOIN product p ON sp.product_code IS NULL AND p.product_code = s.product_code
    LEFT JOIN eff_fx f ON f.as_of = b.as_of AND f.currency = coalesce(s.currency, a.currency)`,
    [days],
  );
  await client.query('ANALYZE resolved_balances');
}

/** The balance checks over the resolved rows: unknown account, negative AUM balance, no FX rate. */
export const RESOLVED_BALANCE_CHECK = `
  SELECT NULL AS file, file_no, line,
    CASE WHEN NOT known THEN 'account_no' WHEN balance_cents < 0 AND counts_toward_aum THEN 'balance' ELSE 'account_no' END AS field,
    CASE WHEN NOT known THEN 'unknown account {value}'
         WHEN balance_cents < 0 AND counts_toward_aum
           THEN format('negative balance %s on %s, a %s that counts toward AUM', (balance_cents::numeric / 100)::numeric(20, 2), product_code, category)
         ELSE format('no FX rate for %s on %s (account currency)', currency, as_of) END AS reason,
    CASE WHEN NOT known THEN account_no END AS value
  FROM resolved_balances
  WHERE NOT known OR (balance_cents < 0 AND counts_toward_aum) OR (known AND rate_to_cny IS NULL)`;
