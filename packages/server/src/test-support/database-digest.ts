import type pg from 'pg';

/**
 * A digest of everything the import derives, by natural keys (identity values are not
 * transactional, so a killed run may have used some): two databases with equal digests hold
 * the same data.
 */
const QUERIES = [
  `SELECT o.code, o.name, o.level, p.code AS parent FROM org o LEFT JOIN org p ON p.id = o.parent_id ORDER BY o.code`,
  `SELECT s.staff_no, s.name, s.role, o.code, s.phone, s.status FROM staff s JOIN org o ON o.id = s.org_id ORDER BY s.staff_no`,
  `SELECT product_code, name, category, risk_level, currency, series, counts_toward_aum FROM product ORDER BY product_code`,
  `SELECT c.customer_no, c.name, c.id_type, c.id_no, c.gender, c.birth_date, c.phone, c.email, c.occupation, o.code, c.opened_on,
       c.phone_hash, c.id_no_hash
     FROM customer c JOIN org o ON o.id = c.home_outlet_id ORDER BY c.customer_no`,
  `SELECT a.account_no, c.customer_no, p.product_code, a.currency, a.opened_on, a.maturity_on, a.status
     FROM account a JOIN customer c ON c.id = a.customer_id JOIN product p ON p.id = a.product_id ORDER BY a.account_no`,
  `SELECT c.customer_no, m.staff_no, a.staff_no AS advisor, r.source FROM customer_maintainer r JOIN customer c ON c.id = r.customer_id
     JOIN staff m ON m.id = r.maintainer_staff_id LEFT JOIN staff a ON a.id = r.advisor_staff_id ORDER BY 1`,
  `SELECT as_of, currency, rate_to_cny FROM fx_rate ORDER BY 1, 2`,
  `SELECT day, balances_sha256, balance_rows, customers, total_aum_cents FROM business_day ORDER BY day`,
  `SELECT d.day, c.customer_no, d.aum_cents FROM customer_daily_aum d JOIN customer c ON c.id = d.customer_id ORDER BY 1, 2`,
  `SELECT m.month, c.customer_no, m.aum_sum_cents FROM customer_monthly_aum m JOIN customer c ON c.id = m.customer_id ORDER BY 1, 2`,
  `SELECT a.account_no, c.customer_no, b.as_of, b.balance_cents, b.cny_cents
     FROM account_balance b JOIN account a ON a.id = b.account_id JOIN customer c ON c.id = b.customer_id ORDER BY 1`,
  `SELECT file_name, sha256, rows FROM imported_file ORDER BY 1`,
];

export async function databaseDigest(db: Pick<pg.Pool, 'query'>, extra: string[] = []): Promise<string> {
  const parts: string[] = [];
  for (const sql of [...QUERIES, ...extra]) {
    const result = await db.query(`SELECT md5(coalesce(string_agg(t::text, '|'), '')) AS digest, count(*) AS n FROM (${sql}) t`);
    parts.push(`${result.rows[0].n}:${result.rows[0].digest}`);
  }
  return parts.join(' ');
}
