-- The append-only, hash-chained audit trail (DOMAIN.md §11: every read of a customer's file is
-- logged; §13: C2 data shown in full is audited). docs/audit.md describes the chain.
-- The hash is computed in TypeScript (platform/audit/audit.rules.ts) so that `verify` recomputes
-- it with the same code; the database only stores it and keeps rows from being changed.
CREATE TABLE audit_event (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at     timestamptz NOT NULL,
  -- NULL for the system itself (jobs, the purge).
  actor_staff_no  text,
  actor_role      text,
  source_ip       text,
  -- A route ('GET /api/customers/:id') or an action name ('customer.show-in-full').
  action          text NOT NULL CHECK (action <> ''),
  -- The customers read or written; a list page records its customers in one event.
  customer_ids    bigint[] NOT NULL DEFAULT '{}',
  -- Sensitive (C2) fields shown unmasked, with the reason the viewer gave.
  fields_in_full  text[] NOT NULL DEFAULT '{}',
  reason          text,
  result          text NOT NULL CHECK (result IN ('ALLOWED', 'DENIED', 'ERROR')),
  details         jsonb NOT NULL DEFAULT '{}',
  -- NULL only for the first event ever; after a purge the first kept event links to the hash of
  -- the last purged one, which the purge event records as its anchor.
  prev_hash       text,
  hash            text NOT NULL UNIQUE
);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_staff_no, id);
CREATE INDEX audit_event_customer_idx ON audit_event USING gin (customer_ids);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, id);

-- The chain head: one row, locked FOR UPDATE by every append so that appends are serialized and
-- the chain never forks. It also remembers the last event, so that removing events at the end of
-- the chain (which no later link would reveal) is detected by verify.
CREATE TABLE audit_chain_head (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_id    bigint,
  last_hash  text
);
INSERT INTO audit_chain_head (singleton) VALUES (true);

-- Append-only: UPDATE, DELETE and TRUNCATE are refused. The one exception is the retention purge,
-- which sets the transaction-local guibin.audit_purge for the length of its own DELETE.
-- (A superuser can still disable the trigger; the hash chain is what reveals that.)
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('guibin.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only: % is refused (only the retention purge may delete)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Deletes the oldest events, those before the cutoff, as one prefix of the chain (up to the first
-- event at or after the cutoff), so that what stays is one unbroken chain. Returns how many and the
-- last purged event, whose hash is the anchor the first kept event links to. The caller
-- (audit-purge.store.ts) holds the chain head lock and records an 'audit.purge' event.
CREATE FUNCTION audit_purge_before(cutoff timestamptz)
RETURNS TABLE (purged bigint, last_id bigint, last_hash text) LANGUAGE plpgsql AS $$
DECLARE
  boundary bigint;
BEGIN
  SELECT min(e.id) INTO boundary FROM audit_event e WHERE e.occurred_at >= cutoff;
  SELECT e.id, e.hash INTO last_id, last_hash FROM audit_event e
    WHERE e.id < coalesce(boundary, 9223372036854775807) ORDER BY e.id DESC LIMIT 1;
  PERFORM set_config('guibin.audit_purge', 'on', true);
  DELETE FROM audit_event e WHERE e.id <= coalesce(last_id, 0);
  GET DIAGNOSTICS purged = ROW_COUNT;
  -- Off again at once: later statements of the same transaction are guarded as usual.
  PERFORM set_config('guibin.audit_purge', 'off', true);
  RETURN NEXT;
END;
$$;
