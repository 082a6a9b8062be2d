-- Tier policies, monthly tier evaluation runs and their per-customer results. DOMAIN.md §4.
-- Tier codes: STANDARD < GOLD < PLATINUM < DIAMOND < PRIVATE. STANDARD is implicit (threshold
-- 0.00): a policy lists only the tiers above it. Money is bigint cents.

-- A policy version is immutable once stored: every evaluation names the version it used.
-- Importing a changed policy under the same code adds version + 1 and makes it the active one.
CREATE TABLE tier_policy (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code          text NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  version       integer NOT NULL CHECK (version >= 1),
  name          text NOT NULL,
  description   text NOT NULL DEFAULT '',
  metric        text NOT NULL CHECK (metric IN ('MONTH_AVG', 'ROLLING_QUARTER_AVG', 'MIN_OF_3_MONTH_AVGS',
                  'TWELVE_MONTH_AVG', 'POINT')),
  -- Ascending: [{"tier": "GOLD", "threshold_cents": "10000000", "special_admission_approver": "OUTLET_HEAD"}, …]
  -- (cents as a string: a JSON number would not hold every int8).
  tiers         jsonb NOT NULL CHECK (jsonb_typeof(tiers) = 'array' AND jsonb_array_length(tiers) >= 1),
  grace_months  integer NOT NULL DEFAULT 3 CHECK (grace_months >= 0),
  auto_upgrade  boolean NOT NULL DEFAULT false,
  gap_handling  text NOT NULL DEFAULT 'REFUSE' CHECK (gap_handling IN ('REFUSE', 'CARRY_FORWARD')),
  -- The version evaluations use; at most one per code (the latest; none when the code is retired).
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL,
  UNIQUE (code, version)
);
CREATE UNIQUE INDEX tier_policy_one_active_idx ON tier_policy (code) WHERE active;

-- One row per evaluation of a month under a policy version. The facts shared by every customer
-- of the run (thresholds, window, previous month used) live here once, not in each result row.
CREATE TABLE tier_evaluation_run (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id         integer NOT NULL REFERENCES tier_policy (id),
  month             date NOT NULL CHECK (extract(day FROM month) = 1),
  actor             text NOT NULL,
  started_at        timestamptz NOT NULL,
  finished_at       timestamptz,
  -- RUNNING only inside the evaluating transaction (result rows need the run's id first);
  -- FAILED runs are recorded after the rollback, for the data-management screens.
  status            text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
  customers         integer NOT NULL DEFAULT 0,
  -- {"STANDARD": 12, "GOLD": 3, …}: qualified tiers, service tiers, statuses.
  qualified_counts  jsonb NOT NULL DEFAULT '{}',
  service_counts    jsonb NOT NULL DEFAULT '{}',
  status_counts     jsonb NOT NULL DEFAULT '{}',
  -- {"window": {windowStart, windowEnd, days, carriedForwardDays}, "previous": {month, policyVersion} | null}
  facts             jsonb NOT NULL DEFAULT '{}',
  error             text
);
CREATE INDEX tier_evaluation_run_policy_month_idx ON tier_evaluation_run (policy_id, month);

-- The result per customer, month and policy version; customer_id stays the distribution key.
-- The service-tier chain follows the policy code across versions: last month's row may belong
-- to an older version (the run's facts name which).
-- No foreign keys here: PostgreSQL checks them row by row, which measured 20 of 30 s for a
-- million rows; the rows are written only by the one statement that takes policy_id and run_id
-- from the run it has just inserted. Nothing derivable is stored either: the explanation is
-- assembled on reading (view below) from these columns, the run and the immutable policy version.
CREATE TABLE tier_evaluation (
  policy_id              integer NOT NULL,
  month                  date NOT NULL,
  customer_id            bigint NOT NULL,
  run_id                 bigint NOT NULL,
  metric_cents           bigint NOT NULL,
  qualified_tier         text NOT NULL CHECK (qualified_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  -- Last month's service tier under the policy code; NULL on the customer's initial evaluation.
  previous_service_tier  text CHECK (previous_service_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  service_tier           text NOT NULL CHECK (service_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  -- Consecutive months qualified below the previous service tier, this month included: the count
  -- of a SUBSTANDARD row, or the count that caused a DOWNGRADED one (the next month counts from 0).
  substandard_months     integer NOT NULL CHECK (substandard_months >= 0),
  status                 text NOT NULL CHECK (status IN ('INITIAL', 'QUALIFIED', 'QUALIFIED_NOT_UPGRADED', 'UPGRADED',
                           'SUBSTANDARD', 'DOWNGRADED')),
  PRIMARY KEY (policy_id, month, customer_id)
);

-- Each result with its explanation (DOMAIN.md §4: metric and value, thresholds, policy code and
-- version, the deciding rule, the window), for SQL readers such as reports and the API.
CREATE VIEW tier_evaluation_explained AS
SELECT e.*, c.customer_no, p.code AS policy_code, p.version AS policy_version,
  jsonb_build_object(
    'metric', p.metric,
    'valueCents', e.metric_cents::text,
    'policy', jsonb_build_object('code', p.code, 'version', p.version),
    'thresholds', p.tiers,
    'rule', e.status,
    'qualifiedTier', e.qualified_tier,
    'previousServiceTier', e.previous_service_tier,
    'serviceTier', e.service_tier,
    'substandardMonths', e.substandard_months,
    'graceMonths', p.grace_months,
    'autoUpgrade', p.auto_upgrade,
    'window', r.facts -> 'window',
    'previousEvaluation', r.facts -> 'previous') AS explanation
FROM tier_evaluation e
JOIN tier_policy p ON p.id = e.policy_id
JOIN tier_evaluation_run r ON r.id = e.run_id
JOIN customer c ON c.id = e.customer_id;
