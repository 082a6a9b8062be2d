-- Communication reports (客户沟通报告) and the daily work log (工作日志), DOMAIN.md §7, issue 7.
-- docs/api.md "Communication reports and work log" describes the workflow.

-- A report written after a meeting with a significant finding or progress. The author writes a
-- draft, submits it to the heads over the customer's outlet (the outlet head; a sub-branch head
-- may also review), who mark it REVIEWED or send it back (RETURNED) with a comment; a returned
-- report is edited and submitted again. The pure rules of transitions live in
-- communication-reports.rules.ts.
CREATE TABLE communication_report (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id           bigint NOT NULL REFERENCES customer (id),
  author_staff_id       integer NOT NULL REFERENCES staff (id),
  -- The contact it reports on, when one was logged (a contact record of the same customer).
  contact_record_id     bigint REFERENCES contact_record (id),
  -- The opportunity it served (selling, a later issue); no foreign key until that table exists.
  opportunity_id        bigint,
  -- The day of the meeting or conversation reported on.
  met_on                date NOT NULL,
  key_points            text NOT NULL DEFAULT '' CHECK (length(key_points) <= 4000),
  -- The customer's needs or problems.
  needs                 text NOT NULL DEFAULT '' CHECK (length(needs) <= 4000),
  next_actions          text NOT NULL DEFAULT '' CHECK (length(next_actions) <= 4000),
  status                text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'RETURNED')),
  -- Optimistic concurrency: every change raises it; a write carrying an older version is refused,
  -- so two heads reviewing at once get one success and one 409.
  version               integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  submitted_at          timestamptz,
  -- The latest review (REVIEWED or RETURNED); every review stays in the transitions below.
  reviewed_by_staff_id  integer REFERENCES staff (id),
  reviewed_at           timestamptz,
  -- Ratings 1 (poor) to 5 (excellent): effectiveness of the contact, compliance with the rules,
  -- progress towards the customer's goals. Required for REVIEWED, optional for RETURNED.
  effectiveness         smallint CHECK (effectiveness BETWEEN 1 AND 5),
  compliance            smallint CHECK (compliance BETWEEN 1 AND 5),
  progress              smallint CHECK (progress BETWEEN 1 AND 5),
  review_comment        text NOT NULL DEFAULT '' CHECK (length(review_comment) <= 1000),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'REVIEWED' OR (effectiveness IS NOT NULL AND compliance IS NOT NULL AND progress IS NOT NULL)),
  CHECK (status <> 'RETURNED' OR length(review_comment) > 0)
);
CREATE INDEX communication_report_author_idx ON communication_report (author_staff_id, updated_at DESC);
CREATE INDEX communication_report_customer_idx ON communication_report (customer_id, met_on DESC);
-- The review inbox: submitted reports, scoped by the customer's outlet in the query.
CREATE INDEX communication_report_submitted_idx ON communication_report (submitted_at) WHERE status = 'SUBMITTED';

-- Every transition of a report, in order: created, submitted, reviewed, returned, resubmitted.
-- Append-only: the history the author and the heads read.
CREATE TABLE communication_report_transition (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id      bigint NOT NULL REFERENCES communication_report (id),
  from_status    text CHECK (from_status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'RETURNED')),
  to_status      text NOT NULL CHECK (to_status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'RETURNED')),
  staff_id       integer NOT NULL REFERENCES staff (id),
  effectiveness  smallint CHECK (effectiveness BETWEEN 1 AND 5),
  compliance     smallint CHECK (compliance BETWEEN 1 AND 5),
  progress       smallint CHECK (progress BETWEEN 1 AND 5),
  comment        text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX communication_report_transition_report_idx ON communication_report_transition (report_id, id);
CREATE INDEX communication_report_transition_staff_idx ON communication_report_transition (staff_id, to_status);

-- The daily work log of a staff member: morning-meeting notes, sales, suggestions and memos as
-- entries; the day's visits are not stored here but read from contact_record, so they never
-- disagree with what was logged. Saving a day replaces its entries (idempotent).
CREATE TABLE work_log_entry (
  staff_id    integer NOT NULL REFERENCES staff (id),
  log_date    date NOT NULL,
  position    integer NOT NULL CHECK (position >= 0),
  section     text NOT NULL CHECK (section IN ('MORNING_MEETING', 'SALES', 'SUGGESTION', 'MEMO')),
  text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  PRIMARY KEY (staff_id, log_date, position)
);

-- When a day was last saved (a day saved empty still counts as written).
CREATE TABLE work_log_day (
  staff_id    integer NOT NULL REFERENCES staff (id),
  log_date    date NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (staff_id, log_date)
);
