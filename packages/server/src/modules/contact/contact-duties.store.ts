/**
 * Contact duties in SQL: every customer × duty spec (contact-duties.rules.ts) at once, with the
 * counts of qualifying contact records and the status, as one SELECT that compliance aggregates
 * and the plan build inserts from. Set-based: contact records are joined by customer and window
 * and grouped, never looked up one customer at a time. Met-ness and status are those of
 * `dutyMet` and `dutyStatus` (the reference; contact-duties.store.test.ts runs both).
 *
 * The customers are those with a maintainer and a result in the evaluation in force (their
 * service tier and AUM decide which rules apply); `customerCondition` narrows them (the caller's
 * scope, an org, a staff member) inside the same statement.
 */
import type { SqlParams } from '../../platform/db/sql-params.ts';
import { CALL_CHANNELS, MEETING_CHANNELS } from './contact-rules.schemas.ts';
import { CONSENT_CHANNELS, NON_CONTACT_OUTCOMES, type DutySpec } from './contact-duties.rules.ts';

export interface DutyQueryInput {
  specs: readonly DutySpec[];
  evaluation: { policyId: number; month: string };
  today: string;
  /** A condition on `customer c` and `customer_maintainer m` (already parenthesized), or 'true'. */
  customerCondition: string;
}

/** The JSON handed to jsonb_to_recordset: snake_case columns of `spec`. */
function specJson(specs: readonly DutySpec[]): string {
  return JSON.stringify(
    specs.map((s, index) => ({
      spec_id: index,
      rule_code: s.ruleCode,
      kind: s.kind,
      period_start: s.periodStart,
      period_end: s.periodEnd,
      window_start: s.windowStart,
      window_end: s.windowEnd,
      due_on: s.dueOn,
      key: s.key,
      occasion: s.occasion,
      birthday: s.birthday,
      days_before: s.daysBefore,
      min_calls: s.minCalls,
      min_meetings: s.minMeetings,
      min_contacts: s.minContacts,
      min_customers: s.minCustomers,
      purpose: s.purpose,
      channels: s.channels,
      min_count: s.minCount,
      tiers: s.tiers,
      min_aum: s.minAumCents,
      max_aum: s.maxAumCents,
      after_days: s.afterDays,
      follow_channel: s.followChannel,
      marketing: s.marketing,
    })),
  );
}

/**
 * A SELECT of duty rows: customer_id (null for a staff member's weekly duty), staff_id (the
 * maintainer), outlet_id (the customer's home outlet, or the staff member's org), tier,
 * metric_cents, rule_code, kind, period_start, period_end, due_on, key, occasion, status,
 * facts (jsonb) and last_record_id (the latest qualifying record, which closes a plan item).
 */
export function dutyRowsSql(params: SqlParams, input: DutyQueryInput): string {
  const specs = params.add(specJson(input.specs));
  const policy = params.add(input.evaluation.policyId);
  const month = params.add(input.evaluation.month);
  const today = params.add(input.today);
  const calls = params.add(CALL_CHANNELS);
  const meetings = params.add(MEETING_CHANNELS);
  const consentChannels = params.add(CONSENT_CHANNELS);
  const nonContact = params.add(NON_CONTACT_OUTCOMES);
  const reached = (r: string) => `NOT (${r}.outcome = ANY(${nonContact}::text[]))`;
  const applies = `(CASE WHEN s.tiers IS NULL THEN b.tier <> 'STANDARD' ELSE b.tier = ANY(s.tiers) END)
      AND (s.min_aum IS NULL OR b.metric_cents >= s.min_aum) AND (s.max_aum IS NULL OR b.metric_cents < s.max_aum)`;
  // A birthday in a year, 29 February on 28 February in common years (contact-duties.rules.ts birthdayIn).
  const birthdayIn = (year: string) => `(make_date(${year}, extract(month FROM b.birth_date)::int, 1)
      + (least(extract(day FROM b.birth_date)::int,
               extract(day FROM make_date(${year}, extract(month FROM b.birth_date)::int, 1) + interval '1 month' - interval '1 day')::int) - 1))`;
  return `
  WITH spec AS (
    SELECT * FROM jsonb_to_recordset(${specs}::jsonb) AS s(spec_id int, rule_code text, kind text, period_start date, period_end date,
      window_start date, window_end date, due_on date, key text, occasion text, birthday boolean, days_before int, min_calls int,
      min_meetings int, min_contacts int, min_customers int, purpose text, channels text[], min_count int, tiers text[], min_aum bigint,
      max_aum bigint, after_days int, follow_channel text, marketing boolean)
  ), base AS (
    SELECT c.id AS customer_id, c.home_outlet_id AS outlet_id, c.birth_date, c.opened_on, m.since::date AS related_on, m.maintainer_staff_id AS staff_id,
           e.service_tier AS tier, e.metric_cents
      FROM customer c
      JOIN customer_maintainer m ON m.customer_id = c.id
      JOIN tier_evaluation e ON e.policy_id = ${policy}::int AND e.month = ${month}::date AND e.customer_id = c.id
     WHERE ${input.customerCondition}
  ), owed AS (
    -- Customer duties with a fixed window: periodic rules and festivals.
    SELECT b.*, s.spec_id, s.window_start AS w_start, s.window_end AS w_end, s.due_on AS due, s.key AS duty_key
      FROM base b JOIN spec s ON s.kind NOT IN ('STAFF_WEEKLY_CUSTOMERS', 'NO_VISIT_FOLLOW_UP') AND NOT s.birthday AND ${applies}
    UNION ALL
    -- Birthdays: the customer's day within the spec's range, the window daysBefore it.
    SELECT b.*, s.spec_id, bd.day - s.days_before, bd.day, bd.day, 'BIRTHDAY:' || extract(year FROM bd.day)::int
      FROM base b JOIN spec s ON s.birthday AND ${applies}
      CROSS JOIN LATERAL (
        SELECT min(d) AS day FROM (VALUES (${birthdayIn('extract(year FROM s.period_start)::int')}),
                                          (${birthdayIn('extract(year FROM s.period_end)::int')})) AS candidates (d)
         WHERE d BETWEEN s.period_start AND s.period_end) bd
     WHERE b.birth_date IS NOT NULL AND bd.day IS NOT NULL
  ), counted AS (
    -- Only duties with records in their window are grouped; the others count zero (LEFT JOIN below).
    SELECT o.customer_id, o.spec_id,
           count(*) FILTER (WHERE r.channel = ANY(${calls}::text[])) AS calls,
           count(*) FILTER (WHERE r.channel = ANY(${meetings}::text[])) AS meetings,
           count(*) AS contacts,
           count(*) FILTER (WHERE r.purpose = s.purpose AND (s.channels IS NULL OR r.channel = ANY(s.channels))) AS purpose_count,
           max(r.id) FILTER (WHERE s.purpose IS NULL OR (r.purpose = s.purpose AND (s.channels IS NULL OR r.channel = ANY(s.channels)))) AS last_record_id
      FROM owed o
      JOIN spec s ON s.spec_id = o.spec_id
      JOIN contact_record r ON r.customer_id = o.customer_id AND ${reached('r')}
       AND r.occurred_at >= o.w_start::timestamptz AND r.occurred_at < (o.w_end + 1)::timestamptz
     GROUP BY o.customer_id, o.spec_id
  ), consented AS (
    -- The remote channels each customer's consent in force grants (the latest record per channel).
    SELECT l.customer_id, array_agg(l.channel) AS channels
      FROM (SELECT DISTINCT ON (mc.customer_id, mc.channel) mc.customer_id, mc.channel, mc.granted
              FROM marketing_consent mc ORDER BY mc.customer_id, mc.channel, mc.id DESC) l
     WHERE l.granted GROUP BY l.customer_id
  ), customer_duty AS (
    SELECT o.customer_id, o.staff_id, o.outlet_id, o.tier, o.metric_cents, s.rule_code, s.kind, s.period_start, s.period_end,
           o.due AS due_on, o.duty_key AS key, s.occasion, k.last_record_id,
           CASE s.kind
             WHEN 'CUSTOMER_CONTACTS' THEN coalesce(k.calls >= s.min_calls, false) OR coalesce(k.meetings >= s.min_meetings, false)
                                           OR coalesce(k.contacts >= s.min_contacts, false)
             ELSE coalesce(k.purpose_count, 0) >= coalesce(s.min_count, 1)
           END AS met,
           NOT s.marketing OR coalesce(cs.channels && coalesce(s.channels, ${consentChannels}::text[]), false) AS applicable,
           jsonb_build_object('calls', coalesce(k.calls, 0), 'meetings', coalesce(k.meetings, 0), 'contacts', coalesce(k.contacts, 0),
             'count', coalesce(k.purpose_count, 0),
             'windowStart', to_char(o.w_start, 'YYYY-MM-DD'), 'windowEnd', to_char(o.w_end, 'YYYY-MM-DD')) AS facts
      FROM owed o JOIN spec s ON s.spec_id = o.spec_id
      LEFT JOIN counted k ON k.customer_id = o.customer_id AND k.spec_id = o.spec_id
      LEFT JOIN consented cs ON s.marketing AND cs.customer_id = o.customer_id
  ), no_visit_base AS (
    SELECT b.*, s.spec_id, s.period_end AS as_of FROM base b JOIN spec s ON s.kind = 'NO_VISIT_FOLLOW_UP' AND ${applies}
  ), last_meeting AS (
    SELECT v.customer_id, v.spec_id, max(r.occurred_at)::date AS day
      FROM no_visit_base v JOIN contact_record r ON r.customer_id = v.customer_id AND r.channel = ANY(${meetings}::text[]) AND ${reached('r')}
       AND r.occurred_at < (v.as_of + 1)::timestamptz
     GROUP BY v.customer_id, v.spec_id
  ), no_visit AS (
    -- The last meeting up to the as-of day, then any follow-up on the channel after it. Never met:
    -- counted from when the maintainer took the customer on (or the customer opened, if later),
    -- not from an account opened years before anyone was asked to visit.
    SELECT v.*, lm.day AS met_on, coalesce(lm.day, greatest(v.opened_on, v.related_on)) AS last_meeting_on
      FROM no_visit_base v LEFT JOIN last_meeting lm ON lm.customer_id = v.customer_id AND lm.spec_id = v.spec_id
  ), follow_up AS (
    SELECT v.customer_id, v.spec_id, max(r.id) AS id
      FROM no_visit v JOIN spec s ON s.spec_id = v.spec_id
      JOIN contact_record r ON r.customer_id = v.customer_id AND r.channel = s.follow_channel AND ${reached('r')}
       AND r.occurred_at >= (v.last_meeting_on + 1)::timestamptz AND r.occurred_at < (v.as_of + 1)::timestamptz
     GROUP BY v.customer_id, v.spec_id
  ), no_visit_duty AS (
    SELECT v.customer_id, v.staff_id, v.outlet_id, v.tier, v.metric_cents, s.rule_code, s.kind, s.period_start, s.period_end,
           (v.last_meeting_on + s.after_days + 1) AS due_on, 'NO_VISIT:' || to_char(v.last_meeting_on + s.after_days + 1, 'YYYY-MM-DD') AS key,
           NULL::text AS occasion, f.id AS last_record_id,
           v.as_of < v.last_meeting_on + s.after_days + 1 OR f.id IS NOT NULL AS met,
           true AS applicable,
           jsonb_build_object('lastMeetingOn', to_char(v.met_on, 'YYYY-MM-DD'), 'countedFrom', to_char(v.last_meeting_on, 'YYYY-MM-DD'), 'afterDays', s.after_days,
             'days', v.as_of - v.last_meeting_on, 'channel', s.follow_channel) AS facts
      FROM no_visit v JOIN spec s ON s.spec_id = v.spec_id
      LEFT JOIN follow_up f ON f.customer_id = v.customer_id AND f.spec_id = v.spec_id
  ), staff_week AS (
    -- A staff member's week: distinct applicable customers they maintain, and those they contacted themselves.
    SELECT s.spec_id, b.staff_id, count(DISTINCT b.customer_id) AS maintained, count(DISTINCT r.customer_id) AS contacted, max(r.id) AS last_record_id
      FROM base b JOIN spec s ON s.kind = 'STAFF_WEEKLY_CUSTOMERS' AND ${applies}
      LEFT JOIN contact_record r ON r.customer_id = b.customer_id AND r.staff_id = b.staff_id AND ${reached('r')}
       AND r.occurred_at >= s.period_start::timestamptz AND r.occurred_at < (s.period_end + 1)::timestamptz
     GROUP BY s.spec_id, b.staff_id
  ), staff_duty AS (
    SELECT NULL::bigint AS customer_id, w.staff_id, st.org_id AS outlet_id, NULL::text AS tier, NULL::bigint AS metric_cents,
           s.rule_code, s.kind, s.period_start, s.period_end, s.period_end AS due_on, s.key, NULL::text AS occasion, w.last_record_id,
           w.contacted >= least(s.min_customers, w.maintained) AS met, true AS applicable,
           jsonb_build_object('maintained', w.maintained, 'contacted', w.contacted, 'required', least(s.min_customers, w.maintained)) AS facts
      FROM staff_week w JOIN spec s ON s.spec_id = w.spec_id JOIN staff st ON st.id = w.staff_id
  ), duty AS (
    SELECT * FROM customer_duty UNION ALL SELECT * FROM no_visit_duty UNION ALL SELECT * FROM staff_duty
  )
  SELECT d.customer_id, d.staff_id, d.outlet_id, d.tier, d.metric_cents, d.rule_code, d.kind,
         to_char(d.period_start, 'YYYY-MM-DD') AS period_start, to_char(d.period_end, 'YYYY-MM-DD') AS period_end,
         d.due_on, d.key, d.occasion, d.last_record_id, d.facts,
         CASE WHEN NOT d.applicable THEN 'NOT_APPLICABLE' WHEN d.met THEN 'MET'
              WHEN d.due_on < ${today}::date THEN 'OVERDUE' ELSE 'DUE' END AS status
    FROM duty d`;
}
