-- Contact events (issue 7, DOMAIN.md §7; docs/contact-events.md): the customers an external
-- event was entered for, and the indexes daily detection reads by.

-- The customers chosen for an external event (contact_external_event, migration 0016). Kept so
-- that detection writes every EXTERNAL contact_event the same set-based way as the other types,
-- and so that the entry keeps what was asked even when a customer later leaves the creator's scope.
CREATE TABLE contact_external_event_customer (
  external_event_id  bigint NOT NULL REFERENCES contact_external_event (id),
  customer_id        bigint NOT NULL,
  PRIMARY KEY (external_event_id, customer_id)
);

-- Maturity reminders look a few days ahead over every account: only accounts with a date.
CREATE INDEX account_maturity_idx ON account (maturity_on) WHERE maturity_on IS NOT NULL;
-- Card expiry reminders: live cards by expiry date.
CREATE INDEX card_expires_idx ON card (expires_on) WHERE state = 'ISSUED';
-- New products: products by the day they first appeared.
CREATE INDEX product_first_seen_idx ON product (first_seen_on);
-- The events list per type and date (the API's filter; the data page's counts).
CREATE INDEX contact_event_type_date_idx ON contact_event (type, event_date);
