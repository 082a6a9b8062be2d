-- VIP cards (DOMAIN.md §5; docs/api.md "VIP cards"): card types per tier, the outlets that may
-- issue, cards with their lifecycle history, and card stock per issuing outlet and type.
-- No card types are preset: a bank defines its own BINs (card-type.manage); the demo bank seeds
-- types marked as demo when it loads (cards/card-demo.ts).

CREATE TABLE card_type (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  -- The service tiers the card serves: one tier, or diamond and private banking sharing one card.
  tiers       text[] NOT NULL CHECK (cardinality(tiers) > 0
                AND tiers <@ ARRAY['GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE']::text[]),
  bin         text NOT NULL CHECK (bin ~ '^[0-9]{6,8}$'),
  length      integer NOT NULL CHECK (length IN (16, 19)),
  active      boolean NOT NULL DEFAULT true,
  demo        boolean NOT NULL DEFAULT false,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Outlets that may issue cards (一级支行理财中心, DOMAIN.md §5): an attribute of the org, kept
-- here rather than in the feed's org table, which the import replaces.
CREATE TABLE card_issuing_outlet (
  org_id        integer PRIMARY KEY REFERENCES org (id),
  set_by        text NOT NULL,
  set_at        timestamptz NOT NULL DEFAULT now()
);

-- One row per physical card (or application for one). A renewal, exchange or reissue ends the
-- old card in a terminal state and creates a new card that `replaces_card_id` points back from.
-- The number is given at issue; it is sensitive: masked in every response, never logged, and
-- found by its keyed hash (platform/access/search-key.ts), never by LIKE.
CREATE TABLE card (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id       bigint NOT NULL,
  card_type_id      integer NOT NULL REFERENCES card_type (id),
  state             text NOT NULL CHECK (state IN ('APPLIED', 'APPROVED', 'ISSUED', 'LOST', 'RENEWED', 'EXCHANGED_UP',
                      'EXCHANGED_DOWN', 'REISSUED', 'CANCELLED')),
  card_no           text UNIQUE,
  card_no_hash      bytea,
  issuing_outlet_id integer REFERENCES org (id),
  issued_on         date,
  expires_on        date,
  replaces_card_id  bigint REFERENCES card (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((card_no IS NULL) = (state IN ('APPLIED', 'APPROVED') OR (state = 'CANCELLED' AND issued_on IS NULL)))
);
CREATE INDEX card_customer_idx ON card (customer_id);
CREATE INDEX card_no_hash_idx ON card (card_no_hash);
-- At most one live card (or application) per customer.
CREATE UNIQUE INDEX card_one_live_per_customer ON card (customer_id) WHERE state IN ('APPLIED', 'APPROVED', 'ISSUED', 'LOST');

-- The history of every card: who moved it from which state to which, when and why.
CREATE TABLE card_event (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  card_id     bigint NOT NULL REFERENCES card (id),
  action      text NOT NULL,
  from_state  text,
  to_state    text NOT NULL,
  staff_no    text NOT NULL,
  org_id      integer NOT NULL,
  reason      text,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX card_event_card_idx ON card_event (card_id, id);

-- Blank cards on hand per issuing outlet and type; never negative (the CHECK backs the
-- conditional UPDATE that takes one). Alert levels are optional per row.
CREATE TABLE card_stock (
  outlet_id        integer NOT NULL REFERENCES card_issuing_outlet (org_id),
  card_type_id     integer NOT NULL REFERENCES card_type (id),
  quantity         integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
  shortage_level   integer CHECK (shortage_level >= 0),
  overstock_level  integer CHECK (overstock_level > 0),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (outlet_id, card_type_id),
  CHECK (shortage_level IS NULL OR overstock_level IS NULL OR shortage_level < overstock_level)
);

-- Every change of stock: receipts, issues (one card), transfers out and in.
CREATE TABLE card_stock_movement (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind                   text NOT NULL CHECK (kind IN ('RECEIPT', 'ISSUE', 'TRANSFER_OUT', 'TRANSFER_IN')),
  outlet_id              integer NOT NULL,
  card_type_id           integer NOT NULL,
  quantity               integer NOT NULL CHECK (quantity > 0),
  counterpart_outlet_id  integer,
  card_id                bigint,
  staff_no               text NOT NULL,
  note                   text,
  at                     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX card_stock_movement_outlet_idx ON card_stock_movement (outlet_id, card_type_id, id);
