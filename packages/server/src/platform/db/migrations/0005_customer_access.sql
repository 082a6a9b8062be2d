-- What the customer APIs need (issue 4; docs/security.md): keyed hashes for exact search on
-- phone and ID number, staff who have left, the maintainer relation that record scope follows,
-- and the latest balance of each account for the customer 360.

-- HMAC-SHA256 of the normalized value under the search key (platform/access/search-key.ts). The
-- key lives outside the database, so a copy of the database alone cannot test guesses against
-- these columns; search is by exact hash, never by LIKE on the plain value.
ALTER TABLE customer ADD COLUMN phone_hash bytea, ADD COLUMN id_no_hash bytea;
CREATE INDEX customer_phone_hash_idx ON customer (phone_hash);
CREATE INDEX customer_id_no_hash_idx ON customer (id_no_hash);
-- Name search: prefix and exact matches on the name, customer number lookups use the unique index.
CREATE INDEX customer_name_idx ON customer (name text_pattern_ops);

-- Which key the hashes were made with: a process holding another key refuses to start instead
-- of silently finding nobody (platform/access/search-key.ts).
CREATE TABLE search_key_check (
  singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  fingerprint  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

-- A staff member who leaves loses access at once (DOMAIN.md §11): the feed marks them LEFT, the
-- import ends their sessions in the same transaction, and login refuses them.
ALTER TABLE staff ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'LEFT'));

-- The maintainer relation (DOMAIN.md §6): one maintainer per customer, optionally a supporting
-- wealth advisor. Record scope for RMs and advisors follows it. Until allocation is built its
-- source is the feed's maintainers.csv (relations carried over from the bank's earlier system);
-- the allocation issue adds history and the allocation workflow on top of this table.
CREATE TABLE customer_maintainer (
  customer_id          bigint PRIMARY KEY,
  maintainer_staff_id  integer NOT NULL REFERENCES staff (id),
  advisor_staff_id     integer REFERENCES staff (id) CHECK (advisor_staff_id IS DISTINCT FROM maintainer_staff_id),
  since                timestamptz NOT NULL DEFAULT now(),
  source               text NOT NULL
);
CREATE INDEX customer_maintainer_maintainer_idx ON customer_maintainer (maintainer_staff_id);
CREATE INDEX customer_maintainer_advisor_idx ON customer_maintainer (advisor_staff_id) WHERE advisor_staff_id IS NOT NULL;

-- The balances of the latest closed business day, per account, for the customer 360 ("holdings
-- with balances"). Daily AUM keeps only per-customer sums; this keeps one day of the raw
-- balances: replaced whole when a day at or after `as_of` closes, untouched when an older day
-- is re-closed.
CREATE TABLE account_balance (
  account_id     bigint PRIMARY KEY,
  customer_id    bigint NOT NULL,
  as_of          date NOT NULL,
  -- In the account's currency, and converted to CNY at that day's rate (DOMAIN.md §3 rounding).
  balance_cents  bigint NOT NULL,
  cny_cents      bigint NOT NULL
);
CREATE INDEX account_balance_customer_idx ON account_balance (customer_id);
