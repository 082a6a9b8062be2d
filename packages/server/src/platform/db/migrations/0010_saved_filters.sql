-- Saved customer-search filters (docs/customer-api.md "Saved filters"), and the indexes of the
-- search's evaluation filters (status, tier change).

-- A staff member's named searches: the criteria of POST /api/customers/search without paging,
-- and the columns they chose. Never a phone or ID number: the service refuses to save those.
-- Deleted with the staff member: a filter is nobody else's.
CREATE TABLE saved_filter (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_id    integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  criteria    jsonb NOT NULL,
  columns     text[] NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- Names are unique per staff member; the unique index also serves "my filters by name".
  CONSTRAINT saved_filter_staff_name_key UNIQUE (staff_id, name)
);

-- "Substandard customers" across a branch: the customers of the evaluation in force with a given
-- status, index-only, instead of looking up the status of every customer walked.
CREATE INDEX tier_evaluation_status_idx ON tier_evaluation (policy_id, month, status, customer_id);

-- "Whose tier moved this month": only upgrades and downgrades (a few per cent of a month's rows)
-- are in this index. The search repeats its predicate word for word so the planner can use it.
CREATE INDEX tier_evaluation_tier_change_idx ON tier_evaluation (policy_id, month, customer_id)
  WHERE previous_service_tier IS NOT NULL AND service_tier <> previous_service_tier;
