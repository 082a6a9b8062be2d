/**
 * SQL of the customer 360 and of show-in-full. The 360 is one statement: the customer, scoped,
 * and everything about them as JSON sub-selects of that one scoped row — one round trip, and no
 * part of the file can be read for a customer the scope does not return.
 */
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { EvaluationStatus, TierCode } from '../tiers/tiers.rules.ts';
import type { AdmissionFacts } from '../tiers/tiers.explanation.ts';
import { bindEvaluation, type EvaluationInForce } from './customer-search.store.ts';

export interface ClosedDays {
  /** The first day the bank delivered, null before the first import. */
  firstDay: string | null;
  /** The latest closed days, newest first. */
  recent: string[];
}

export async function findClosedDays(db: Queryable, count: number): Promise<ClosedDays> {
  const { rows } = await db.query(
    `SELECT (SELECT min(day)::text FROM business_day) AS first_day,
            array(SELECT day::text FROM business_day ORDER BY day DESC LIMIT $1) AS recent`,
    [count],
  );
  return { firstDay: rows[0].first_day, recent: rows[0].recent };
}

export interface HoldingRow {
  accountId: string;
  accountNo: string;
  productCode: string;
  productName: string;
  category: string;
  riskLevel: string;
  countsTowardAum: boolean;
  currency: string;
  openedOn: string;
  maturityOn: string | null;
  status: string;
  asOf: string | null;
  balanceCents: string | null;
  cnyCents: string | null;
}

export interface TierHistoryRow {
  month: string;
  policyVersion: number;
  policyName: string;
  metric: string;
  tiers: { tier: string; threshold_cents: string; special_admission_approver: string }[];
  graceMonths: number;
  autoUpgrade: boolean;
  metricCents: string;
  qualifiedTier: TierCode;
  previousServiceTier: TierCode | null;
  serviceTier: TierCode;
  substandardMonths: number;
  status: EvaluationStatus;
  /** The run's facts: { window, previous }. */
  facts: { window: { windowStart: string; windowEnd: string; days: number; carriedForwardDays: string[] }; previous: unknown };
  /** The special admission that decided a SPECIAL_ADMISSION month, else null. */
  admission: AdmissionFacts | null;
}

export interface CustomerFileRow {
  id: bigint;
  customerNo: string;
  name: string;
  gender: string;
  birthDate: string | null;
  idType: string;
  idNumber: string;
  mobile: string;
  email: string;
  occupation: string;
  openedOn: string;
  outlet: { id: number; code: string; name: string };
  maintainer: { staffNo: string; name: string } | null;
  advisor: { staffNo: string; name: string } | null;
  serviceTier: TierCode | null;
  qualifiedTier: TierCode | null;
  status: EvaluationStatus | null;
  holdings: HoldingRow[];
  /** [day, cents] of the closed days asked for, where the customer had AUM. */
  daily: [string, string][];
  /** [month 'YYYY-MM', sum of daily AUM in cents]. */
  monthly: [string, string][];
  tierHistory: TierHistoryRow[];
}

export interface FileQuery {
  viewer: Viewer;
  customerId: bigint;
  evaluation: EvaluationInForce | undefined;
  days: { from: string; to: string } | undefined;
  months: { from: string; to: string };
  tierMonths: { from: string; to: string };
}

export async function findCustomerFile(db: Queryable, query: FileQuery): Promise<CustomerFileRow | undefined> {
  const params = new SqlParams();
  const customerId = params.add(query.customerId);
  const bound = bindEvaluation(params, query.evaluation);
  const code = params.add(query.evaluation?.policyCode ?? null);
  const scope = customerScopeCondition(query.viewer, 'c', params);
  // Bound values, not sub-selects, so the planner prunes the AUM partitions before planning them.
  const dayFrom = params.add(query.days?.from ?? null);
  const dayTo = params.add(query.days?.to ?? null);
  // The customer row alone is joined (to its scope); everything else is a scalar sub-select of
  // it, so planning stays cheap (see customer-search.store.ts findSearchPage).
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no, c.name, c.gender, c.birth_date, c.id_type, c.id_no, c.phone, c.email, c.occupation, c.opened_on,
            (SELECT json_build_object('id', o.id, 'code', o.code, 'name', o.name) FROM org o WHERE o.id = c.home_outlet_id) AS outlet,
            (SELECT json_build_object('maintainer', json_build_object('staffNo', ms.staff_no, 'name', ms.name),
                                      'advisor', CASE WHEN ads.id IS NOT NULL THEN json_build_object('staffNo', ads.staff_no, 'name', ads.name) END)
               FROM customer_maintainer cm JOIN staff ms ON ms.id = cm.maintainer_staff_id LEFT JOIN staff ads ON ads.id = cm.advisor_staff_id
              WHERE cm.customer_id = c.id) AS relations,
            (SELECT json_build_object('serviceTier', e.service_tier, 'qualifiedTier', e.qualified_tier, 'status', e.status)
               FROM tier_evaluation e
              WHERE e.policy_id = ${bound.policy}::int AND e.month = ${bound.month}::date AND e.customer_id = c.id) AS evaluation,
            (SELECT coalesce(json_agg(json_build_object(
                      'accountId', a.id::text, 'accountNo', a.account_no, 'productCode', p.product_code, 'productName', p.name,
                      'category', p.category, 'riskLevel', p.risk_level, 'countsTowardAum', p.counts_toward_aum,
                      'currency', a.currency, 'openedOn', a.opened_on, 'maturityOn', a.maturity_on, 'status', a.status,
                      'asOf', b.as_of, 'balanceCents', b.balance_cents::text, 'cnyCents', b.cny_cents::text)
                    ORDER BY p.counts_toward_aum DESC, a.opened_on, a.id), '[]')
               FROM account a JOIN product p ON p.id = a.product_id LEFT JOIN account_balance b ON b.account_id = a.id
              WHERE a.customer_id = c.id) AS holdings,
            (SELECT coalesce(json_agg(json_build_array(d.day, d.cents::text) ORDER BY d.day), '[]')
               FROM (SELECT day, sum(aum_cents) AS cents FROM customer_daily_aum
                      WHERE customer_id = c.id AND day BETWEEN ${dayFrom}::date AND ${dayTo}::date GROUP BY day) d) AS daily,
            (SELECT coalesce(json_agg(json_build_array(to_char(m.month, 'YYYY-MM'), m.aum_sum_cents::text) ORDER BY m.month), '[]')
               FROM customer_monthly_aum m
              WHERE m.customer_id = c.id AND m.month BETWEEN ${params.add(query.months.from)}::date AND ${params.add(query.months.to)}::date) AS monthly,
            (${tierHistorySql(code, params.add(query.tierMonths.from), params.add(query.tierMonths.to))}) AS tier_history
       FROM customer c
      WHERE c.id = ${customerId}::bigint AND ${scope}`,
    params.values,
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    customerNo: row.customer_no,
    name: row.name,
    gender: row.gender,
    birthDate: row.birth_date,
    idType: row.id_type,
    idNumber: row.id_no,
    mobile: row.phone,
    email: row.email,
    occupation: row.occupation,
    openedOn: row.opened_on,
    outlet: row.outlet,
    maintainer: row.relations?.maintainer ?? null,
    advisor: row.relations?.advisor ?? null,
    serviceTier: row.evaluation?.serviceTier ?? null,
    qualifiedTier: row.evaluation?.qualifiedTier ?? null,
    status: row.evaluation?.status ?? null,
    holdings: row.holdings,
    daily: row.daily,
    monthly: row.monthly,
    tierHistory: row.tier_history,
  };
}

/**
 * The customer's evaluations of the months from..to under the policy code in force: per month,
 * the highest version that evaluated it (its latest run), with that version's terms for the
 * explanation. Newest first.
 */
function tierHistorySql(code: string, from: string, to: string): string {
  return `SELECT coalesce(json_agg(json_build_object(
              'month', to_char(ev.month, 'YYYY-MM'), 'policyVersion', ev.version, 'policyName', ev.name, 'metric', ev.metric,
              'tiers', ev.tiers, 'graceMonths', ev.grace_months, 'autoUpgrade', ev.auto_upgrade,
              'metricCents', h.metric_cents::text, 'qualifiedTier', h.qualified_tier, 'previousServiceTier', h.previous_service_tier,
              'serviceTier', h.service_tier, 'substandardMonths', h.substandard_months, 'status', h.status, 'facts', hr.facts,
              -- as tiers.store.ts ADMISSION_FACTS_SQL
              'admission', CASE WHEN sa.id IS NULL THEN NULL ELSE json_build_object('tier', sa.tier, 'startsOn', to_char(sa.starts_on, 'YYYY-MM-DD'),
                'endsOn', to_char(sa.ends_on, 'YYYY-MM-DD'), 'approverLevels', sa.approval_chain) END)
            ORDER BY ev.month DESC), '[]')
     FROM (SELECT DISTINCT ON (r.month) r.month, r.policy_id, r.id AS run_id, p.version, p.name, p.metric, p.tiers, p.grace_months, p.auto_upgrade
             FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
            WHERE p.code = ${code} AND r.status = 'SUCCEEDED' AND r.month BETWEEN ${from}::date AND ${to}::date
            ORDER BY r.month, p.version DESC, r.id DESC) ev
     JOIN tier_evaluation h ON h.policy_id = ev.policy_id AND h.month = ev.month AND h.customer_id = c.id
     JOIN tier_evaluation_run hr ON hr.id = h.run_id
     LEFT JOIN special_admission sa ON sa.id = h.special_admission_id`;
}

export interface SensitiveValues {
  id: bigint;
  idNumber?: string;
  mobile?: string;
  email?: string;
  accounts?: { accountId: string; accountNo: string }[];
}

/** Only the values asked for are read, and only for a customer in the viewer's scope. */
export async function findSensitiveValues(
  db: Queryable,
  query: { viewer: Viewer; customerId: bigint; fields: ReadonlySet<string> },
): Promise<SensitiveValues | undefined> {
  const params = new SqlParams();
  const customerId = params.add(query.customerId);
  const scope = customerScopeCondition(query.viewer, 'c', params);
  const columns = ['c.id'];
  if (query.fields.has('ID_NUMBER')) columns.push('c.id_no');
  if (query.fields.has('MOBILE')) columns.push('c.phone');
  if (query.fields.has('EMAIL')) columns.push('c.email');
  if (query.fields.has('ACCOUNT_NUMBER')) {
    columns.push(`(SELECT coalesce(json_agg(json_build_object('accountId', a.id::text, 'accountNo', a.account_no) ORDER BY a.id), '[]')
                     FROM account a WHERE a.customer_id = c.id) AS accounts`);
  }
  const { rows } = await db.query(`SELECT ${columns.join(', ')} FROM customer c WHERE c.id = ${customerId}::bigint AND ${scope}`, params.values);
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    ...(row.id_no !== undefined ? { idNumber: row.id_no } : {}),
    ...(row.phone !== undefined ? { mobile: row.phone } : {}),
    ...(row.email !== undefined ? { email: row.email } : {}),
    ...(row.accounts !== undefined ? { accounts: row.accounts } : {}),
  };
}
