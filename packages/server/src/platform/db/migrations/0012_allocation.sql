-- Allocation (管户, DOMAIN.md §6; docs/api.md "Allocation"). customer_maintainer (0005) stays the
-- current relation that record scope reads: its primary key on customer_id is what guarantees a
-- customer never has two maintainers. This adds the sales-credit holder, the full history of every
-- change, the allocation policies as data and the leads written at the counter.

-- Who gets the credit for what is sold to the customer (§6): NULL means the maintainer. When a
-- specialist takes over after an upgrade, the original maintainer keeps it.
ALTER TABLE customer_maintainer ADD COLUMN credit_staff_id integer REFERENCES staff (id);

-- Every change of a relation, append-only: from whom to whom (NULL: nobody), why, by whom, when.
-- The id of a customer's latest row is the relation's version: a request carries the version it
-- saw and is refused if another change came first (optimistic concurrency, ALLOCATION_CONFLICT).
CREATE TABLE customer_maintainer_history (
  id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id               bigint NOT NULL,
  from_maintainer_staff_id  integer REFERENCES staff (id),
  to_maintainer_staff_id    integer REFERENCES staff (id),
  from_advisor_staff_id     integer REFERENCES staff (id),
  to_advisor_staff_id       integer REFERENCES staff (id),
  credit_staff_id           integer REFERENCES staff (id),
  reason                    text NOT NULL CHECK (reason IN ('FEED', 'MANUAL', 'PROPOSAL', 'HANDOVER', 'UPGRADE_SPECIALIST', 'UNASSIGN')),
  note                      text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  -- Staff number of who made the change, or 'feed' for the import.
  changed_by                text NOT NULL,
  changed_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_maintainer_history_customer_idx ON customer_maintainer_history (customer_id, id DESC);

-- The relations carried over so far get their first history row.
INSERT INTO customer_maintainer_history (customer_id, to_maintainer_staff_id, to_advisor_staff_id, reason, changed_by, changed_at)
SELECT customer_id, maintainer_staff_id, advisor_staff_id, 'FEED', 'feed', since FROM customer_maintainer ORDER BY customer_id;

-- Allocation policies as data (§6): `lanes` is an ordered list; a customer falls in the first lane
-- it matches (tiers, AUM band in cents as strings, maximum age) and may be maintained by the
-- lane's roles, in order of preference, each holding at most `capacity` customers of the lane
-- (NULL: no limit) and at least `quota` (名单制; NULL: none). `advisorCapacity` bounds the
-- customers a supporting wealth advisor holds in the lane.
CREATE TABLE allocation_policy (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  lanes       jsonb NOT NULL CHECK (jsonb_typeof(lanes) = 'array' AND jsonb_array_length(lanes) >= 1),
  active      boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX allocation_policy_one_active_idx ON allocation_policy ((true)) WHERE active;

INSERT INTO allocation_policy (code, name, description, active, lanes) VALUES
('tier-capacity', '按等级配比（农行）', 'Capacity by service tier: diamond 1 RM : 30, 1 advisor : 60; platinum 1 : 100, advisor 1 : 400; gold 1 : 200; gold 20万–50万 to the lobby manager, 10万–20万 to tellers.', true,
 '[{"key": "diamond", "tiers": ["PRIVATE", "DIAMOND"], "roles": ["RELATIONSHIP_MANAGER", "OUTLET_HEAD"], "capacity": 30, "advisorCapacity": 60},
   {"key": "platinum", "tiers": ["PLATINUM"], "roles": ["RELATIONSHIP_MANAGER"], "capacity": 100, "advisorCapacity": 400},
   {"key": "gold-lobby", "tiers": ["GOLD"], "minAumCents": "20000000", "maxAumCents": "50000000", "roles": ["LOBBY_MANAGER", "RELATIONSHIP_MANAGER"], "capacity": 200},
   {"key": "gold-teller", "tiers": ["GOLD"], "minAumCents": "10000000", "maxAumCents": "20000000", "roles": ["TELLER", "RELATIONSHIP_MANAGER"], "capacity": 200},
   {"key": "gold", "tiers": ["GOLD"], "roles": ["RELATIONSHIP_MANAGER"], "capacity": 200}]'),
('aum-layered', '按资产分层维护（中行）', 'Layered maintenance by AUM with 名单制 quotas: ≥500万 sub-branch head; ≥200万 wealth managers with the sub-branch head; 20万–200万 outlet wealth managers; 10万–20万 outlet head and lobby manager (≥25 each); 5万–10万 and under 60 outlet staff (tellers ≥10).', false,
 '[{"key": "aum-5m", "minAumCents": "500000000", "roles": ["SUB_BRANCH_HEAD", "RELATIONSHIP_MANAGER"]},
   {"key": "aum-2m", "minAumCents": "200000000", "roles": ["RELATIONSHIP_MANAGER", "SUB_BRANCH_HEAD"]},
   {"key": "aum-200k", "minAumCents": "20000000", "maxAumCents": "200000000", "roles": ["RELATIONSHIP_MANAGER"]},
   {"key": "aum-100k", "minAumCents": "10000000", "maxAumCents": "20000000", "roles": ["OUTLET_HEAD", "LOBBY_MANAGER"], "quota": 25},
   {"key": "aum-50k", "minAumCents": "5000000", "maxAumCents": "10000000", "maxAge": 60, "roles": ["TELLER", "LOBBY_MANAGER", "RELATIONSHIP_MANAGER"], "quota": 10}]');

-- Leads (线索) written by lobby managers, tellers and RMs for the outlet head to allocate.
CREATE TABLE allocation_lead (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id          bigint NOT NULL,
  note                 text NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
  created_by_staff_id  integer NOT NULL REFERENCES staff (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  -- OPEN until the customer is allocated (closed by the allocation that follows).
  status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ALLOCATED')),
  closed_at            timestamptz
);
CREATE INDEX allocation_lead_open_idx ON allocation_lead (customer_id) WHERE status = 'OPEN';
