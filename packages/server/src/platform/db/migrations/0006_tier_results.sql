-- Tier results per month and org (docs/api.md "Tier results"): the counts and metric totals of
-- each evaluation per home outlet and tier combination, written by the evaluation itself
-- (tier-summary.store.ts) in the same transaction as its rows. Counting a million
-- tier_evaluation rows joined to their customers costs 1.5–2 s on every request; summing the few
-- thousand rows of a month here costs milliseconds, and the org tree above the outlets is walked
-- when read, so a reorganised tree shows at once.
--
-- A month's figures are as evaluated: a customer counts at the home outlet they had when the
-- month was evaluated (re-evaluating the month, as a correction does, counts them again).
CREATE TABLE tier_summary (
  policy_id              integer NOT NULL,
  month                  date NOT NULL,
  home_outlet_id         integer NOT NULL,
  -- NULL: the customer's initial evaluation under the policy code.
  previous_service_tier  text,
  service_tier           text NOT NULL,
  qualified_tier         text NOT NULL,
  status                 text NOT NULL,
  customers              integer NOT NULL CHECK (customers > 0),
  -- Sum of the customers' metric (tier_evaluation.metric_cents), in cents.
  metric_cents           bigint NOT NULL
);
CREATE INDEX tier_summary_policy_month_idx ON tier_summary (policy_id, month);

-- Months evaluated before this table existed.
INSERT INTO tier_summary (policy_id, month, home_outlet_id, previous_service_tier, service_tier, qualified_tier, status,
  customers, metric_cents)
SELECT e.policy_id, e.month, c.home_outlet_id, e.previous_service_tier, e.service_tier, e.qualified_tier, e.status,
  count(*), sum(e.metric_cents)
FROM tier_evaluation e JOIN customer c ON c.id = e.customer_id
GROUP BY e.policy_id, e.month, c.home_outlet_id, e.previous_service_tier, e.service_tier, e.qualified_tier, e.status;
