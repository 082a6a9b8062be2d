/**
 * SQL of the customer search: one page, and its counts (docs/customer-api.md). Every statement
 * puts the caller's record scope in its WHERE (platform/access/scope.sql.ts), so the page and the
 * counts can never disagree about which customers exist for the caller.
 */
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { TIER_CODES, type EvaluationStatus, type TierCode } from '../tiers/tiers.rules.ts';
import { prefixPattern, type CustomerView, type SearchFilters, type TierCountRow } from './customers.rules.ts';
import type { SearchSort } from './customers.schemas.ts';

/** The evaluation a search reads tiers from: the policy in force, its month, and the run of that month. */
export interface EvaluationInForce {
  policyCode: string;
  /** 'YYYY-MM-01' */
  month: string;
  policyId: number;
  runId: bigint;
}

/**
 * The run whose rows are "the evaluation of month M under code C": the highest policy version
 * that evaluated M, its latest successful run (tiers/tier-results.service.ts reads the same).
 * Read once per request, so that every later statement gets the policy id as a bound value: the
 * planner then knows how rare a tier is, which a sub-select would hide from it.
 */
export async function findEvaluatedRun(db: Queryable, code: string, month: string): Promise<{ policyId: number; runId: bigint } | undefined> {
  const { rows } = await db.query(
    `SELECT r.policy_id, r.id FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
      WHERE p.code = $1 AND r.month = $2::date AND r.status = 'SUCCEEDED'
      ORDER BY p.version DESC, r.id DESC LIMIT 1`,
    [code, month],
  );
  return rows[0] ? { policyId: rows[0].policy_id, runId: rows[0].id } : undefined;
}

/** Binds the evaluation's policy id and month; both NULL when nothing is in force (no row matches). */
export function bindEvaluation(params: SqlParams, evaluation: EvaluationInForce | undefined): { policy: string; month: string } {
  return { policy: params.add(evaluation?.policyId ?? null), month: params.add(evaluation?.month ?? null) };
}

/** The evaluation in force of customer `c`, joined as `e`. */
const evaluationJoin = (bound: { policy: string; month: string }) =>
  `LEFT JOIN tier_evaluation e ON e.policy_id = ${bound.policy}::int AND e.month = ${bound.month}::date AND e.customer_id = c.id`;


/**
 * How a sort reads: the key it needs inside the page query (and the joins for it), and the ORDER
 * BY, written on output column names so that it orders both the page query and the outer one.
 * The customer number breaks ties, so a page boundary never moves.
 */
function sortOf(sort: SearchSort, order: 'asc' | 'desc'): { key: string | undefined; orderBy: string } {
  const direction = order === 'desc' ? 'DESC' : 'ASC';
  switch (sort) {
    case 'customerNo':
      return { key: undefined, orderBy: `customer_no ${direction}` };
    case 'name':
      // Both keys in one direction: the (name, customer_no) index reads either way.
      return { key: undefined, orderBy: `name ${direction}, customer_no ${direction}` };
    case 'serviceTier':
      return { key: rankOf('e.service_tier'), orderBy: `sort_key ${direction} NULLS LAST, customer_no ASC` };
    case 'aum':
      return { key: 'coalesce(m.aum_sum_cents, 0)', orderBy: `sort_key ${direction}, customer_no ASC` };
  }
}

/** The tier rank of a service-tier column, as SQL (TIER_CODES order). */
const rankOf = (column: string) => `CASE ${column} ${TIER_CODES.map((tier, rank) => `WHEN '${tier}' THEN ${rank}`).join(' ')} END`;

/**
 * The filters as SQL conditions on customer `c` (and `e` for the tier filter). The evaluation
 * filters are semi-joins on the evaluation in force: migration 0010's indexes give the customers
 * of a status, or those whose tier changed (few in a month), without reading the month's rows.
 */
function filterConditions(
  filters: SearchFilters,
  params: SqlParams,
  options: { withTiers: boolean; bound: { policy: string; month: string } },
): string[] {
  const conditions: string[] = [];
  const { bound } = options;
  if (filters.nameOrCustomerNo !== undefined) {
    const exact = params.add(filters.nameOrCustomerNo);
    // A prefix LIKE with a bound pattern: the planner reads the fixed prefix and uses the
    // text_pattern_ops index (migration 0005); the customer number uses its unique index.
    conditions.push(`(c.customer_no = ${exact} OR c.name LIKE ${params.add(prefixPattern(filters.nameOrCustomerNo))})`);
  }
  if (filters.customerNo !== undefined) conditions.push(`c.customer_no = ${params.add(filters.customerNo)}`);
  if (filters.phoneHash !== undefined) conditions.push(`c.phone_hash = ${params.add(filters.phoneHash)}::bytea`);
  if (filters.idNumberHash !== undefined) conditions.push(`c.id_no_hash = ${params.add(filters.idNumberHash)}::bytea`);
  if (filters.outletId !== undefined) conditions.push(`c.home_outlet_id = ${params.add(filters.outletId)}::int`);
  if (filters.orgId !== undefined) conditions.push(`c.home_outlet_id IN (${orgSubtreeSql(params.add(filters.orgId))})`);
  if (filters.maintainerStaffNo !== undefined) {
    conditions.push(`c.id IN (SELECT cm.customer_id FROM customer_maintainer cm JOIN staff ms ON ms.id = cm.maintainer_staff_id
      WHERE ms.staff_no = ${params.add(filters.maintainerStaffNo)})`);
  }
  if (filters.statuses !== undefined) {
    conditions.push(`c.id IN (SELECT se.customer_id FROM tier_evaluation se
      WHERE se.policy_id = ${bound.policy}::int AND se.month = ${bound.month}::date AND se.status = ANY(${params.add(filters.statuses)}::text[]))`);
  }
  if (filters.tierChange !== undefined) {
    // The two inequalities repeat the predicate of the partial index (migration 0010) so that the
    // planner may use it; the rank comparison then says which way the tier moved.
    const moved = filters.tierChange === 'UP' ? '>' : '<';
    conditions.push(`c.id IN (SELECT ce.customer_id FROM tier_evaluation ce
      WHERE ce.policy_id = ${bound.policy}::int AND ce.month = ${bound.month}::date
        AND ce.previous_service_tier IS NOT NULL AND ce.service_tier <> ce.previous_service_tier
        AND ${rankOf('ce.service_tier')} ${moved} ${rankOf('ce.previous_service_tier')})`);
  }
  if (options.withTiers && filters.serviceTiers !== undefined) conditions.push(`e.service_tier = ANY(${params.add(filters.serviceTiers)}::text[])`);
  return conditions;
}

/**
 * The ids of an org and every org below it. Used inside the caller's scope condition's WHERE, so
 * an org outside the scope simply matches no customer (docs/customer-api.md "orgId").
 */
export function orgSubtreeSql(org: string): string {
  // UNION (not UNION ALL) ends the walk even on a cycle in bad data.
  return `WITH RECURSIVE filter_subtree (id) AS (
      SELECT ${org}::int
      UNION
      SELECT filter_child.id FROM org filter_child JOIN filter_subtree ON filter_child.parent_id = filter_subtree.id)
    SELECT filter_subtree.id FROM filter_subtree`;
}

export interface SearchRow {
  id: bigint;
  customerNo: string;
  name: string;
  gender: string;
  outlet: { id: number; code: string; name: string };
  maintainer: { staffNo: string; name: string } | null;
  serviceTier: TierCode | null;
  /** Only in the FULL view: the limited view never reads them from the database. */
  idType?: string;
  idNumber?: string;
  mobile?: string;
  qualifiedTier?: TierCode | null;
  status?: EvaluationStatus | null;
  aumSumCents?: bigint | null;
}

/**
 * How a tier filter finds its customers: PER_CUSTOMER walks the customers in page order and looks
 * each one's tier up (cheap when the tier is common, or the scope an outlet); FROM_TIERS starts
 * from the evaluation's customers of those tiers (cheap when they are few across the bank).
 */
export type TierLookup = 'PER_CUSTOMER' | 'FROM_TIERS';

export interface PageQuery {
  viewer: Viewer;
  view: CustomerView;
  filters: SearchFilters;
  evaluation: EvaluationInForce | undefined;
  sort: SearchSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  tierLookup: TierLookup;
}

/**
 * One page. The page query reads only what filters and sorts (customer, and the evaluation or the
 * month's AUM when the filter or sort needs them) and stops at the page size; the outlet,
 * maintainer, tier and AUM of the page's customers are scalar sub-selects. Joining them all in
 * one FROM would make the planner weigh every join order of seven tables on every request, which
 * measured ten times the cost of running the query.
 */
export async function findSearchPage(db: Queryable, query: PageQuery): Promise<SearchRow[]> {
  const params = new SqlParams();
  const bound = bindEvaluation(params, query.evaluation);
  const full = query.view === 'FULL';
  const sort = sortOf(query.sort, query.order);
  const fromTiers = query.tierLookup === 'FROM_TIERS' && query.filters.serviceTiers !== undefined;
  const tiered = fromTiers
    ? `WITH tiered AS MATERIALIZED (SELECT customer_id FROM tier_evaluation
         WHERE policy_id = ${bound.policy}::int AND month = ${bound.month}::date AND service_tier = ANY(${params.add(query.filters.serviceTiers)}::text[]))`
    : '';
  const joins = [
    fromTiers ? 'JOIN tiered ON tiered.customer_id = c.id' : '',
    (query.filters.serviceTiers !== undefined && !fromTiers) || query.sort === 'serviceTier' ? evaluationJoin(bound) : '',
    query.sort === 'aum' ? `LEFT JOIN customer_monthly_aum m ON m.month = ${bound.month}::date AND m.customer_id = c.id` : '',
  ];
  const where = [
    customerScopeCondition(query.viewer, 'c', params),
    ...filterConditions(query.filters, params, { withTiers: !fromTiers, bound }),
  ];
  const { rows } = await db.query(
    `${tiered}
     SELECT page.id, page.customer_no, page.name, page.gender, ${full ? 'page.id_type, page.id_no, page.phone,' : ''}
            (SELECT json_build_object('id', o.id, 'code', o.code, 'name', o.name) FROM org o WHERE o.id = page.home_outlet_id) AS outlet,
            (SELECT json_build_object('staffNo', ms.staff_no, 'name', ms.name)
               FROM customer_maintainer cm JOIN staff ms ON ms.id = cm.maintainer_staff_id WHERE cm.customer_id = page.id) AS maintainer,
            (SELECT json_build_object('serviceTier', e.service_tier, 'qualifiedTier', e.qualified_tier, 'status', e.status)
               FROM tier_evaluation e
              WHERE e.policy_id = ${bound.policy}::int AND e.month = ${bound.month}::date AND e.customer_id = page.id) AS evaluation
            ${full ? `, (SELECT m.aum_sum_cents FROM customer_monthly_aum m WHERE m.month = ${bound.month}::date AND m.customer_id = page.id) AS aum_sum_cents` : ''}
       FROM (SELECT c.id, c.customer_no, c.name, c.gender, c.home_outlet_id ${full ? ', c.id_type, c.id_no, c.phone' : ''}
                    ${sort.key ? `, ${sort.key} AS sort_key` : ''}
               FROM customer c ${joins.join(' ')}
              WHERE ${where.join(' AND ')}
              ORDER BY ${sort.orderBy}
              LIMIT ${params.add(query.limit)} OFFSET ${params.add(query.offset)}) page
      ORDER BY ${sort.orderBy}`,
    params.values,
  );
  return rows.map((row) => ({
    id: row.id,
    customerNo: row.customer_no,
    name: row.name,
    gender: row.gender,
    outlet: row.outlet,
    maintainer: row.maintainer,
    serviceTier: row.evaluation?.serviceTier ?? null,
    ...(full
      ? {
          idType: row.id_type,
          idNumber: row.id_no,
          mobile: row.phone,
          qualifiedTier: row.evaluation?.qualifiedTier ?? null,
          status: row.evaluation?.status ?? null,
          aumSumCents: row.aum_sum_cents,
        }
      : {}),
  }));
}

export interface CappedCountQuery {
  viewer: Viewer;
  filters: SearchFilters;
  evaluation: EvaluationInForce | undefined;
  /** Count at most this many matches. */
  cap: number;
  /** Apply the tier filter (for the total), or not (for the counts by tier). */
  withTiers: boolean;
}

/**
 * Matching customers per service tier, or `over` when more than `cap` match. The matches are
 * collected first without their tiers, up to cap + 1, so a search that matches too many costs
 * cap + 1 index entries and no tier look-ups (customers.rules.ts countStrategy).
 */
export async function countMatchesByTier(db: Queryable, query: CappedCountQuery): Promise<{ over: boolean; rows: TierCountRow[] }> {
  const params = new SqlParams();
  const bound = bindEvaluation(params, query.evaluation);
  const where = [customerScopeCondition(query.viewer, 'c', params), ...filterConditions(query.filters, params, { withTiers: query.withTiers, bound })];
  const limit = params.add(query.cap + 1);
  const { rows } = await db.query(
    `WITH matched AS MATERIALIZED (
       SELECT c.id FROM customer c ${query.withTiers ? evaluationJoin(bound) : ''} WHERE ${where.join(' AND ')} LIMIT ${limit}),
     size AS (SELECT count(*)::int AS n FROM matched)
     SELECT true AS over, NULL::text AS service_tier, n AS customers FROM size WHERE n >= ${limit}
     UNION ALL
     SELECT false, e.service_tier, count(*)::int
       FROM matched LEFT JOIN tier_evaluation e
         ON e.policy_id = ${bound.policy}::int AND e.month = ${bound.month}::date AND e.customer_id = matched.id
      WHERE (SELECT n FROM size) < ${limit}
      GROUP BY e.service_tier`,
    params.values,
  );
  if (rows[0]?.over) return { over: true, rows: [] };
  return { over: false, rows: rows.map((row) => ({ serviceTier: row.service_tier, customers: row.customers })) };
}
