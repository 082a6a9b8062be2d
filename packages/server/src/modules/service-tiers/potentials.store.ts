/**
 * The potential customer lists (DOMAIN.md §4) as one set-based statement per kind, over the
 * evaluation in force and the caller's record scope (platform/access/scope.sql.ts), filtered by
 * outlet and maintainer. The "near" test is integer arithmetic on cents, as potentials.rules.ts isNear.
 */
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { TIER_CODES, type TierCode, type TierThreshold } from '../tiers/tiers.rules.ts';
import type { PotentialKind } from './potentials.rules.ts';

export interface PotentialQuery {
  kind: PotentialKind;
  viewer: Viewer;
  evaluation: { policyId: number; month: string; tiers: readonly TierThreshold[] } | undefined;
  outletId?: number | undefined;
  maintainerStaffNo?: string | undefined;
  nearHundredths: number;
  minProducts: number;
  limit: number;
  offset: number;
}

export interface PotentialRow {
  customerId: bigint;
  customerNo: string;
  name: string;
  outletCode: string;
  outletName: string;
  maintainer: { staffNo: string; name: string } | null;
  metricCents: bigint | null;
  qualifiedTier: TierCode | null;
  serviceTier: TierCode | null;
  nextTier: TierCode | null;
  nextThresholdCents: bigint | null;
  products: number | null;
  productNames: string[] | null;
  flagReason: string | null;
  flaggedBy: string | null;
  flaggedOn: string | null;
  total: number;
}

export async function findPotentials(db: Queryable, query: PotentialQuery): Promise<PotentialRow[]> {
  const params = new SqlParams();
  const policy = params.add(query.evaluation?.policyId ?? null);
  const month = params.add(query.evaluation?.month ?? null);
  const joins: string[] = [];
  const where: string[] = [customerScopeCondition(query.viewer, 'c', params)];
  let select = 'NULL::text AS next_tier, NULL::bigint AS next_threshold, NULL::int AS products, NULL::text[] AS product_names, NULL::text AS flag_reason, NULL::text AS flagged_by, NULL::text AS flagged_on';
  let order = 'c.customer_no';
  if (query.outletId !== undefined) where.push(`c.home_outlet_id = ${params.add(query.outletId)}::int`);
  if (query.maintainerStaffNo !== undefined) where.push(`ms.staff_no = ${params.add(query.maintainerStaffNo)}`);

  switch (query.kind) {
    case 'QUALIFIED_NOT_UPGRADED':
      where.push(`e.status = 'QUALIFIED_NOT_UPGRADED'`);
      order = 'e.metric_cents DESC, c.customer_no';
      break;
    case 'NEAR_THRESHOLD': {
      const tiers = params.add(query.evaluation?.tiers.map((t) => t.tier) ?? []);
      const thresholds = params.add(query.evaluation?.tiers.map((t) => t.thresholdCents) ?? []);
      const ranks = params.add(TIER_CODES);
      // The tier above the qualified one (STANDARD is not in the policy: its next is the first).
      joins.push(`CROSS JOIN LATERAL (SELECT COALESCE(array_position(${tiers}::text[], e.qualified_tier), 0) + 1 AS i) nx`);
      select = `(${tiers}::text[])[nx.i] AS next_tier, (${thresholds}::bigint[])[nx.i] AS next_threshold, NULL::int AS products, NULL::text[] AS product_names,
        NULL::text AS flag_reason, NULL::text AS flagged_by, NULL::text AS flagged_on`;
      where.push(`(${thresholds}::bigint[])[nx.i] IS NOT NULL`,
        `e.metric_cents < (${thresholds}::bigint[])[nx.i]`,
        `e.metric_cents::numeric * 100 >= ${params.add(query.nearHundredths)}::numeric * (${thresholds}::bigint[])[nx.i]`,
        // Already served at that tier or above (substandard): nothing to win.
        `array_position(${ranks}::text[], e.service_tier) < array_position(${ranks}::text[], (${tiers}::text[])[nx.i])`);
      order = `e.metric_cents::numeric / (${thresholds}::bigint[])[nx.i] DESC, c.customer_no`;
      break;
    }
    case 'MANY_PRODUCTS': {
      const inner = customerScopeCondition(query.viewer, 'pc', params);
      joins.push(`JOIN (SELECT a.customer_id, count(DISTINCT a.product_id)::int AS products, array_agg(DISTINCT p.name ORDER BY p.name) AS names
                          FROM account a JOIN product p ON p.id = a.product_id JOIN customer pc ON pc.id = a.customer_id
                         WHERE a.status = 'ACTIVE' AND ${inner}
                         GROUP BY a.customer_id HAVING count(DISTINCT a.product_id) >= ${params.add(query.minProducts)}::int) pr ON pr.customer_id = c.id`);
      select = `NULL::text AS next_tier, NULL::bigint AS next_threshold, pr.products, pr.names AS product_names, NULL::text AS flag_reason, NULL::text AS flagged_by, NULL::text AS flagged_on`;
      order = 'pr.products DESC, c.customer_no';
      break;
    }
    case 'FLAGGED':
      joins.push('JOIN potential_flag f ON f.customer_id = c.id JOIN staff fs ON fs.id = f.flagged_by_staff_id');
      select = `NULL::text AS next_tier, NULL::bigint AS next_threshold, NULL::int AS products, NULL::text[] AS product_names,
        f.reason AS flag_reason, fs.name AS flagged_by, to_char(f.flagged_at, 'YYYY-MM-DD') AS flagged_on`;
      order = 'f.flagged_at DESC, c.customer_no';
      break;
  }
  const evaluationJoin = query.kind === 'QUALIFIED_NOT_UPGRADED' || query.kind === 'NEAR_THRESHOLD' ? 'JOIN' : 'LEFT JOIN';
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no, c.name, o.code AS outlet_code, o.name AS outlet_name, ms.staff_no AS maintainer_no, ms.name AS maintainer_name,
            e.metric_cents, e.qualified_tier, e.service_tier, ${select}, count(*) OVER ()::int AS total
       FROM customer c
       JOIN org o ON o.id = c.home_outlet_id
       LEFT JOIN customer_maintainer m ON m.customer_id = c.id
       LEFT JOIN staff ms ON ms.id = m.maintainer_staff_id
       ${evaluationJoin} tier_evaluation e ON e.policy_id = ${policy}::int AND e.month = ${month}::date AND e.customer_id = c.id
       ${joins.join('\n       ')}
      WHERE ${where.join(' AND ')}
      ORDER BY ${order}
      LIMIT ${params.add(query.limit)} OFFSET ${params.add(query.offset)}`,
    params.values,
  );
  return rows.map((row) => ({
    customerId: row.id,
    customerNo: row.customer_no,
    name: row.name,
    outletCode: row.outlet_code,
    outletName: row.outlet_name,
    maintainer: row.maintainer_no ? { staffNo: row.maintainer_no, name: row.maintainer_name } : null,
    metricCents: row.metric_cents,
    qualifiedTier: row.qualified_tier,
    serviceTier: row.service_tier,
    nextTier: row.next_tier,
    nextThresholdCents: row.next_threshold === null ? null : BigInt(row.next_threshold),
    products: row.products,
    productNames: row.product_names,
    flagReason: row.flag_reason,
    flaggedBy: row.flagged_by,
    flaggedOn: row.flagged_on,
    total: row.total,
  }));
}

export async function upsertFlag(db: Queryable, input: { customerId: bigint; reason: string; staffId: number }): Promise<void> {
  await db.query(
    `INSERT INTO potential_flag (customer_id, reason, flagged_by_staff_id) VALUES ($1, $2, $3)
     ON CONFLICT (customer_id) DO UPDATE SET reason = excluded.reason, flagged_by_staff_id = excluded.flagged_by_staff_id, flagged_at = now()`,
    [input.customerId, input.reason, input.staffId],
  );
}

export async function deleteFlag(db: Queryable, customerId: bigint): Promise<boolean> {
  const result = await db.query('DELETE FROM potential_flag WHERE customer_id = $1', [customerId]);
  return (result.rowCount ?? 0) > 0;
}
