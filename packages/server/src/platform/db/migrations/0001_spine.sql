-- The data spine: reference data from the feed, FX, daily and monthly AUM, import bookkeeping.
-- DOMAIN.md §1-§3. Money is bigint cents; rates numeric(20,6); dates are dates.
-- The big tables (customer, account) carry no foreign keys: the import is their only writer and
-- checks every reference set-wise before it applies anything, while per-row FK triggers would
-- cost minutes on a bank's first load (millions of rows). Small tables keep theirs.

CREATE TABLE org (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  level       text NOT NULL CHECK (level IN ('HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'OUTLET')),
  parent_id   integer REFERENCES org (id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  staff_no    text NOT NULL UNIQUE,
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('HQ_WEALTH_ADMIN', 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD',
                'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR', 'LOBBY_MANAGER', 'TELLER', 'AUDITOR')),
  org_id      integer NOT NULL REFERENCES org (id),
  phone       text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_org_idx ON staff (org_id);

CREATE TABLE product (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_code       text NOT NULL UNIQUE,
  name               text NOT NULL,
  category           text NOT NULL CHECK (category IN ('DEMAND_DEPOSIT', 'TIME_DEPOSIT', 'LARGE_CD', 'TREASURY_BOND',
                       'WEALTH_PRODUCT', 'FUND', 'INSURANCE', 'TRUST', 'ASSET_MGMT_PLAN', 'PRECIOUS_METAL', 'LOAN', 'CREDIT_CARD')),
  risk_level         text NOT NULL CHECK (risk_level IN ('R1', 'R2', 'R3', 'R4', 'R5')),
  currency           char(3) NOT NULL,
  series             text NOT NULL,
  counts_toward_aum  boolean NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customer (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_no     text NOT NULL UNIQUE,
  name            text NOT NULL,
  id_type         text NOT NULL CHECK (id_type IN ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT',
                    'FOREIGN_RESIDENT_PERMIT', 'OTHER')),
  id_no           text NOT NULL,
  gender          char(1) NOT NULL CHECK (gender IN ('M', 'F')),
  birth_date      date,
  phone           text NOT NULL,
  email           text NOT NULL,
  occupation      text NOT NULL CHECK (occupation IN ('GOVERNMENT_OFFICIAL', 'CIVIL_SERVANT', 'SENIOR_EXECUTIVE',
                    'MIDDLE_MANAGER', 'ENTREPRENEUR', 'SCHOLAR', 'STAR', 'HOMEMAKER', 'OTHER')),
  home_outlet_id  integer NOT NULL,
  opened_on       date NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_home_outlet_idx ON customer (home_outlet_id);

CREATE TABLE account (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_no   text NOT NULL UNIQUE,
  customer_id  bigint NOT NULL,
  product_id   integer NOT NULL,
  currency     char(3) NOT NULL,
  opened_on    date NOT NULL,
  maturity_on  date,
  status       text NOT NULL CHECK (status IN ('ACTIVE', 'DORMANT', 'FROZEN', 'CLOSED')),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_customer_idx ON account (customer_id);

CREATE TABLE fx_rate (
  as_of        date NOT NULL,
  currency     char(3) NOT NULL,
  rate_to_cny  numeric(20, 6) NOT NULL CHECK (rate_to_cny > 0),
  PRIMARY KEY (as_of, currency)
);

-- One row per closed business day: the balances file it was closed from and its totals.
CREATE TABLE business_day (
  day              date PRIMARY KEY,
  balances_sha256  text NOT NULL,
  balance_rows     integer NOT NULL,
  customers        integer NOT NULL,
  total_aum_cents  bigint NOT NULL,
  closed_at        timestamptz NOT NULL DEFAULT now(),
  import_run_id    bigint NOT NULL
);

-- Daily AUM per customer (cents), one partition per day: a day is replaced whole when a
-- corrected balances file arrives. Customers with no AUM-counting holding that day have no row.
CREATE TABLE customer_daily_aum (
  day          date NOT NULL,
  customer_id  bigint NOT NULL,
  aum_cents    bigint NOT NULL
) PARTITION BY RANGE (day);

-- Sum of daily AUM per customer and calendar month (cents), one partition per month, rebuilt
-- (old + delta) rather than upserted when a day closes: see docs/pipeline.md.
CREATE TABLE customer_monthly_aum (
  month          date NOT NULL,
  customer_id    bigint NOT NULL,
  aum_sum_cents  bigint NOT NULL
) PARTITION BY RANGE (month);

-- Every import run, applied or refused, for the data-management screens.
CREATE TABLE import_run (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at   timestamptz NOT NULL,
  finished_at  timestamptz NOT NULL DEFAULT now(),
  actor        text NOT NULL,
  source_dir   text NOT NULL,
  status       text NOT NULL CHECK (status IN ('APPLIED', 'REJECTED', 'NOTHING_TO_DO')),
  files        jsonb NOT NULL,
  row_counts   jsonb NOT NULL,
  error_count  integer NOT NULL DEFAULT 0,
  errors       jsonb NOT NULL DEFAULT '[]',
  days_closed  date[] NOT NULL DEFAULT '{}',
  duration_ms  integer NOT NULL
);

-- The files applied so far: same name and same checksum again is skipped.
CREATE TABLE imported_file (
  file_name      text PRIMARY KEY,
  sha256         text NOT NULL,
  rows           integer NOT NULL,
  import_run_id  bigint NOT NULL REFERENCES import_run (id),
  applied_at     timestamptz NOT NULL DEFAULT now()
);
