-- Contact (客户联络, DOMAIN.md §7; issue 7): contact rules as versioned data, contact events
-- detected daily, contact plans built from both, contact records, and marketing consent.
-- Communication reports and the work log follow in 0017.

-- When a product was first seen in the feed: "new product" events (§7 product events) go to the
-- customers it suits for a while after it appears. Products already loaded count as seen on the
-- day their first account opened (or today when none has).
ALTER TABLE product ADD COLUMN first_seen_on date;
UPDATE product p SET first_seen_on = coalesce((SELECT min(a.opened_on) FROM account a WHERE a.product_id = p.id), current_date);
ALTER TABLE product ALTER COLUMN first_seen_on SET NOT NULL;
ALTER TABLE product ALTER COLUMN first_seen_on SET DEFAULT current_date;

-- Contact rules (定期联系制度, §7) as versioned data, like tier policies: one ACTIVE version at a
-- time; a version in use is never edited, a new one is drafted and activated.
-- `rules` is a list of duties (contact-rules.schemas.ts ContactRule); `event_settings` holds the
-- detection thresholds and look-ahead days (ContactEventSettings). Both are validated by the zod
-- schemas before they are stored.
CREATE TABLE contact_rule_set (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version         integer NOT NULL UNIQUE CHECK (version >= 1),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  rules           jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'array'),
  event_settings  jsonb NOT NULL CHECK (jsonb_typeof(event_settings) = 'object'),
  status          text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  activated_at    timestamptz
);
CREATE UNIQUE INDEX contact_rule_set_one_active_idx ON contact_rule_set ((true)) WHERE status = 'ACTIVE';

-- Customers' marketing consent per channel (PIPL, §13: consent per purpose and per channel,
-- withdrawable as easily as given). Append-only: the latest row per customer and channel is in
-- force; no row means no consent. Service contacts never need it; marketing contacts do.
CREATE TABLE marketing_consent (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id          bigint NOT NULL REFERENCES customer (id),
  channel              text NOT NULL CHECK (channel IN ('PHONE', 'SMS', 'WECHAT', 'EMAIL')),
  granted              boolean NOT NULL,
  -- Where the customer said so: at the counter, by phone, on the portal, on a signed form.
  source               text NOT NULL CHECK (source IN ('COUNTER', 'PHONE', 'PORTAL', 'FORM')),
  recorded_by_staff_id integer REFERENCES staff (id),
  recorded_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX marketing_consent_latest_idx ON marketing_consent (customer_id, channel, id DESC);

-- Events entered by head office or a branch for a set of customers (§7 external: market news,
-- bank events). Each chosen customer gets a contact_event of type EXTERNAL.
CREATE TABLE contact_external_event (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title                text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  description          text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  event_date           date NOT NULL,
  -- The org whose customers it may reach (the creator's org: HQ or a branch).
  org_id               integer NOT NULL REFERENCES org (id),
  created_by_staff_id  integer NOT NULL REFERENCES staff (id),
  created_at           timestamptz NOT NULL DEFAULT now()
);

-- Contact events (联络事件, §7), detected daily after the close, set-based over all customers.
-- Idempotent: what makes an event one event is (customer, type, dedupe_key), e.g. BIRTHDAY with
-- '2026', FESTIVAL with 'MID_AUTUMN:2026', MATURITY with the account number and date,
-- LARGE_MOVEMENT with the business date; re-running a day inserts nothing new.
-- No foreign key on customer_id, as on the other per-customer tables written in bulk.
CREATE TABLE contact_event (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id        bigint NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('LIFE', 'BEHAVIOUR', 'PRODUCT', 'EXTERNAL')),
  type               text NOT NULL CHECK (type IN ('BIRTHDAY', 'ANNIVERSARY', 'FESTIVAL', 'LARGE_MOVEMENT', 'MATURITY',
                       'TIER_CHANGE', 'SUBSTANDARD', 'CARD_EXPIRY', 'SPECIAL_ADMISSION_EXPIRY', 'NEAR_THRESHOLD',
                       'NO_VISIT', 'NEW_PRODUCT', 'EXTERNAL')),
  dedupe_key         text NOT NULL,
  -- The day the event concerns (the birthday, the maturity date, the day of the movement).
  event_date         date NOT NULL,
  -- The business date whose detection found it.
  detected_on        date NOT NULL,
  -- The data the event names, for its message: amounts as decimal strings, dates as ISO strings.
  facts              jsonb NOT NULL DEFAULT '{}',
  external_event_id  bigint REFERENCES contact_external_event (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (customer_id, type, dedupe_key)
);
CREATE INDEX contact_event_detected_idx ON contact_event (detected_on);
CREATE INDEX contact_event_customer_idx ON contact_event (customer_id, event_date DESC);

-- One detection (and plan build) per business date and attempt, for the data page and reruns.
CREATE TABLE contact_detection_run (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  business_date   date NOT NULL,
  rule_set_id     integer NOT NULL REFERENCES contact_rule_set (id),
  status          text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
  -- Events inserted per type, plan items created and closed, timings: what the data page shows.
  counts          jsonb NOT NULL DEFAULT '{}',
  error           text,
  started_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz
);
CREATE INDEX contact_detection_run_date_idx ON contact_detection_run (business_date, id DESC);

-- Contact records (联络记录, §7): what was done, by whom, through which channel. Channel classes
-- for the rules: PHONE is a call; OUTLET_VISIT, HOME_VISIT and EVENT are meetings.
CREATE TABLE contact_record (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id       bigint NOT NULL REFERENCES customer (id),
  staff_id          integer NOT NULL REFERENCES staff (id),
  channel           text NOT NULL CHECK (channel IN ('PHONE', 'SMS', 'WECHAT', 'EMAIL', 'OUTLET_VISIT', 'HOME_VISIT', 'EVENT')),
  -- Why: marketing purposes (PRODUCT, SALON_INVITATION) need the customer's marketing consent on
  -- the channel; service purposes never do (§13 "refusing marketing never blocks service").
  purpose           text NOT NULL CHECK (purpose IN ('SERVICE', 'GREETING', 'FOLLOW_UP', 'GIFT', 'PRODUCT', 'SALON_INVITATION')),
  occurred_at       timestamptz NOT NULL,
  duration_minutes  integer CHECK (duration_minutes BETWEEN 0 AND 1440),
  outcome           text NOT NULL CHECK (outcome IN ('REACHED', 'NOT_REACHED', 'DECLINED', 'APPOINTMENT', 'COMPLETED')),
  notes             text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  next_step         text NOT NULL DEFAULT '' CHECK (length(next_step) <= 500),
  next_step_on      date,
  -- The opportunity it served (selling, a later issue); no foreign key until that table exists.
  opportunity_id    bigint,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_record_customer_idx ON contact_record (customer_id, occurred_at DESC);
CREATE INDEX contact_record_staff_idx ON contact_record (staff_id, occurred_at DESC);

-- Contact plan items (约访计划, §7): one thing to do for one customer, from a rule duty (source
-- RULE: rule_code and the period it is owed for) or an event (source EVENT: event_id). The
-- maintainer owns it; `staff_id` is who should do it (the maintainer, or the supporting advisor
-- it was handed to). Monthly, weekly and daily plans are views of the same items by due date.
-- Idempotent like events: (customer_id, dedupe_key) is one item, e.g. 'RULE:diamond-monthly:2026-11'
-- or 'EVENT:<event id>'.
CREATE TABLE contact_plan_item (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id          bigint NOT NULL,
  maintainer_staff_id  integer NOT NULL REFERENCES staff (id),
  staff_id             integer NOT NULL REFERENCES staff (id),
  source               text NOT NULL CHECK (source IN ('RULE', 'EVENT')),
  rule_code            text,
  period_start         date,
  period_end           date,
  event_id             bigint REFERENCES contact_event (id),
  dedupe_key           text NOT NULL,
  due_on               date NOT NULL,
  -- Higher first; computed by contact-plans.rules.ts from tier, event kind, due date and overdue.
  priority             integer NOT NULL,
  suggested_channel    text NOT NULL CHECK (suggested_channel IN ('PHONE', 'SMS', 'WECHAT', 'EMAIL', 'OUTLET_VISIT', 'HOME_VISIT', 'EVENT')),
  -- Why and what to say, as a code with facts, rendered in the reader's language.
  reason               jsonb NOT NULL,
  status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
  postponed_from       date,
  postpone_reason      text CHECK (length(postpone_reason) <= 500),
  done_record_id       bigint REFERENCES contact_record (id),
  created_on           date NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((source = 'RULE') = (rule_code IS NOT NULL)),
  CHECK ((source = 'EVENT') = (event_id IS NOT NULL)),
  CHECK ((status = 'DONE') = (done_record_id IS NOT NULL)),
  UNIQUE (customer_id, dedupe_key)
);
CREATE INDEX contact_plan_item_staff_open_idx ON contact_plan_item (staff_id, due_on) WHERE status = 'OPEN';
CREATE INDEX contact_plan_item_maintainer_idx ON contact_plan_item (maintainer_staff_id, due_on);
CREATE INDEX contact_plan_item_customer_idx ON contact_plan_item (customer_id, due_on DESC);

-- The defaults of DOMAIN.md §7 (the bank's 定期联系制度 and the sub-branch maintenance plan), as
-- version 1. Amounts in cents: 20万 = 20000000, 100万 = 100000000, 500万 = 500000000.
INSERT INTO contact_rule_set (version, name, status, created_by, activated_at, rules, event_settings) VALUES
(1, '定期联系制度（默认）', 'ACTIVE', 'system', now(),
 '[{"code": "every-quarter", "kind": "CUSTOMER_CONTACTS", "period": "QUARTER", "minContacts": 1, "appliesTo": {}, "source": "每位管户客户每季度至少联系一次"},
   {"code": "staff-weekly-10", "kind": "STAFF_WEEKLY_CUSTOMERS", "minCustomers": 10, "appliesTo": {}, "source": "每位客户经理每周至少联系10位管户客户"},
   {"code": "diamond-monthly", "kind": "CUSTOMER_CONTACTS", "period": "MONTH", "minCalls": 2, "minMeetings": 1, "appliesTo": {"tiers": ["DIAMOND", "PRIVATE"]}, "source": "钻石客户每月至少电话联系2次或面谈1次"},
   {"code": "platinum-monthly", "kind": "CUSTOMER_CONTACTS", "period": "MONTH", "minCalls": 4, "minMeetings": 2, "appliesTo": {"tiers": ["PLATINUM"]}, "source": "白金客户每月至少电话联系4次或面谈2次"},
   {"code": "gold-no-visit", "kind": "NO_VISIT_FOLLOW_UP", "afterDays": 7, "channel": "PHONE", "appliesTo": {"tiers": ["GOLD"]}, "source": "金卡客户一周未到网点，电话跟进"},
   {"code": "band-monthly-2", "kind": "CUSTOMER_CONTACTS", "period": "MONTH", "minContacts": 2, "appliesTo": {"minAumCents": "20000000", "maxAumCents": "500000000"}, "source": "支行维护方案：20万–500万客户每月至少联系2次"},
   {"code": "band-greetings", "kind": "GREETING", "occasions": ["BIRTHDAY", "NEW_YEAR", "SPRING_FESTIVAL", "LANTERN", "LABOUR_DAY", "DRAGON_BOAT", "MID_AUTUMN", "NATIONAL_DAY"], "channels": ["PHONE", "SMS"], "daysBefore": 3, "appliesTo": {"minAumCents": "20000000", "maxAumCents": "500000000"}, "source": "支行维护方案：生日及元旦、春节、元宵、劳动节、端午、中秋、国庆电话或短信问候"},
   {"code": "band-salon-invitations", "kind": "PURPOSE_COUNT", "purpose": "SALON_INVITATION", "period": "YEAR", "minCount": 2, "appliesTo": {"minAumCents": "20000000", "maxAumCents": "500000000"}, "source": "支行维护方案：每年至少邀请参加2次沙龙活动"},
   {"code": "band-product-sms", "kind": "PURPOSE_COUNT", "purpose": "PRODUCT", "channels": ["SMS"], "period": "MONTH", "minCount": 4, "appliesTo": {"minAumCents": "20000000", "maxAumCents": "500000000"}, "source": "支行维护方案：每月至少发送4条新产品短信"},
   {"code": "band-yearly-gift", "kind": "PURPOSE_COUNT", "purpose": "GIFT", "period": "YEAR", "minCount": 1, "appliesTo": {"minAumCents": "100000000", "maxAumCents": "500000000"}, "source": "支行维护方案：100万–500万客户每年按贡献度赠送礼品"},
   {"code": "band-birthday-gift", "kind": "BIRTHDAY_GIFT", "daysBefore": 3, "appliesTo": {"minAumCents": "100000000", "maxAumCents": "500000000"}, "source": "支行维护方案：100万–500万客户生日送鲜花或蛋糕"}]',
 '{"birthdayDaysAhead": 7, "anniversaryDaysAhead": 7, "festivalDaysAhead": 7,
   "festivals": ["NEW_YEAR", "SPRING_FESTIVAL", "LANTERN", "LABOUR_DAY", "DRAGON_BOAT", "MID_AUTUMN", "NATIONAL_DAY"],
   "largeMovement": {"minAmountCents": "50000000", "minShareOfAum": "0.30", "shareFloorCents": "5000000"},
   "maturityDaysAhead": 7, "cardExpiryDaysAhead": 30, "specialAdmissionExpiryDaysAhead": 30,
   "nearThresholdWithin": "0.10", "noVisitDays": 90, "newProductDays": 30}');
