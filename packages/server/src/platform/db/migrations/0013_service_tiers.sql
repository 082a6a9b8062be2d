-- Service tier changes (DOMAIN.md §4, issue 6): special admission (特殊准入) requests and their
-- approval steps. docs/api.md "Special admission" describes the workflow.

-- One request for a service tier above the customer's qualification. The approval chain is
-- fixed when the request is made (from the tier policy in force, service-tiers.rules.ts
-- approvalChain), so that a policy change does not move a request half way through review.
-- status stores the workflow; ACTIVE and EXPIRED are APPROVED read against today's date
-- (service-tiers.rules.ts admissionState), so nothing has to run at midnight for a period to end.
CREATE TABLE special_admission (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id             bigint NOT NULL REFERENCES customer (id),
  tier                    text NOT NULL CHECK (tier IN ('GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  -- The customer's qualified tier when requested (STANDARD when no evaluation is in force).
  qualified_tier          text NOT NULL CHECK (qualified_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  reason                  text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  months                  integer NOT NULL CHECK (months BETWEEN 1 AND 36),
  -- Approver levels in order, e.g. {OUTLET_HEAD,SUB_BRANCH_HEAD}; next_step indexes it from 0.
  approval_chain          text[] NOT NULL CHECK (cardinality(approval_chain) >= 1),
  next_step               integer NOT NULL DEFAULT 0 CHECK (next_step >= 0),
  status                  text NOT NULL CHECK (status IN ('REQUESTED', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
  requested_by_staff_id   integer NOT NULL REFERENCES staff (id),
  requested_by_staff_no   text NOT NULL,
  requested_at            timestamptz NOT NULL DEFAULT now(),
  -- Set by the last approval: the period runs from that day for `months` months (ends_on exclusive).
  starts_on               date,
  ends_on                 date,
  CHECK ((status = 'APPROVED') = (starts_on IS NOT NULL AND ends_on IS NOT NULL))
);
-- At most one open request per customer: two RMs racing get one request and one 409.
CREATE UNIQUE INDEX special_admission_one_open_idx ON special_admission (customer_id) WHERE status IN ('REQUESTED', 'IN_REVIEW');
CREATE INDEX special_admission_customer_idx ON special_admission (customer_id);
CREATE INDEX special_admission_requester_idx ON special_admission (requested_by_staff_id, requested_at DESC);
-- The approvals inbox: open requests by the level they wait for.
CREATE INDEX special_admission_open_idx ON special_admission ((approval_chain[next_step + 1])) WHERE status IN ('REQUESTED', 'IN_REVIEW');
-- The expiry reminder: approved admissions by end date.
CREATE INDEX special_admission_ends_idx ON special_admission (ends_on) WHERE status = 'APPROVED';

-- Every decision on a request, one per step (the last one may be a rejection).
CREATE TABLE special_admission_decision (
  admission_id      bigint NOT NULL REFERENCES special_admission (id),
  step              integer NOT NULL CHECK (step >= 0),
  level             text NOT NULL CHECK (level IN ('OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'BRANCH_ADMIN')),
  decision          text NOT NULL CHECK (decision IN ('APPROVE', 'REJECT')),
  comment           text NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
  decided_by_staff_id integer NOT NULL REFERENCES staff (id),
  decided_by_staff_no text NOT NULL,
  decided_at        timestamptz NOT NULL DEFAULT now(),
  -- One decision per step: two approvers racing on the same step get one decision and one 409.
  PRIMARY KEY (admission_id, step)
);
CREATE INDEX special_admission_decision_staff_idx ON special_admission_decision (decided_by_staff_id, decided_at DESC);

-- The customer's consent to VIP service (客户自愿, DOMAIN.md §4): a signed service agreement
-- (贵宾服务协议). One signed agreement is consent to follow the qualification upwards: the
-- evaluation of every month ending on or after signed_on upgrades a qualified-not-upgraded customer
-- (tiers.store.ts replaceEvaluations), as a policy with autoUpgrade does for everyone.
-- Kept as history: a new version of the agreement text signed later is a new row.
CREATE TABLE service_agreement (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id           bigint NOT NULL REFERENCES customer (id),
  signed_on             date NOT NULL,
  -- The version of the agreement text the customer signed, e.g. "2024版".
  agreement_version     text NOT NULL CHECK (length(agreement_version) BETWEEN 1 AND 40),
  witness_staff_id      integer NOT NULL REFERENCES staff (id),
  -- The qualified tier in the evaluation in force when recorded, for the record.
  qualified_tier        text NOT NULL CHECK (qualified_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  recorded_by_staff_id  integer NOT NULL REFERENCES staff (id),
  recorded_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_agreement_customer_idx ON service_agreement (customer_id, signed_on);

-- Work that a service tier change creates for the branch (DOMAIN.md §4 "downgrade … and a
-- card-exchange task"): written by the evaluation for every DOWNGRADED customer of the month,
-- read by the VIP card screens. Re-evaluating a month replaces its OPEN tasks; done ones stay.
CREATE TABLE service_tier_task (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('CARD_EXCHANGE')),
  customer_id   bigint NOT NULL REFERENCES customer (id),
  from_tier     text NOT NULL CHECK (from_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  to_tier       text NOT NULL CHECK (to_tier IN ('STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE')),
  policy_id     integer NOT NULL REFERENCES tier_policy (id),
  month         date NOT NULL,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
  UNIQUE (kind, policy_id, month, customer_id)
);
CREATE INDEX service_tier_task_open_idx ON service_tier_task (customer_id) WHERE status = 'OPEN';

-- Staff flags of potential customers (潜力客户, DOMAIN.md §4 "flagged by staff"), with the reason.
-- One current flag per customer; a new flag replaces the reason.
CREATE TABLE potential_flag (
  customer_id         bigint PRIMARY KEY REFERENCES customer (id),
  reason              text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
  flagged_by_staff_id integer NOT NULL REFERENCES staff (id),
  flagged_at          timestamptz NOT NULL DEFAULT now()
);
