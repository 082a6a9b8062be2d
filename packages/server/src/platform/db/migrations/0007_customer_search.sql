-- Customer search (docs/customer-api.md "Counting" and "Performance design").

-- An outlet's customers in customer-number order: the outlet head's and the lobby's default page
-- (and any search filtered by outlet) is a range scan of this index that stops at the page size,
-- instead of sorting the outlet's customers on every request.
CREATE INDEX customer_outlet_customer_no_idx ON customer (home_outlet_id, customer_no);

-- Sorting by name walks this index and stops at the page size. The text_pattern_ops index of
-- migration 0005 serves prefix matches but cannot give the collation's order.
CREATE INDEX customer_name_customer_no_idx ON customer (name, customer_no);

-- The customers of a rare tier (private banking is well under 1 %) found from the evaluation in
-- force instead of walking the whole customer table for them; index-only for the tier filter.
CREATE INDEX tier_evaluation_service_tier_idx ON tier_evaluation (policy_id, month, service_tier, customer_id);

-- Searches are short queries that stop at a page size, under many concurrent callers. A parallel
-- plan for them (Gather Merge under a LIMIT) measured 20 times slower than the serial one: the
-- workers read far past the page. The batch statements that read every customer join TEMP
-- tables, which are never scanned in parallel anyway, so they lose nothing.
ALTER TABLE customer SET (parallel_workers = 0);

-- Counts by service tier per home outlet, for the tier counts of a search whose filters are only
-- the caller's scope, tiers and outlet: counting a million customers on every page would cost a
-- full scan, while summing a few thousand rows of this table costs nothing. It holds one build
-- at a time, for the evaluation run in force and the customer data as of `data_version`; a search
-- that finds it stale rebuilds it (customers.service.ts), so it is never wrong, only sometimes
-- rebuilt. `service_tier` NULL counts the customers not in that evaluation (added since).
CREATE TABLE customer_tier_count (
  home_outlet_id  integer NOT NULL,
  service_tier    text CHECK (service_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  customers       bigint NOT NULL
);

CREATE TABLE customer_tier_count_build (
  singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  -- The evaluation run counted (NULL: no tier policy in force yet).
  run_id        bigint,
  data_version  bigint NOT NULL,
  built_at      timestamptz NOT NULL DEFAULT now()
);

-- Moves on with every statement that changes customers (the import, a transfer, a correction),
-- so that a count built before the change is known to be stale. Per statement, not per row: the
-- import's million-row statements pay for one update, not a million.
CREATE TABLE customer_data_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint NOT NULL
);
INSERT INTO customer_data_version (version) VALUES (0);

CREATE FUNCTION customer_data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customer_data_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER customer_data_version_bump
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customer
  FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump();
