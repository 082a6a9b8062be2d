/**
 * SQL for contact plan items (contact_plan_item, migration 0016). The build is set-based over all
 * customers (one statement per step, in one transaction) and idempotent: an item is
 * (customer_id, dedupe_key), 'RULE:<rule>:<period or occasion>' or 'EVENT:<event id>'. Readers
 * carry the caller's scope (platform/access/scope.sql.ts) in the WHERE clause.
 */
import type pg from 'pg';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { queryWithGenericPlan } from '../../platform/db/generic-plan.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import { EVALUATION_IN_FORCE_SQL } from '../tiers/policy-in-force.ts';
import type { DutySpec } from './contact-duties.rules.ts';
import { dutyRowsSql } from './contact-duties.store.ts';
import { EVENT_CHANNEL, prioritySql, reasonKeySql, REASON_WEIGHT, TIER_WEIGHT, URGENCY } from './contact-plans.rules.ts';
import type { ContactChannel } from './contact-rules.schemas.ts';

/** What the build needs from each rule of the set in force: its suggested channel and the parameters its text names. */
export interface RuleMeta {
  channel: ContactChannel;
  facts: Record<string, unknown>;
}

export interface BuildInput {
  date: string;
  specs: readonly DutySpec[];
  rules: Readonly<Record<string, RuleMeta>>;
  /** Absent when nothing has been evaluated: no tier, no rule duty (event items are still planned). */
  evaluation: { policyId: number; month: string } | undefined;
  /** Events detected this many days back are still planned when the build missed them. */
  eventLookBackDays: number;
}

export interface BuildCounts {
  created: number;
  closed: number;
  cancelled: number;
}

const DATED_KINDS = `('GREETING', 'BIRTHDAY_GIFT', 'NO_VISIT_FOLLOW_UP')`;

/** One build at a time (the daily job, a manual run): lets the inserts skip the per-row conflict check. */
const BUILD_LOCK = 7_464_242_021;

export async function buildPlanItems(client: pg.PoolClient, input: BuildInput): Promise<BuildCounts> {
  const counts: BuildCounts = { created: 0, closed: 0, cancelled: 0 };
  const date = input.date;
  const tiers = JSON.stringify(TIER_WEIGHT);
  const reasons = JSON.stringify(REASON_WEIGHT);
  const evaluationJoin = (customer: string, params: SqlParams) =>
    `LEFT JOIN tier_evaluation te ON te.policy_id = ${params.add(input.evaluation?.policyId ?? null)}::int
       AND te.month = ${params.add(input.evaluation?.month ?? null)}::date AND te.customer_id = ${customer}`;

  // Builds are serialised, so what a statement's anti-join does not find is not inserted by another
  // build meanwhile: plain inserts, without a speculative insertion per row.
  await client.query('SELECT pg_advisory_xact_lock($1)', [BUILD_LOCK]);
  // The duty rows and the joins below hash a million rows on the heaviest day: in memory, not in batches on disk.
  await client.query(`SET LOCAL work_mem = '256MB'`);

  if (input.evaluation && input.specs.length > 0) {
    const params = new SqlParams();
    const select = dutyRowsSql(params, { specs: input.specs, evaluation: input.evaluation, today: date, customerCondition: 'true' });
    // Only what the steps below read: owed duties, and met ones with the record that met them, each
    // matched once with its item of an earlier build (item_id; every step below works from that
    // match, and the insert never reads the table it writes).
    await client.query(
      `CREATE TEMP TABLE plan_duty ON COMMIT DROP AS
       SELECT d.*, x.id AS item_id FROM (${select}) d
         LEFT JOIN contact_plan_item x ON x.customer_id = d.customer_id AND x.dedupe_key = 'RULE:' || d.rule_code || ':' || d.key
        WHERE d.customer_id IS NOT NULL AND (d.status IN ('DUE', 'OVERDUE') OR (d.status = 'MET' AND d.last_record_id IS NOT NULL))`,
      params.values,
    );
    await client.query('ANALYZE plan_duty');

    // The items of earlier builds are brought up to date first, the new ones inserted last: a row
    // inserted and then updated in one transaction has its foreign keys checked again.

    // 1. Duties met since: their open items are done, with the record that met them.
    const closed = await client.query(
      `UPDATE contact_plan_item p SET status = 'DONE', done_record_id = d.last_record_id, updated_at = now()
         FROM plan_duty d
        WHERE p.id = d.item_id AND p.status = 'OPEN' AND d.status = 'MET' AND d.last_record_id IS NOT NULL`,
    );
    counts.closed += closed.rowCount ?? 0;

    // What is done so far (and how long since the last meeting) moves; the reason text reads it.
    await client.query(
      `UPDATE contact_plan_item p SET reason = jsonb_set(p.reason, '{facts}', (p.reason -> 'facts') || d.facts), updated_at = now()
         FROM plan_duty d
        WHERE p.id = d.item_id AND p.status = 'OPEN' AND d.status IN ('DUE', 'OVERDUE')
          AND NOT (p.reason -> 'facts') @> d.facts`,
    );

    // 2. Items of the current periods no longer owed (tier or band changed, consent withdrawn, rule
    //    dropped, the customer met again before a follow-up): cancelled. Past periods stay overdue.
    const p3 = new SqlParams();
    const d3 = p3.add(date);
    const noVisitCodes = p3.add(Object.entries(input.rules).filter(([, meta]) => meta.facts.kind === 'NO_VISIT_FOLLOW_UP').map(([code]) => code));
    const cancelled = await client.query(
      `UPDATE contact_plan_item p SET status = 'CANCELLED', updated_at = now()
        WHERE p.status = 'OPEN' AND p.source = 'RULE'
          AND (p.period_end >= ${d3}::date OR p.rule_code = ANY(${noVisitCodes}::text[]))
          AND NOT EXISTS (SELECT 1 FROM plan_duty d WHERE d.item_id = p.id AND d.status IN ('DUE', 'OVERDUE'))`,
      p3.values,
    );
    counts.cancelled += cancelled.rowCount ?? 0;

    // 3. Unmet duties not planned yet become items of the maintainer, due at the period's end or on
    //    the dated duty's day (never before the build: a follow-up owed since long ago is due today).
    const p1 = new SqlParams();
    const [d1, meta1, t1, r1] = [p1.add(date), p1.add(JSON.stringify(input.rules)), p1.add(tiers), p1.add(reasons)];
    const due = `greatest(d.due_on, CASE WHEN d.kind = 'NO_VISIT_FOLLOW_UP' THEN ${d1}::date ELSE d.due_on END)`;
    const inserted = await client.query(
      `INSERT INTO contact_plan_item (customer_id, maintainer_staff_id, staff_id, source, rule_code, period_start, period_end, dedupe_key, due_on,
         priority, suggested_channel, reason, created_on)
       SELECT d.customer_id, d.staff_id, d.staff_id, 'RULE', d.rule_code,
              CASE WHEN d.kind IN ${DATED_KINDS} THEN d.due_on ELSE d.period_start::date END,
              CASE WHEN d.kind IN ${DATED_KINDS} THEN d.due_on ELSE d.period_end::date END,
              'RULE:' || d.rule_code || ':' || d.key, ${due},
              ${prioritySql('d.tier', `'RULE:' || d.kind`, `${due} - ${d1}::date`, t1, r1)},
              ${meta1}::jsonb -> d.rule_code ->> 'channel',
              jsonb_build_object('code', d.kind, 'facts', (${meta1}::jsonb -> d.rule_code -> 'facts') || d.facts
                || jsonb_build_object('period', d.key, 'dueOn', to_char(d.due_on, 'YYYY-MM-DD'), 'occasion', d.occasion)),
              ${d1}::date
         -- In the order of the (customer_id, dedupe_key) key, so that its index is written page after
         -- page, not at random (sorted before the reason is built: fewer bytes to sort).
         FROM (SELECT * FROM plan_duty WHERE status IN ('DUE', 'OVERDUE') AND item_id IS NULL ORDER BY customer_id) d`,
      p1.values,
    );
    counts.created += inserted.rowCount ?? 0;
    // The statements below choose their joins by the number of open items, which this may have multiplied.
    if ((inserted.rowCount ?? 0) > 10_000) await client.query('ANALYZE contact_plan_item');
  }

  // 4. Events detected (and not yet planned) become items of the customer's maintainer. Life events
  //    are due on their day (the greeting is for the birthday); the others call for action now.
  //    A greeting the rules already planned for the same occasion is not planned twice.
  const p4 = new SqlParams();
  const [d4, back] = [p4.add(date), p4.add(input.eventLookBackDays)];
  // The events still to plan are found first, in a statement of their own: an insert that anti-joined
  // the table it writes would read its own new rows again for every event when that table looked empty to the planner.
  await client.query(
    `CREATE TEMP TABLE plan_event ON COMMIT DROP AS
     SELECT e.id, e.customer_id, e.kind, e.type, e.event_date, e.detected_on, e.facts
       FROM contact_event e
      WHERE e.detected_on BETWEEN ${d4}::date - ${back}::int AND ${d4}::date
        AND NOT EXISTS (SELECT 1 FROM contact_plan_item x WHERE x.customer_id = e.customer_id AND x.dedupe_key = 'EVENT:' || e.id)
        AND NOT EXISTS (SELECT 1 FROM contact_plan_item g WHERE g.customer_id = e.customer_id AND g.source = 'RULE'
                         AND e.type IN ('BIRTHDAY', 'FESTIVAL')
                         AND g.dedupe_key LIKE 'RULE:%:' || CASE WHEN e.type = 'BIRTHDAY' THEN 'BIRTHDAY:' || e.dedupe_key ELSE e.dedupe_key END)`,
    p4.values,
  );
  const p5 = new SqlParams();
  const [d5, t5, r5, channels] = [p5.add(date), p5.add(tiers), p5.add(reasons), p5.add(JSON.stringify(EVENT_CHANNEL))];
  const eventDue = `CASE WHEN e.kind = 'LIFE' THEN greatest(e.event_date, e.detected_on) ELSE e.detected_on END`;
  const eventInsert = await client.query(
    `INSERT INTO contact_plan_item (customer_id, maintainer_staff_id, staff_id, source, event_id, dedupe_key, due_on, priority, suggested_channel, reason, created_on)
     SELECT e.customer_id, m.maintainer_staff_id, m.maintainer_staff_id, 'EVENT', e.id, 'EVENT:' || e.id, ${eventDue},
            ${prioritySql('te.service_tier', `'EVENT:' || e.kind`, `${eventDue} - ${d5}::date`, t5, r5)},
            ${channels}::jsonb ->> e.type, jsonb_build_object('code', e.type, 'facts', e.facts), ${d5}::date
       FROM plan_event e
       JOIN customer_maintainer m ON m.customer_id = e.customer_id
       ${evaluationJoin('e.customer_id', p5)}
      ORDER BY e.customer_id`,
    p5.values,
  );
  counts.created += eventInsert.rowCount ?? 0;

  // 5. A customer whose maintainer changed: the open items move to the new maintainer (an item handed
  //    to the supporting advisor stays with them while they still support the customer); a customer
  //    left without a maintainer has nobody to plan for.
  await client.query(
    `UPDATE contact_plan_item p
        SET maintainer_staff_id = m.maintainer_staff_id,
            staff_id = CASE WHEN p.staff_id = m.advisor_staff_id THEN p.staff_id ELSE m.maintainer_staff_id END, updated_at = now()
       FROM customer_maintainer m
      WHERE m.customer_id = p.customer_id AND p.status = 'OPEN'
        AND (p.maintainer_staff_id <> m.maintainer_staff_id OR p.staff_id NOT IN (m.maintainer_staff_id, coalesce(m.advisor_staff_id, m.maintainer_staff_id)))`,
  );
  const orphaned = await client.query(
    `UPDATE contact_plan_item p SET status = 'CANCELLED', updated_at = now()
      WHERE p.status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM customer_maintainer m WHERE m.customer_id = p.customer_id)`,
  );
  counts.cancelled += orphaned.rowCount ?? 0;

  // 6. Priorities move with the calendar (due today, overdue) and with the tier in force. Only items
  //    within a week ahead or a month overdue can change urgency; those further out are refreshed
  //    when they come near, which keeps the daily update to a fraction of the open items. Items
  //    inserted above already carry today's priority: only rows whose value differs are written.
  const p6 = new SqlParams();
  const [d6, t6, r6] = [p6.add(date), p6.add(tiers), p6.add(reasons)];
  await client.query(
    `UPDATE contact_plan_item p SET priority = x.priority
       FROM (SELECT p.id, ${prioritySql('te.service_tier', reasonKeySql('p'), `p.due_on - ${d6}::date`, t6, r6)} AS priority
               FROM contact_plan_item p ${evaluationJoin('p.customer_id', p6)}
              WHERE p.status = 'OPEN' AND p.due_on BETWEEN ${d6}::date - ${URGENCY.overduePerDayCap + 1} AND ${d6}::date + 8) x
      WHERE x.id = p.id AND p.priority <> x.priority`,
    p6.values,
  );
  return counts;
}

// ---- reading ----

export interface PlanItemRow {
  id: bigint;
  customerId: bigint;
  customerNo: string;
  customerName: string;
  serviceTier: string | null;
  staffId: number;
  staffNo: string;
  staffName: string;
  maintainerStaffId: number;
  maintainerStaffNo: string;
  maintainerName: string;
  advisorStaffId: number | null;
  source: 'RULE' | 'EVENT';
  ruleCode: string | null;
  eventType: string | null;
  dueOn: string;
  priority: number;
  suggestedChannel: ContactChannel;
  reason: { code: string; facts: Record<string, unknown> };
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  postponedFrom: string | null;
  postponeReason: string | null;
}

/** `items`: where the rows come from, the table itself or a narrower set of it named `p`. */
function selectItems(evaluation: { policyId: number; month: string } | undefined, params: SqlParams, items = 'contact_plan_item p'): string {
  const policy = `${params.add(evaluation?.policyId ?? null)}::int`;
  const month = `${params.add(evaluation?.month ?? null)}::date`;
  return `${itemColumns(policy, month)}
    FROM ${items}
    JOIN customer c ON c.id = p.customer_id`;
}

/** The select list of an item `p` of customer `c`, its service tier read from the evaluation `policy` and `month` name (SQL). */
function itemColumns(policy: string, month: string): string {
  // One-row lookups by key as subqueries, not joins: the planner then weighs only the items, the
  // customer and the scope (planning eight joins took longer than running the statement), and
  // computes the lookups for the rows the limit keeps. A staff member's number and name come in
  // one lookup, as an array.
  return `
  SELECT p.id, p.customer_id, c.customer_no, c.name AS customer_name,
         (SELECT te.service_tier FROM tier_evaluation te WHERE te.policy_id = ${policy} AND te.month = ${month} AND te.customer_id = p.customer_id) AS service_tier,
         p.staff_id, (SELECT ARRAY[s.staff_no, s.name] FROM staff s WHERE s.id = p.staff_id) AS staff_ref,
         p.maintainer_staff_id, (SELECT ARRAY[s.staff_no, s.name] FROM staff s WHERE s.id = p.maintainer_staff_id) AS maintainer_ref,
         (SELECT cm.advisor_staff_id FROM customer_maintainer cm WHERE cm.customer_id = p.customer_id) AS advisor_staff_id,
         -- An event's item carries the event's type as its reason code (buildPlanItems step 4).
         p.source, p.rule_code, CASE WHEN p.source = 'EVENT' THEN p.reason ->> 'code' END AS event_type,
         to_char(p.due_on, 'YYYY-MM-DD') AS due_on, p.priority, p.suggested_channel,
         p.reason, p.status, to_char(p.postponed_from, 'YYYY-MM-DD') AS postponed_from, p.postpone_reason`;
}

const toItem = (row: Record<string, unknown>): PlanItemRow => ({
  id: row.id as bigint,
  customerId: row.customer_id as bigint,
  customerNo: row.customer_no as string,
  customerName: row.customer_name as string,
  serviceTier: (row.service_tier as string | null) ?? null,
  staffId: row.staff_id as number,
  staffNo: (row.staff_ref as string[])[0]!,
  staffName: (row.staff_ref as string[])[1]!,
  maintainerStaffId: row.maintainer_staff_id as number,
  maintainerStaffNo: (row.maintainer_ref as string[])[0]!,
  maintainerName: (row.maintainer_ref as string[])[1]!,
  advisorStaffId: (row.advisor_staff_id as number | null) ?? null,
  source: row.source as 'RULE' | 'EVENT',
  ruleCode: (row.rule_code as string | null) ?? null,
  eventType: (row.event_type as string | null) ?? null,
  dueOn: row.due_on as string,
  priority: row.priority as number,
  suggestedChannel: row.suggested_channel as ContactChannel,
  reason: row.reason as PlanItemRow['reason'],
  status: row.status as PlanItemRow['status'],
  postponedFrom: (row.postponed_from as string | null) ?? null,
  postponeReason: (row.postpone_reason as string | null) ?? null,
});

export type ItemFilter =
  | { kind: 'range'; from: string; to: string; staffId?: number; ownStaffId?: number; orgCondition?: (params: SqlParams) => string }
  | { kind: 'ids'; ids: readonly bigint[]; customerId?: bigint };

/** Plan items in the viewer's scope. */
export async function listItems(db: Queryable, viewer: Viewer, evaluation: { policyId: number; month: string } | undefined, filter: ItemFilter, limit = 2000): Promise<PlanItemRow[]> {
  const params = new SqlParams();
  const { rows } = await db.query(`${itemsStatement(viewer, evaluation, filter, params)} LIMIT ${Math.trunc(limit)}`, params.values);
  return rows.map(toItem);
}

/** One page of today's list, and what the page heads it with. */
export interface TodayPage {
  /** The database's today, 'YYYY-MM-DD': what "due" and "overdue" are counted against. */
  date: string;
  rows: PlanItemRow[];
  /** Open items due by today the viewer may see, over all pages. */
  total: number;
  counts: { overdue: number; dueToday: number; doneToday: number };
}

/**
 * One page of a staff member's open items due by today, in the viewer's scope, ranked overdue
 * first, then priority, due date and id (the id makes the order total, so pages never overlap),
 * with the total over all pages (counted over the rows the scope lets through, so it matches what
 * the pages show) and the day's counts — in one statement, which also reads the date and the
 * evaluation in force: the page staff open first thing every day costs one statement, not six.
 */
export async function readTodayPage(pool: Pick<pg.Pool, 'connect'>, viewer: Viewer, staffId: number, page: { offset: number; limit: number }): Promise<TodayPage> {
  const params = new SqlParams();
  const staff = params.add(staffId);
  const [limit, offset] = [params.add(Math.trunc(page.limit)), params.add(Math.trunc(page.offset))];
  // The staff member's open items due by today (one range of their partial index) are taken first,
  // with the columns the ranking needs; the rest is read for the rows of the page only.
  // The scope is decided once per customer of the list, as a value rather than a filter: as a filter
  // the planner expected one customer and ran an RM's scope (their customers) again for every item;
  // as a value its subquery is run once and looked up by hash. OFFSET 0 keeps the value apart from
  // the WHERE clause, else the planner reads every customer of the outlet to test it.
  const statement = `
    WITH day AS MATERIALIZED (SELECT current_date AS today),
    evaluation AS MATERIALIZED (${EVALUATION_IN_FORCE_SQL}),
    mine AS MATERIALIZED (
      SELECT p.id, p.customer_id, p.due_on, p.priority FROM contact_plan_item p
       WHERE p.staff_id = ${staff}::int AND p.status = 'OPEN' AND p.due_on <= (SELECT today FROM day)),
    visible AS MATERIALIZED (
      SELECT m.* FROM mine m WHERE m.customer_id IN (
        SELECT c.id FROM (SELECT c.id, ${customerScopeCondition(viewer, 'c', params)} AS allowed
                            FROM customer c WHERE c.id IN (SELECT customer_id FROM mine) OFFSET 0) c
         WHERE c.allowed)),
    page AS MATERIALIZED (
      SELECT v.id, row_number() OVER (ORDER BY (v.due_on < d.today) DESC, v.priority DESC, v.due_on, v.id) AS rank
        FROM visible v, day d
       ORDER BY rank LIMIT ${limit}::int OFFSET ${offset}::int),
    -- The heading is one row, counted once (as correlated subqueries of the page's rows they would be counted for each row).
    heading AS MATERIALIZED (
      SELECT d.today, (SELECT count(*) FROM visible)::int AS total,
             (SELECT count(*) FROM mine m WHERE m.due_on < d.today)::int AS overdue,
             (SELECT count(*) FROM mine m WHERE m.due_on = d.today)::int AS due_today,
             (SELECT count(*) FROM contact_plan_item x WHERE x.staff_id = ${staff}::int AND x.status = 'DONE'
                 AND x.updated_at >= d.today::timestamptz AND x.updated_at < (d.today + 1)::timestamptz)::int AS done_today
        FROM day d)
    SELECT to_char(h.today, 'YYYY-MM-DD') AS today, h.total, h.overdue, h.due_today, h.done_today, i.*
      FROM heading h
      LEFT JOIN LATERAL (
        ${itemColumns('(SELECT policy_id FROM evaluation)', '(SELECT month FROM evaluation)')}, pg.rank AS page_rank
          FROM page pg JOIN contact_plan_item p ON p.id = pg.id
          JOIN customer c ON c.id = p.customer_id) i ON true
     ORDER BY i.page_rank`;
  // Planning this statement took longer than running it, and its joins are fixed by the CTEs: planned once per connection.
  const { rows } = await queryWithGenericPlan(pool, statement, params.values);
  const head = rows[0]!;
  return {
    date: head.today as string,
    // A page past the end (the list got shorter since the last page was read) is the one row of the heading.
    rows: head.id === null ? [] : rows.map(toItem),
    total: head.total as number,
    counts: { overdue: head.overdue as number, dueToday: head.due_today as number, doneToday: head.done_today as number },
  };
}

/** The statement of `listItems` without its LIMIT. */
function itemsStatement(viewer: Viewer, evaluation: { policyId: number; month: string } | undefined, filter: ItemFilter, params: SqlParams): string {
  const select = selectItems(evaluation, params);
  const where = [customerScopeCondition(viewer, 'c', params)];
  if (filter.kind === 'range') {
    where.push(`p.due_on BETWEEN ${params.add(filter.from)}::date AND ${params.add(filter.to)}::date`, `p.status <> 'CANCELLED'`);
    if (filter.staffId !== undefined) {
      const staff = params.add(filter.staffId);
      where.push(`(p.staff_id = ${staff}::int OR p.maintainer_staff_id = ${staff}::int)`);
    }
    if (filter.ownStaffId !== undefined) {
      const staff = params.add(filter.ownStaffId);
      where.push(`(p.staff_id = ${staff}::int OR p.maintainer_staff_id = ${staff}::int)`);
    }
    if (filter.orgCondition) where.push(filter.orgCondition(params));
  } else {
    where.push(`p.id = ANY(${params.add(filter.ids.map(String))}::bigint[])`);
    if (filter.customerId !== undefined) where.push(`p.customer_id = ${params.add(filter.customerId)}::bigint`);
  }
  return `${select} WHERE ${where.join(' AND ')} ORDER BY p.due_on, p.priority DESC, p.id`;
}

/** Locks an item for a change (postpone, reassign, close). */
export async function lockItem(client: pg.PoolClient, id: bigint): Promise<void> {
  await client.query('SELECT 1 FROM contact_plan_item WHERE id = $1 FOR UPDATE', [id]);
}

export async function postponeItem(client: pg.PoolClient, id: bigint, to: string, reason: string): Promise<void> {
  await client.query(
    `UPDATE contact_plan_item SET postponed_from = coalesce(postponed_from, due_on), due_on = $2, postpone_reason = $3, updated_at = now() WHERE id = $1`,
    [id, to, reason],
  );
}

export async function reassignItem(client: pg.PoolClient, id: bigint, staffId: number): Promise<void> {
  await client.query(`UPDATE contact_plan_item SET staff_id = $2, updated_at = now() WHERE id = $1`, [id, staffId]);
}

/** Closes open items as done by a record; returns the ids it closed. */
export async function closeItems(client: pg.PoolClient, ids: readonly bigint[], recordId: bigint): Promise<string[]> {
  const { rows } = await client.query(
    `UPDATE contact_plan_item SET status = 'DONE', done_record_id = $2, updated_at = now() WHERE id = ANY($1::bigint[]) AND status = 'OPEN' RETURNING id`,
    [ids.map(String), recordId],
  );
  return rows.map((row) => String(row.id));
}
