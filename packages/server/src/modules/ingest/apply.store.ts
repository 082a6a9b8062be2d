import type pg from 'pg';

/**
 * Applies the validated staging tables to the stored reference data: upsert by key, parents
 * first. A row is only rewritten when something in it changed (updated_at stays meaningful).
 * Runs inside the import's single transaction.
 */
export interface AppliedCounts {
  orgs: number;
  staff: number;
  products: number;
  customers: number;
  accounts: number;
  fxRates: number;
}

export async function applyReferenceData(client: pg.PoolClient): Promise<AppliedCounts> {
  const orgs = await client.query(
    `INSERT INTO org (code, name, level) SELECT code, name, level FROM stage_orgs
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, updated_at = now()
       WHERE (org.name, org.level) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level)`,
  );
  await client.query(
    `UPDATE org o SET parent_id = p.id, updated_at = now()
     FROM stage_orgs s LEFT JOIN org p ON p.code = s.parent_code
     WHERE o.code = s.code AND o.parent_id IS DISTINCT FROM p.id`,
  );
  const staff = await client.query(
    `INSERT INTO staff (staff_no, name, role, org_id, phone)
     SELECT s.staff_no, s.name, s.role, o.id, coalesce(s.phone, '') FROM stage_staff s JOIN org o ON o.code = s.org_code
     ON CONFLICT (staff_no) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, org_id = EXCLUDED.org_id,
       phone = EXCLUDED.phone, updated_at = now()
       WHERE (staff.name, staff.role, staff.org_id, staff.phone) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.role, EXCLUDED.org_id, EXCLUDED.phone)`,
  );
  const products = await client.query(
    `INSERT INTO product (product_code, name, category, risk_level, currency, series, counts_toward_aum)
     SELECT product_code, name, category, risk_level, currency, coalesce(series, ''), counts_toward_aum FROM stage_products
     ON CONFLICT (product_code) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category, risk_level = EXCLUDED.risk_level,
       currency = EXCLUDED.currency, series = EXCLUDED.series, counts_toward_aum = EXCLUDED.counts_toward_aum, updated_at = now()
       WHERE (product.name, product.category, product.risk_level, product.currency, product.series, product.counts_toward_aum)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.risk_level, EXCLUDED.currency, EXCLUDED.series, EXCLUDED.counts_toward_aum)`,
  );
  // The big tables: new rows by anti-join (no per-row conflict handling), then the changed ones.
  const customerColumns = `s.customer_no, s.name, s.id_type, upper(s.id_no), s.gender, s.birth_date, coalesce(s.phone, ''),
    coalesce(s.email, ''), s.occupation, o.id, s.opened_on`;
  const newCustomers = await client.query(
    `INSERT INTO customer (customer_no, name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on)
     SELECT ${customerColumns} FROM stage_customers s JOIN org o ON o.code = s.home_outlet_code
     WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.customer_no = s.customer_no)`,
  );
  const changedCustomers = await client.query(
    `UPDATE customer c SET (name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on, updated_at) =
       (n.name, n.id_type, n.id_no, n.gender, n.birth_date, n.phone, n.email, n.occupation, n.home_outlet_id, n.opened_on, now())
     FROM (SELECT ${customerColumns} FROM stage_customers s JOIN org o ON o.code = s.home_outlet_code)
       AS n (customer_no, name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on)
     WHERE c.customer_no = n.customer_no
       AND (c.name, c.id_type, c.id_no, c.gender, c.birth_date, c.phone, c.email, c.occupation, c.home_outlet_id, c.opened_on)
         IS DISTINCT FROM (n.name, n.id_type, n.id_no, n.gender, n.birth_date, n.phone, n.email, n.occupation, n.home_outlet_id, n.opened_on)`,
  );
  const accountSource = `SELECT s.account_no, c.id AS customer_id, p.id AS product_id, s.currency, s.opened_on, s.maturity_on, s.status
    FROM stage_accounts s JOIN customer c ON c.customer_no = s.customer_no JOIN product p ON p.product_code = s.product_code`;
  const newAccounts = await client.query(
    `INSERT INTO account (account_no, customer_id, product_id, currency, opened_on, maturity_on, status)
     SELECT * FROM (${accountSource}) n WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.account_no = n.account_no)`,
  );
  const changedAccounts = await client.query(
    `UPDATE account a SET (customer_id, product_id, currency, opened_on, maturity_on, status, updated_at) =
       (n.customer_id, n.product_id, n.currency, n.opened_on, n.maturity_on, n.status, now())
     FROM (${accountSource}) n
     WHERE a.account_no = n.account_no
       AND (a.customer_id, a.product_id, a.currency, a.opened_on, a.maturity_on, a.status)
         IS DISTINCT FROM (n.customer_id, n.product_id, n.currency, n.opened_on, n.maturity_on, n.status)`,
  );
  // An FX file is a full list for its day: it replaces that day's stored rates.
  await client.query('DELETE FROM fx_rate WHERE as_of IN (SELECT DISTINCT as_of FROM stage_fx)');
  const fxRates = await client.query('INSERT INTO fx_rate (as_of, currency, rate_to_cny) SELECT as_of, currency, rate_to_cny FROM stage_fx');
  return {
    orgs: orgs.rowCount ?? 0,
    staff: staff.rowCount ?? 0,
    products: products.rowCount ?? 0,
    customers: (newCustomers.rowCount ?? 0) + (changedCustomers.rowCount ?? 0),
    accounts: (newAccounts.rowCount ?? 0) + (changedAccounts.rowCount ?? 0),
    fxRates: fxRates.rowCount ?? 0,
  };
}
