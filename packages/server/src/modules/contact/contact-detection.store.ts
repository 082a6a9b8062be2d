/**
 * Contact event detection in SQL (DOMAIN.md §7; docs/contact-events.md): one
 * INSERT … SELECT … ON CONFLICT DO NOTHING per event type over every customer at once, so a
 * re-run of a day inserts nothing new (contact_event is unique on customer, type, dedupe key).
 * The rules are those of contact-detection.rules.ts; facts are what contact-event-messages.ts
 * names. Money leaves SQL as exact decimal strings (numeric, never float).
 *
 * All statements of a run share one transaction and the temporary table of the customers
 * detection covers (`contact_detection_population`): those with a maintainer or a VIP service
 * tier in the evaluation in force, with that evaluation's result beside them.
 */
import type pg from 'pg';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import type { FestivalDay } from '../../platform/calendar/calendar.ts';
import { TIER_CODES, VIP_TIERS, type TierThreshold } from '../tiers/tiers.rules.ts';
import { MEETING_CHANNELS, type ContactEventSettings, type RuleScope } from './contact-rules.schemas.ts';
import { NEW_PRODUCT_EXCLUDED_CATEGORIES } from './contact-detection.rules.ts';

/** cents (bigint) → '1234.56' exactly. */
const money = (cents: string) => `((${cents})::numeric / 100)::numeric(20, 2)::text`;

/** Contact records count by the bank's day (as the work log does). */
const BANK_TIME_ZONE = 'Asia/Shanghai';

const INSERT = `INSERT INTO contact_event (customer_id, kind, type, dedupe_key, event_date, detected_on, facts, external_event_id)`;
const ON_CONFLICT = `ON CONFLICT (customer_id, type, dedupe_key) DO NOTHING`;

export interface EvaluationInForce {
  policyId: number;
  policyCode: string;
  /** 'YYYY-MM-01' */
  month: string;
  tiers: readonly TierThreshold[];
}

export interface ClosedDays {
  /** The latest closed business day ≤ the detection date, and the one before it. */
  latest: string | null;
  previous: string | null;
}

export async function findClosedDays(db: Queryable, date: string): Promise<ClosedDays> {
  const { rows } = await db.query(
    `SELECT to_char(l.day, 'YYYY-MM-DD') AS latest,
            to_char((SELECT max(p.day) FROM business_day p WHERE p.day < l.day), 'YYYY-MM-DD') AS previous
       FROM (SELECT max(day) AS day FROM business_day WHERE day <= $1::date) l`,
    [date],
  );
  return { latest: rows[0]?.latest ?? null, previous: rows[0]?.previous ?? null };
}

/** The customers detection covers, with the evaluation in force beside them; dropped at commit. */
export async function createPopulation(client: pg.PoolClient, evaluation: EvaluationInForce | undefined): Promise<number> {
  const result = await client.query(
    `CREATE TEMP TABLE contact_detection_population ON COMMIT DROP AS
     SELECT c.id AS customer_id, c.birth_date, c.opened_on, (m.customer_id IS NOT NULL) AS maintained,
            e.service_tier, e.qualified_tier, e.metric_cents, e.status, e.previous_service_tier, e.substandard_months
       FROM customer c
       LEFT JOIN customer_maintainer m ON m.customer_id = c.id
       LEFT JOIN tier_evaluation e ON e.policy_id = $1::int AND e.month = $2::date AND e.customer_id = c.id
      WHERE m.customer_id IS NOT NULL OR e.service_tier = ANY($3::text[])`,
    [evaluation?.policyId ?? null, evaluation?.month ?? null, VIP_TIERS],
  );
  await client.query('ANALYZE contact_detection_population');
  return result.rowCount ?? 0;
}

async function run(db: Queryable, sql: string, values: unknown[]): Promise<number> {
  const result = await db.query(sql, values);
  return result.rowCount ?? 0;
}

/** BIRTHDAY and ANNIVERSARY: the next yearly day within [date, date + daysAhead] (rules.ts nextYearlyDay). */
export async function detectYearly(db: Queryable, type: 'BIRTHDAY' | 'ANNIVERSARY', date: string, daysAhead: number): Promise<number> {
  const column = type === 'BIRTHDAY' ? 'p.birth_date' : 'p.opened_on';
  // 29 February falls on 28 February in common years (the day before 1 March).
  const dayIn = (year: string) => `CASE WHEN extract(month FROM ${column}) = 2 AND extract(day FROM ${column}) = 29
      THEN make_date(${year}, 3, 1) - 1 ELSE make_date(${year}, extract(month FROM ${column})::int, extract(day FROM ${column})::int) END`;
  const facts =
    type === 'BIRTHDAY'
      ? `jsonb_build_object('date', y.day, 'daysAhead', y.day - $1::date, 'birthDate', p.birth_date, 'age', y.year - extract(year FROM p.birth_date)::int)`
      : `jsonb_build_object('date', y.day, 'daysAhead', y.day - $1::date, 'since', p.opened_on, 'years', y.year - extract(year FROM p.opened_on)::int)`;
  return run(
    db,
    `${INSERT}
     SELECT p.customer_id, 'LIFE', '${type}', y.year::text, y.day, $1::date, ${facts}, NULL
       FROM contact_detection_population p
      CROSS JOIN LATERAL (SELECT yr AS year, ${dayIn('yr')} AS day
                            FROM unnest(ARRAY[extract(year FROM $1::date)::int, extract(year FROM $1::date)::int + 1]) AS yr) y
      WHERE ${column} IS NOT NULL AND y.day BETWEEN $1::date AND $1::date + $2::int AND y.day > ${column}
     ${ON_CONFLICT}`,
    [date, daysAhead],
  );
}

/** `p` (the population) lies in a rule scope: its service tier (any VIP tier when none listed) and AUM band. */
function scopeCondition(scope: RuleScope, params: SqlParams): string {
  const tiers = params.add(scope.tiers ?? VIP_TIERS);
  const parts = [`p.service_tier = ANY(${tiers}::text[])`];
  if (scope.minAumCents !== undefined) parts.push(`p.metric_cents >= ${params.add(scope.minAumCents)}::bigint`);
  if (scope.maxAumCents !== undefined) parts.push(`p.metric_cents < ${params.add(scope.maxAumCents)}::bigint`);
  return `(${parts.join(' AND ')})`;
}

/** FESTIVAL: one event per maintained customer a greeting scope covers, per festival and year. */
export async function detectFestival(db: Queryable, date: string, day: FestivalDay, scopes: readonly RuleScope[]): Promise<number> {
  if (scopes.length === 0) return 0;
  const params = new SqlParams();
  const detection = params.add(date);
  const festivalDate = params.add(day.date);
  const festival = params.add(day.festival);
  const year = params.add(day.year);
  const covered = scopes.map((scope) => scopeCondition(scope, params)).join(' OR ');
  return run(
    db,
    `${INSERT}
     SELECT p.customer_id, 'LIFE', 'FESTIVAL', ${festival}::text || ':' || ${year}::int::text, ${festivalDate}::date, ${detection}::date,
            jsonb_build_object('date', ${festivalDate}::date, 'daysAhead', ${festivalDate}::date - ${detection}::date,
                               'festival', ${festival}::text, 'year', ${year}::int), NULL
       FROM contact_detection_population p
      WHERE p.maintained AND (${covered})
     ${ON_CONFLICT}`,
    params.values,
  );
}

/** LARGE_MOVEMENT: daily AUM of the latest closed day against the closed day before it (rules.ts isLargeMovement). */
export async function detectLargeMovement(db: Queryable, date: string, days: ClosedDays, settings: ContactEventSettings['largeMovement']): Promise<number> {
  if (!days.latest || !days.previous) return 0;
  return run(
    db,
    `WITH after AS (SELECT customer_id, aum_cents FROM customer_daily_aum WHERE day = $2::date),
          before AS (SELECT customer_id, aum_cents FROM customer_daily_aum WHERE day = $3::date),
          moved AS (
            SELECT coalesce(a.customer_id, b.customer_id) AS customer_id, coalesce(b.aum_cents, 0) AS before, coalesce(a.aum_cents, 0) AS after
              FROM after a FULL JOIN before b ON b.customer_id = a.customer_id)
     ${INSERT}
     SELECT m.customer_id, 'BEHAVIOUR', 'LARGE_MOVEMENT', to_char($2::date, 'YYYY-MM-DD'), $2::date, $1::date,
            jsonb_build_object('businessDate', $2::date, 'previousDate', $3::date, 'previousAum', ${money('m.before')},
              'aum', ${money('m.after')}, 'change', ${money('m.after - m.before')},
              'share', CASE WHEN m.before > 0 THEN round(abs(m.after - m.before)::numeric / m.before, 6)::text END), NULL
       FROM moved m JOIN contact_detection_population p ON p.customer_id = m.customer_id
      WHERE abs(m.after - m.before) >= $4::bigint
         OR (m.before > 0 AND abs(m.after - m.before) >= $5::bigint AND abs(m.after - m.before)::numeric >= $6::numeric * m.before)
     ${ON_CONFLICT}`,
    [date, days.latest, days.previous, settings.minAmountCents, settings.shareFloorCents, settings.minShareOfAum],
  );
}

/** MATURITY: accounts maturing within [date, date + daysAhead] with a balance on the latest closed day. */
export async function detectMaturity(db: Queryable, date: string, daysAhead: number): Promise<number> {
  return run(
    db,
    `${INSERT}
     SELECT a.customer_id, 'BEHAVIOUR', 'MATURITY', a.account_no || ':' || to_char(a.maturity_on, 'YYYY-MM-DD'), a.maturity_on, $1::date,
            jsonb_build_object('date', a.maturity_on, 'daysAhead', a.maturity_on - $1::date, 'accountNo', a.account_no,
              'productCode', pr.product_code, 'productName', pr.name, 'productCategory', pr.category,
              'balance', ${money('ab.cny_cents')}, 'balanceDate', ab.as_of), NULL
       FROM account a
       JOIN contact_detection_population p ON p.customer_id = a.customer_id
       JOIN product pr ON pr.id = a.product_id
       JOIN account_balance ab ON ab.account_id = a.id
      WHERE a.maturity_on BETWEEN $1::date AND $1::date + $2::int AND a.status <> 'CLOSED' AND ab.cny_cents > 0
     ${ON_CONFLICT}`,
    [date, daysAhead],
  );
}

/** TIER_CHANGE: the service tier of the evaluated month differs from the month before's. */
export async function detectTierChange(db: Queryable, date: string, evaluation: EvaluationInForce | undefined): Promise<number> {
  if (!evaluation) return 0;
  return run(
    db,
    `${INSERT}
     SELECT p.customer_id, 'BEHAVIOUR', 'TIER_CHANGE', to_char($2::date, 'YYYY-MM'), $1::date, $1::date,
            jsonb_build_object('month', to_char($2::date, 'YYYY-MM'), 'previousMonth', to_char($2::date - interval '1 month', 'YYYY-MM'),
              'fromTier', p.previous_service_tier, 'toTier', p.service_tier, 'status', p.status,
              'direction', CASE WHEN array_position($3::text[], p.service_tier) > array_position($3::text[], p.previous_service_tier) THEN 'UP' ELSE 'DOWN' END), NULL
       FROM contact_detection_population p
      WHERE p.previous_service_tier IS NOT NULL AND p.service_tier <> p.previous_service_tier
     ${ON_CONFLICT}`,
    [date, evaluation.month, TIER_CODES],
  );
}

/** SUBSTANDARD: the evaluated month's status, with the service tier's threshold the metric is below. */
export async function detectSubstandard(db: Queryable, date: string, evaluation: EvaluationInForce | undefined): Promise<number> {
  if (!evaluation) return 0;
  return run(
    db,
    `${INSERT}
     SELECT p.customer_id, 'BEHAVIOUR', 'SUBSTANDARD', to_char($2::date, 'YYYY-MM'), $1::date, $1::date,
            jsonb_build_object('month', to_char($2::date, 'YYYY-MM'), 'serviceTier', p.service_tier, 'qualifiedTier', p.qualified_tier,
              'substandardMonths', p.substandard_months, 'metric', ${money('p.metric_cents')},
              'threshold', ${money('($4::bigint[])[array_position($3::text[], p.service_tier)]')}), NULL
       FROM contact_detection_population p
      WHERE p.status = 'SUBSTANDARD'
     ${ON_CONFLICT}`,
    [date, evaluation.month, evaluation.tiers.map((t) => t.tier), evaluation.tiers.map((t) => t.thresholdCents)],
  );
}

/** CARD_EXPIRY: issued cards expiring within [date, date + daysAhead]; only the last four digits leave the card table. */
export async function detectCardExpiry(db: Queryable, date: string, daysAhead: number): Promise<number> {
  return run(
    db,
    `${INSERT}
     SELECT k.customer_id, 'BEHAVIOUR', 'CARD_EXPIRY', k.id::text || ':' || to_char(k.expires_on, 'YYYY-MM-DD'), k.expires_on, $1::date,
            jsonb_build_object('date', k.expires_on, 'daysAhead', k.expires_on - $1::date, 'cardTypeName', t.name, 'cardLast4', right(k.card_no, 4)), NULL
       FROM card k
       JOIN card_type t ON t.id = k.card_type_id
       JOIN contact_detection_population p ON p.customer_id = k.customer_id
      WHERE k.state = 'ISSUED' AND k.expires_on BETWEEN $1::date AND $1::date + $2::int
     ${ON_CONFLICT}`,
    [date, daysAhead],
  );
}

/** SPECIAL_ADMISSION_EXPIRY: approved admissions in force whose last day (ends_on is exclusive) is within the window. */
export async function detectAdmissionExpiry(db: Queryable, date: string, daysAhead: number): Promise<number> {
  return run(
    db,
    `${INSERT}
     SELECT s.customer_id, 'BEHAVIOUR', 'SPECIAL_ADMISSION_EXPIRY', s.id::text, s.ends_on - 1, $1::date,
            jsonb_build_object('date', s.ends_on - 1, 'daysAhead', (s.ends_on - 1) - $1::date, 'tier', s.tier,
              'startsOn', s.starts_on, 'endsOn', s.ends_on), NULL
       FROM special_admission s
       JOIN contact_detection_population p ON p.customer_id = s.customer_id
      WHERE s.status = 'APPROVED' AND s.starts_on <= $1::date AND s.ends_on - 1 BETWEEN $1::date AND $1::date + $2::int
     ${ON_CONFLICT}`,
    [date, daysAhead],
  );
}

/**
 * NEAR_THRESHOLD: the metric within `within` below the threshold of the tier above the qualified
 * one (as the potential customers list, service-tiers/potentials.store.ts), for customers not yet
 * served at that tier.
 */
export async function detectNearThreshold(db: Queryable, date: string, evaluation: EvaluationInForce | undefined, within: string): Promise<number> {
  if (!evaluation) return 0;
  return run(
    db,
    `${INSERT}
     SELECT p.customer_id, 'BEHAVIOUR', 'NEAR_THRESHOLD', to_char($2::date, 'YYYY-MM') || ':' || n.tier, $1::date, $1::date,
            jsonb_build_object('month', to_char($2::date, 'YYYY-MM'), 'tier', p.service_tier, 'nextTier', n.tier,
              'metric', ${money('p.metric_cents')}, 'threshold', ${money('n.threshold')}, 'gap', ${money('n.threshold - p.metric_cents')},
              'policy', $7::text), NULL
       FROM contact_detection_population p
      CROSS JOIN LATERAL (
        SELECT ($3::text[])[i] AS tier, ($4::bigint[])[i] AS threshold
          FROM (SELECT coalesce(array_position($3::text[], p.qualified_tier), 0) + 1 AS i) x) n
      WHERE p.metric_cents IS NOT NULL AND n.threshold IS NOT NULL
        AND p.metric_cents < n.threshold
        AND p.metric_cents::numeric >= (1 - $5::numeric) * n.threshold
        AND array_position($6::text[], p.service_tier) < array_position($6::text[], n.tier)
     ${ON_CONFLICT}`,
    [date, evaluation.month, evaluation.tiers.map((t) => t.tier), evaluation.tiers.map((t) => t.thresholdCents), within, TIER_CODES, evaluation.policyCode],
  );
}

/**
 * NO_VISIT: maintained VIP customers with no meeting (contact_record on a meeting channel) for
 * noVisitDays up to the detection date, customers for at least that long. One event per spell:
 * the key is the last meeting's date, so the next spell after a new meeting is a new event.
 */
export async function detectNoVisit(db: Queryable, date: string, noVisitDays: number): Promise<number> {
  return run(
    db,
    `WITH last_meeting AS (
       SELECT r.customer_id, max((r.occurred_at AT TIME ZONE '${BANK_TIME_ZONE}')::date) AS day
         FROM contact_record r
        WHERE r.channel = ANY($3::text[]) AND r.occurred_at < (($1::date + 1)::timestamp AT TIME ZONE '${BANK_TIME_ZONE}')
        GROUP BY r.customer_id)
     ${INSERT}
     SELECT p.customer_id, 'BEHAVIOUR', 'NO_VISIT', 'SINCE:' || coalesce(to_char(l.day, 'YYYY-MM-DD'), 'NONE'), $1::date, $1::date,
            jsonb_build_object('days', coalesce($1::date - l.day, $2::int), 'lastVisitOn', l.day), NULL
       FROM contact_detection_population p
       LEFT JOIN last_meeting l ON l.customer_id = p.customer_id
      WHERE p.maintained AND p.service_tier = ANY($4::text[]) AND p.opened_on <= $1::date - $2::int
        AND (l.day IS NULL OR l.day <= $1::date - $2::int)
     ${ON_CONFLICT}`,
    [date, noVisitDays, MEETING_CHANNELS, VIP_TIERS],
  );
}

/**
 * New within the window, and not part of the bank's first load: the products of the first
 * delivery are the bank's existing range (first seen the day they were loaded), not news.
 */
const FRESH_PRODUCT = `first_seen_on BETWEEN $1::date - $2::int AND $1::date AND NOT (category = ANY($3::text[]))
  AND first_seen_on > coalesce((SELECT min(started_at)::date FROM import_run WHERE status = 'APPLIED'), '-infinity'::date)`;

/**
 * NEW_PRODUCT: products first seen within newProductDays up to the detection date, to customers
 * holding (active accounts) the product's category and risk at least as high, not the product
 * itself. Until the selling issue brings risk assessments and suitability, holdings stand in for them.
 */
export async function detectNewProduct(db: Queryable, date: string, newProductDays: number): Promise<number> {
  const fresh = await db.query(
    `SELECT 1 FROM product WHERE ${FRESH_PRODUCT} LIMIT 1`,
    [date, newProductDays, NEW_PRODUCT_EXCLUDED_CATEGORIES],
  );
  if (fresh.rows.length === 0) return 0;
  return run(
    db,
    `WITH fresh AS (
       SELECT id, product_code, name, category, risk_level, first_seen_on FROM product WHERE ${FRESH_PRODUCT}
     ), holder AS (
       SELECT a.customer_id, max(pr.risk_level) AS highest_risk, array_agg(DISTINCT pr.category) AS categories, array_agg(DISTINCT a.product_id) AS products
         FROM account a
         JOIN product pr ON pr.id = a.product_id
         JOIN contact_detection_population p ON p.customer_id = a.customer_id
        WHERE a.status = 'ACTIVE'
        GROUP BY a.customer_id
       HAVING array_agg(DISTINCT pr.category) && (SELECT array_agg(category) FROM fresh)
     )
     ${INSERT}
     SELECT h.customer_id, 'PRODUCT', 'NEW_PRODUCT', f.product_code, $1::date, $1::date,
            jsonb_build_object('productCode', f.product_code, 'productName', f.name, 'productCategory', f.category,
              'riskLevel', f.risk_level, 'firstSeenOn', f.first_seen_on), NULL
       FROM holder h JOIN fresh f ON f.category = ANY(h.categories) AND f.risk_level <= h.highest_risk AND NOT (f.id = ANY(h.products))
     ${ON_CONFLICT}`,
    [date, newProductDays, NEW_PRODUCT_EXCLUDED_CATEGORIES],
  );
}

/**
 * EXTERNAL: one event per customer chosen for an external event, dated on it. The daily sweep
 * takes external events from the detection date on; entering one (contact-events.service.ts)
 * runs this for that event alone at once.
 */
export async function detectExternal(db: Queryable, date: string, externalEventId?: bigint): Promise<number> {
  return run(
    db,
    `${INSERT}
     SELECT ec.customer_id, 'EXTERNAL', 'EXTERNAL', 'EXTERNAL:' || e.id::text, e.event_date, $1::date,
            jsonb_build_object('date', e.event_date, 'title', e.title, 'description', e.description, 'externalEventId', e.id::text), e.id
       FROM contact_external_event e
       JOIN contact_external_event_customer ec ON ec.external_event_id = e.id
      WHERE ${externalEventId === undefined ? 'e.event_date >= $1::date' : 'e.id = $2::bigint'}
     ${ON_CONFLICT}`,
    externalEventId === undefined ? [date] : [date, externalEventId],
  );
}

// Detection runs (contact_detection_run): the data page's history and the job's bookkeeping.

export interface DetectionRunRow {
  id: bigint;
  businessDate: string;
  ruleSetId: number;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  counts: Record<string, unknown>;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

export async function insertRun(db: Queryable, input: { date: string; ruleSetId: number }): Promise<bigint> {
  const { rows } = await db.query(
    `INSERT INTO contact_detection_run (business_date, rule_set_id, status) VALUES ($1::date, $2::int, 'RUNNING') RETURNING id`,
    [input.date, input.ruleSetId],
  );
  return rows[0].id as bigint;
}

export async function startRun(db: Queryable, id: bigint, ruleSetId: number): Promise<void> {
  await db.query(`UPDATE contact_detection_run SET status = 'RUNNING', rule_set_id = $2, started_at = now(), error = NULL WHERE id = $1`, [id, ruleSetId]);
}

export async function finishRun(db: Queryable, id: bigint, outcome: { status: 'SUCCEEDED' | 'FAILED'; counts: unknown; error?: string }): Promise<void> {
  await db.query(`UPDATE contact_detection_run SET status = $2, counts = $3::jsonb, error = $4, finished_at = now() WHERE id = $1`, [
    id,
    outcome.status,
    JSON.stringify(outcome.counts),
    outcome.error ?? null,
  ]);
}

export async function findRun(db: Queryable, id: bigint): Promise<DetectionRunRow | undefined> {
  const { rows } = await db.query(`${RUN_SELECT} WHERE id = $1`, [id]);
  return rows[0] ? toRun(rows[0]) : undefined;
}

export async function listRuns(db: Queryable, limit = 50): Promise<DetectionRunRow[]> {
  const { rows } = await db.query(`${RUN_SELECT} ORDER BY id DESC LIMIT $1`, [limit]);
  return rows.map(toRun);
}

const RUN_SELECT = `SELECT id, to_char(business_date, 'YYYY-MM-DD') AS business_date, rule_set_id, status, counts, error, started_at, finished_at
  FROM contact_detection_run`;

function toRun(row: Record<string, unknown>): DetectionRunRow {
  return {
    id: row.id as bigint,
    businessDate: row.business_date as string,
    ruleSetId: row.rule_set_id as number,
    status: row.status as DetectionRunRow['status'],
    counts: row.counts as Record<string, unknown>,
    error: (row.error as string | null) ?? null,
    startedAt: row.started_at as Date,
    finishedAt: (row.finished_at as Date | null) ?? null,
  };
}
