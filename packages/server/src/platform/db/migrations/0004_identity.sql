-- Staff identity: passwords and sessions (docs/identity.md). Authentication data is never shown
-- or logged (DOMAIN.md §13): the password is kept only as an argon2id PHC string, and a session
-- only as the SHA-256 of its token, so a read of these tables cannot be replayed as a login.

CREATE TABLE staff_credential (
  staff_id             integer PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
  password_hash        text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  failed_attempts      integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until         timestamptz,
  must_change          boolean NOT NULL DEFAULT false
);

CREATE TABLE staff_session (
  id            text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),  -- SHA-256 hex of the token
  staff_id      integer NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,                            -- absolute end, never slides
  ip            text,
  user_agent    text,
  revoked_at    timestamptz
);
CREATE INDEX staff_session_staff_idx ON staff_session (staff_id);
