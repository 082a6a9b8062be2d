import type pg from 'pg';
import { RESOLVED_BALANCE_CHECK } from './balance-resolution.store.ts';
import { ADVISOR_ROLE, MAINTAINER_ROLES, type FeedKind } from './feed-contract.ts';
import { quoteValue, VALUE_PLACEHOLDER, type ErrorCollector } from './feed-errors.ts';

/**
 * The set-wise checks (DOMAIN.md §3): duplicate keys within a file and references between files
 * and to what is already stored. Each query returns located problems; `file_no` identifies a
 * daily file, `file` a static one. "Effective" rows are this delivery's over the stored ones.
 * A reason quotes the offending value as `{value}` and returns it as `value`, so that Node masks
 * it when the field is sensitive (feed-errors.ts quoteValue).
 */
interface Check {
  sql: string;
}

const EFFECTIVE = `
  eff_org AS (
    SELECT code, level FROM stage_orgs
    UNION ALL SELECT code, level FROM org o WHERE NOT EXISTS (SELECT 1 FROM stage_orgs s WHERE s.code = o.code)),
  eff_product AS (
    SELECT product_code, category, counts_toward_aum FROM stage_products
    UNION ALL SELECT product_code, category, counts_toward_aum FROM product p
      WHERE NOT EXISTS (SELECT 1 FROM stage_products s WHERE s.product_code = p.product_code)),
  eff_staff AS (
    SELECT staff_no, role, status FROM stage_staff
    UNION ALL SELECT staff_no, role, status FROM staff s WHERE NOT EXISTS (SELECT 1 FROM stage_staff t WHERE t.staff_no = s.staff_no))`;

const duplicate = (file: string, table: string, key: string, partition = key): Check => ({
  sql: `SELECT '${file}' AS file, NULL::int AS file_no, line, '${key}' AS field,
          format('duplicate ${key} ${VALUE_PLACEHOLDER} (first on line %s)', first_line) AS reason, ${key} AS value
        FROM (SELECT line, ${key}, min(line) OVER (PARTITION BY ${partition}) AS first_line FROM ${table}) t
        WHERE line <> first_line`,
});

const levelRank = (column: string) => `CASE ${column} WHEN 'HEAD_OFFICE' THEN 0 WHEN 'BRANCH' THEN 1 WHEN 'SUB_BRANCH' THEN 2 ELSE 3 END`;

/** A maintainers.csv staff column: the staff member exists (delivered or stored), is ACTIVE and has the role. */
function staffCheck(column: string, roles: readonly string[], wrongRole: string): Check {
  const allowed = roles.map((role) => `'${role}'`).join(', ');
  return {
    sql: `WITH ${EFFECTIVE}
          SELECT 'maintainers.csv' AS file, NULL::int AS file_no, m.line, '${column}' AS field,
            CASE WHEN s.staff_no IS NULL THEN format('unknown staff "%s"', m.${column})
                 WHEN s.status <> 'ACTIVE' THEN format('staff "%s" has left (status %s): give the customer to an active staff member', m.${column}, s.status)
                 ELSE format('staff "%s" is a %s: ${wrongRole}', m.${column}, s.role) END AS reason
          FROM stage_maintainers m LEFT JOIN eff_staff s ON s.staff_no = m.${column}
          WHERE m.${column} IS NOT NULL AND (s.staff_no IS NULL OR s.status <> 'ACTIVE' OR s.role NOT IN (${allowed}))`,
  };
}

/**
 * A maintainers.csv staff column names someone of the customer's home outlet, or the sub-branch
 * head of the sub-branch directly above it: the rule allocation enforces (allocation.rules.ts
 * mayServe), because record scope (docs/security.md) shows an RM or advisor only the customers of
 * their own outlet, so a relation across outlets would be invisible to its own maintainer.
 * Staff, orgs and customers are taken as delivered, else as stored. Rows whose staff member or
 * customer is unknown, gone or of the wrong role are reported by the checks above, not again here.
 */
function outletCheck(column: string, roles: readonly string[]): Check {
  const allowed = roles.map((role) => `'${role}'`).join(', ');
  return {
    sql: `WITH ${EFFECTIVE},
            eff_org_parent AS (
              SELECT code, parent_code FROM stage_orgs
              UNION ALL SELECT o.code, p.code FROM org o LEFT JOIN org p ON p.id = o.parent_id
                WHERE NOT EXISTS (SELECT 1 FROM stage_orgs s WHERE s.code = o.code)),
            eff_staff_org AS (
              SELECT staff_no, org_code FROM stage_staff
              UNION ALL SELECT s.staff_no, o.code FROM staff s JOIN org o ON o.id = s.org_id
                WHERE NOT EXISTS (SELECT 1 FROM stage_staff t WHERE t.staff_no = s.staff_no)),
            eff_customer AS (
              SELECT customer_no, home_outlet_code FROM stage_customers
              UNION ALL SELECT c.customer_no, o.code FROM customer c JOIN org o ON o.id = c.home_outlet_id
                WHERE NOT EXISTS (SELECT 1 FROM stage_customers t WHERE t.customer_no = c.customer_no))
          SELECT 'maintainers.csv' AS file, NULL::int AS file_no, m.line, '${column}' AS field,
            format('staff "%s" (%s) is at %s, not at the customer''s home outlet %s%s', m.${column}, s.role, so.org_code, c.home_outlet_code,
              CASE WHEN s.role = 'SUB_BRANCH_HEAD' THEN format(' nor the sub-branch %s above it', coalesce(op.parent_code, '-')) ELSE '' END
            ) AS reason
          FROM stage_maintainers m
          JOIN eff_staff s ON s.staff_no = m.${column}
          JOIN eff_staff_org so ON so.staff_no = m.${column}
          JOIN eff_customer c ON c.customer_no = m.customer_no
          LEFT JOIN eff_org_parent op ON op.code = c.home_outlet_code
          WHERE s.status = 'ACTIVE' AND s.role IN (${allowed})
            AND so.org_code IS DISTINCT FROM c.home_outlet_code
            AND NOT (s.role = 'SUB_BRANCH_HEAD' AND op.parent_code IS NOT NULL AND so.org_code = op.parent_code)`,
  };
}

const CHECKS: Check[] = [
  duplicate('orgs.csv', 'stage_orgs', 'code'),
  duplicate('staff.csv', 'stage_staff', 'staff_no'),
  duplicate('products.csv', 'stage_products', 'product_code'),
  duplicate('customers.csv', 'stage_customers', 'customer_no'),
  duplicate('accounts.csv', 'stage_accounts', 'account_no'),
  duplicate('maintainers.csv', 'stage_maintainers', 'customer_no'),
  {
    sql: `SELECT NULL AS file, file_no, line, 'currency' AS field,
            format('duplicate currency "%s" (first on line %s)', currency, first_line) AS reason
          FROM (SELECT file_no, line, currency, min(line) OVER (PARTITION BY file_no, currency) AS first_line FROM stage_fx) t
          WHERE line <> first_line`,
  },
  {
    // Hash-aggregate first: duplicates are rare, and sorting millions of balance rows is not.
    sql: `SELECT NULL AS file, b.file_no, b.line, 'account_no' AS field,
            format('duplicate account_no ${VALUE_PLACEHOLDER} (first on line %s)', d.first_line) AS reason, b.account_no AS value
          FROM (SELECT file_no, account_no, min(line) AS first_line FROM stage_balances GROUP BY 1, 2 HAVING count(*) > 1) d
          JOIN stage_balances b ON b.file_no = d.file_no AND b.account_no = d.account_no AND b.line <> d.first_line`,
  },
  {
    sql: `WITH ${EFFECTIVE}
          SELECT 'orgs.csv' AS file, NULL::int AS file_no, s.line, 'parent_code' AS field,
            CASE WHEN p.code IS NULL THEN format('unknown parent org "%s"', s.parent_code)
                 ELSE format('parent "%s" is a %s, which cannot contain a %s', p.code, p.level, s.level) END AS reason
          FROM stage_orgs s LEFT JOIN eff_org p ON p.code = s.parent_code
          WHERE s.parent_code IS NOT NULL
            AND (p.code IS NULL OR ${levelRank('p.level')} >= ${levelRank('s.level')})`,
  },
  {
    sql: `WITH ${EFFECTIVE}
          SELECT 'staff.csv' AS file, NULL::int AS file_no, s.line, 'org_code' AS field, format('unknown org "%s"', s.org_code) AS reason
          FROM stage_staff s WHERE NOT EXISTS (SELECT 1 FROM eff_org o WHERE o.code = s.org_code)`,
  },
  {
    sql: `WITH ${EFFECTIVE}
          SELECT 'customers.csv' AS file, NULL::int AS file_no, s.line, 'home_outlet_code' AS field,
            CASE WHEN o.code IS NULL THEN format('unknown outlet "%s"', s.home_outlet_code)
                 ELSE format('"%s" is a %s, not an OUTLET', o.code, o.level) END AS reason
          FROM stage_customers s LEFT JOIN eff_org o ON o.code = s.home_outlet_code
          WHERE o.code IS NULL OR o.level <> 'OUTLET'`,
  },
  {
    sql: `SELECT 'accounts.csv' AS file, NULL::int AS file_no, s.line, 'customer_no' AS field, format('unknown customer "%s"', s.customer_no) AS reason
          FROM stage_accounts s
          WHERE NOT EXISTS (SELECT 1 FROM stage_customers c WHERE c.customer_no = s.customer_no)
            AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.customer_no = s.customer_no)`,
  },
  {
    sql: `WITH ${EFFECTIVE}
          SELECT 'accounts.csv' AS file, NULL::int AS file_no, s.line, 'product_code' AS field, format('unknown product "%s"', s.product_code) AS reason
          FROM stage_accounts s WHERE NOT EXISTS (SELECT 1 FROM eff_product p WHERE p.product_code = s.product_code)`,
  },
  {
    sql: `SELECT 'maintainers.csv' AS file, NULL::int AS file_no, s.line, 'customer_no' AS field, format('unknown customer "%s"', s.customer_no) AS reason
          FROM stage_maintainers s
          WHERE NOT EXISTS (SELECT 1 FROM stage_customers c WHERE c.customer_no = s.customer_no)
            AND NOT EXISTS (SELECT 1 FROM customer c WHERE c.customer_no = s.customer_no)`,
  },
  staffCheck('maintainer_staff_no', MAINTAINER_ROLES, `a maintainer must be one of ${MAINTAINER_ROLES.join(', ')}`),
  staffCheck('advisor_staff_no', [ADVISOR_ROLE], `an advisor must be a ${ADVISOR_ROLE}`),
  outletCheck('maintainer_staff_no', MAINTAINER_ROLES),
  outletCheck('advisor_staff_no', [ADVISOR_ROLE]),
  {
    sql: `SELECT NULL AS file, file_no, line, 'rate_to_cny' AS field, format('CNY is the base currency: its rate is 1, not %s', rate_to_cny) AS reason
          FROM stage_fx WHERE currency = 'CNY' AND rate_to_cny <> 1`,
  },
];

export async function runStagingChecks(
  client: pg.PoolClient,
  fileNames: Map<number, string>,
  errors: ErrorCollector,
  options: { resolvedBalances: boolean },
): Promise<void> {
  // Balances closed in Node were checked while they streamed (daily-aum.aggregator.ts).
  const checks = options.resolvedBalances ? [...CHECKS, { sql: RESOLVED_BALANCE_CHECK }] : CHECKS;
  for (const check of checks) {
    const result = await client.query(
      `SELECT *, count(*) OVER () AS total FROM (${check.sql}) problems ORDER BY file_no, file, line LIMIT ${errors.cap}`,
    );
    for (const row of result.rows) {
      const file: string = row.file ?? fileNames.get(row.file_no) ?? '?';
      const reason: string = row.value == null ? row.reason : row.reason.replace(VALUE_PLACEHOLDER, quoteValue(kindOf(file), row.field, row.value));
      errors.add({ file, line: row.line, field: row.field, reason });
    }
    // Past the cap only the count is kept.
    if (result.rows.length > 0) errors.count += Number(result.rows[0].total) - result.rows.length;
  }
}

/** 'balances/2026-01-01.csv' → balances, 'customers.csv' → customers. */
function kindOf(file: string): FeedKind {
  return (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.csv$/, '')) as FeedKind;
}
