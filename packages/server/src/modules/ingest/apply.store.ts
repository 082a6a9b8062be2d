import type pg from 'pg';
import { keyedHashSql, normalizedIdNumberSql, normalizedPhoneSql, type SearchKey } from '../../platform/access/search-key.ts';
import { revokeStaffSessions } from '../identity/identity.service.ts';

/**
 * Applies the validated staging tables to the stored reference data: upsert by key, parents
 * first. A row is only rewritten when something in it changed (updated_at stays meaningful).
 * Runs inside the import's single transaction: a staff member marked LEFT loses their sessions,
 * and a customer's search hashes change with their phone or ID number, in the same commit.
 */
export interface AppliedCounts {
  orgs: number;
  staff: number;
  products: number;
  customers: number;
  accounts: number;
  maintainers: number;
  /**
   * maintainers.csv rows not applied because the customer's current relation was made in the app
   * (docs/decisions/0006-maintainer-relations-and-admission-effect.md): the CRM is then the record.
   */
  maintainersKeptInApp: number;
  fxRates: number;
}

/**
 * The keyed search hashes of a customer row (platform/access/search-key.ts), computed in SQL from
 * the staged phone and ID number; $1 and $2 are the key's inner and outer pads. No hash for an
 * empty phone: a search never matches on nothing.
 */
function hashColumns(phone: string, idNo: string): string {
  const phoneKey = normalizedPhoneSql(`coalesce(${phone}, '')`);
  return `CASE WHEN ${phoneKey} = '' THEN NULL ELSE ${keyedHashSql(phoneKey, '$1', '$2')} END,
    ${keyedHashSql(normalizedIdNumberSql(idNo), '$1', '$2')}`;
}

export async function applyReferenceData(client: pg.PoolClient, searchKey: SearchKey): Promise<AppliedCounts> {
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
    `INSERT INTO staff (staff_no, name, role, org_id, phone, status)
     SELECT s.staff_no, s.name, s.role, o.id, coalesce(s.phone, ''), s.status FROM stage_staff s JOIN org o ON o.code = s.org_code
     ON CONFLICT (staff_no) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, org_id = EXCLUDED.org_id,
       phone = EXCLUDED.phone, status = EXCLUDED.status, updated_at = now()
       WHERE (staff.name, staff.role, staff.org_id, staff.phone, staff.status)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.role, EXCLUDED.org_id, EXCLUDED.phone, EXCLUDED.status)`,
  );
  // DOMAIN.md §11: one who leaves loses access at once. A move (role, org) keeps the session:
  // scope is read per request from the staff row.
  const left = await client.query(`SELECT s.id FROM staff s JOIN stage_staff t ON t.staff_no = s.staff_no WHERE t.status = 'LEFT'`);
  await revokeStaffSessions(client, left.rows.map((row) => row.id as number));
  const products = await client.query(
    `INSERT INTO product (product_code, name, category, risk_level, currency, series, counts_toward_aum)
     SELECT product_code, name, category, risk_level, currency, coalesce(series, ''), counts_toward_aum FROM stage_products
     ON CONFLICT (product_code) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category, risk_level = EXCLUDED.risk_level,
       currency = EXCLUDED.currency, series = EXCLUDED.series, counts_toward_aum = EXCLUDED.counts_toward_aum, updated_at = now()
       WHERE (product.name, product.category, product.risk_level, product.currency, product.series, product.counts_toward_aum)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.category, EXCLUDED.risk_level, EXCLUDED.currency, EXCLUDED.series, EXCLUDED.counts_toward_aum)`,
  );
  // The big tables: new rows by anti-join (no per-row conflict handling), then the changed ones.
  const customers = await applyCustomers(client, searchKey);
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
  const { applied: maintainers, keptInApp: maintainersKeptInApp } = await applyMaintainers(client);
  // An FX file is a full list for its day: it replaces that day's stored rates.
  await client.query('DELETE FROM fx_rate WHERE as_of IN (SELECT DISTINCT as_of FROM stage_fx)');
  const fxRates = await client.query('INSERT INTO fx_rate (as_of, currency, rate_to_cny) SELECT as_of, currency, rate_to_cny FROM stage_fx');
  return {
    orgs: orgs.rowCount ?? 0,
    staff: staff.rowCount ?? 0,
    products: products.rowCount ?? 0,
    customers,
    accounts: (newAccounts.rowCount ?? 0) + (changedAccounts.rowCount ?? 0),
    maintainers,
    maintainersKeptInApp,
    fxRates: fxRates.rowCount ?? 0,
  };
}

const CUSTOMER_COLUMNS = `s.customer_no, s.name, s.id_type, upper(s.id_no), s.gender, s.birth_date, coalesce(s.phone, ''),
  coalesce(s.email, ''), s.occupation, o.id, s.opened_on`;

/**
 * New customers by anti-join, then the changed ones, each with its search hashes. Statements run
 * only when there is something to write: every statement on `customer`, even one that changes no
 * row, tells the customer search its counts are stale (migration 0007).
 */
async function applyCustomers(client: pg.PoolClient, searchKey: SearchKey): Promise<number> {
  const pads = [searchKey.innerPad, searchKey.outerPad];
  let written = 0;
  if ((await client.query('SELECT EXISTS (SELECT 1 FROM stage_customers) AS delivered')).rows[0].delivered) {
    const rebuild = await withoutSecondaryIndexesWhenEmpty(client, 'customer');
    const inserted = await client.query(
      `INSERT INTO customer (customer_no, name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on,
         phone_hash, id_no_hash)
       SELECT ${CUSTOMER_COLUMNS}, ${hashColumns('s.phone', 's.id_no')} FROM stage_customers s JOIN org o ON o.code = s.home_outlet_code
       WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.customer_no = s.customer_no)`,
      pads,
    );
    await rebuild();
    const changed = await client.query(
      `UPDATE customer c SET (name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on, updated_at,
         phone_hash, id_no_hash) =
         (n.name, n.id_type, n.id_no, n.gender, n.birth_date, n.phone, n.email, n.occupation, n.home_outlet_id, n.opened_on, now(),
          ${hashColumns('n.phone', 'n.id_no')})
       FROM (SELECT ${CUSTOMER_COLUMNS} FROM stage_customers s JOIN org o ON o.code = s.home_outlet_code)
         AS n (customer_no, name, id_type, id_no, gender, birth_date, phone, email, occupation, home_outlet_id, opened_on)
       WHERE c.customer_no = n.customer_no
         AND (c.name, c.id_type, c.id_no, c.gender, c.birth_date, c.phone, c.email, c.occupation, c.home_outlet_id, c.opened_on)
           IS DISTINCT FROM (n.name, n.id_type, n.id_no, n.gender, n.birth_date, n.phone, n.email, n.occupation, n.home_outlet_id, n.opened_on)`,
      pads,
    );
    written = (inserted.rowCount ?? 0) + (changed.rowCount ?? 0);
  }
  // Customers stored before the hashes existed get theirs once (the hash index finds them).
  if ((await client.query('SELECT EXISTS (SELECT 1 FROM customer WHERE id_no_hash IS NULL) AS unhashed')).rows[0].unhashed) {
    await client.query(
      `UPDATE customer c SET (phone_hash, id_no_hash) = (SELECT ${hashColumns('c.phone', 'c.id_no')}) WHERE c.id_no_hash IS NULL`,
      pads,
    );
  }
  return written;
}

/**
 * A bank's first load fills an empty table with millions of rows: maintaining its secondary
 * indexes row by row (random keyed hashes above all) cost more than building them afterwards.
 * When `table` is empty, its indexes that back no constraint are dropped here (in the import's
 * transaction) and the returned function builds them again, exactly as they were defined.
 */
async function withoutSecondaryIndexesWhenEmpty(client: pg.PoolClient, table: string): Promise<() => Promise<void>> {
  if ((await client.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS filled`)).rows[0].filled) return async () => {};
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i WHERE i.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return async () => {
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const row of rows) await client.query(row.definition);
  };
}

/**
 * maintainers.csv (relations carried over from the bank's previous system): the relation of each
 * listed customer is replaced; `since` moves only when the maintainer does. Customers not listed
 * keep theirs, and a relation to a staff member who later LEFT stays until it is reallocated.
 * Once a customer's relation was made in the app (their latest history row has another reason
 * than FEED: an allocation, a proposal, a handover, an upgrade specialist, an unassignment), the
 * CRM is the record and the row is not applied, only counted
 * (docs/decisions/0006-maintainer-relations-and-admission-effect.md).
 */
async function applyMaintainers(client: pg.PoolClient): Promise<{ applied: number; keptInApp: number }> {
  // The history index (customer_id, id DESC) finds each listed customer's latest row directly.
  const kept = await client.query(
    `CREATE TEMP TABLE maintainer_kept_in_app ON COMMIT DROP AS
     SELECT c.id AS customer_id FROM stage_maintainers s JOIN customer c ON c.customer_no = s.customer_no
     WHERE (SELECT h.reason FROM customer_maintainer_history h WHERE h.customer_id = c.id ORDER BY h.id DESC LIMIT 1) <> 'FEED'`,
  );
  const source = `SELECT c.id AS customer_id, m.id AS maintainer_staff_id, a.id AS advisor_staff_id
    FROM stage_maintainers s JOIN customer c ON c.customer_no = s.customer_no
    JOIN staff m ON m.staff_no = s.maintainer_staff_no LEFT JOIN staff a ON a.staff_no = s.advisor_staff_no
    WHERE NOT EXISTS (SELECT 1 FROM maintainer_kept_in_app k WHERE k.customer_id = c.id)`;
  // Every change also goes to the relation's history (allocation, migration 0012), as the feed's.
  const inserted = await client.query(
    `WITH added AS (
       INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, source)
       SELECT n.*, 'FEED' FROM (${source}) n WHERE NOT EXISTS (SELECT 1 FROM customer_maintainer r WHERE r.customer_id = n.customer_id)
       RETURNING customer_id, maintainer_staff_id, advisor_staff_id)
     INSERT INTO customer_maintainer_history (customer_id, to_maintainer_staff_id, to_advisor_staff_id, reason, changed_by)
     SELECT customer_id, maintainer_staff_id, advisor_staff_id, 'FEED', 'feed' FROM added ORDER BY customer_id`,
  );
  const changed = await client.query(
    `WITH moved AS (
       UPDATE customer_maintainer r SET maintainer_staff_id = n.maintainer_staff_id, advisor_staff_id = n.advisor_staff_id, source = 'FEED',
         since = CASE WHEN r.maintainer_staff_id = n.maintainer_staff_id THEN r.since ELSE now() END,
         credit_staff_id = CASE WHEN r.maintainer_staff_id = n.maintainer_staff_id THEN r.credit_staff_id END
       FROM (SELECT n.*, o.maintainer_staff_id AS old_maintainer, o.advisor_staff_id AS old_advisor
               FROM (${source}) n JOIN customer_maintainer o ON o.customer_id = n.customer_id) n
       WHERE r.customer_id = n.customer_id
         AND (r.maintainer_staff_id, r.advisor_staff_id, r.source) IS DISTINCT FROM (n.maintainer_staff_id, n.advisor_staff_id, 'FEED')
       RETURNING r.customer_id, n.old_maintainer, n.old_advisor, r.maintainer_staff_id, r.advisor_staff_id, r.credit_staff_id),
     logged AS (
       INSERT INTO customer_maintainer_history (customer_id, from_maintainer_staff_id, to_maintainer_staff_id, from_advisor_staff_id,
         to_advisor_staff_id, credit_staff_id, reason, changed_by)
       SELECT customer_id, old_maintainer, maintainer_staff_id, old_advisor, advisor_staff_id, credit_staff_id, 'FEED', 'feed' FROM moved
        WHERE (old_maintainer, old_advisor) IS DISTINCT FROM (maintainer_staff_id, advisor_staff_id))
     SELECT count(*)::int AS n FROM moved`,
  );
  return { applied: (inserted.rowCount ?? 0) + (changed.rows[0]?.n ?? 0), keptInApp: kept.rowCount ?? 0 };
}
