/**
 * SQL for staff identity only. Every instant is a parameter (`now`), never the database clock,
 * so the rules can be tested at chosen times and the server and database clocks cannot disagree.
 */
import type pg from 'pg';

type Queryable = pg.Pool | pg.PoolClient;

export interface StaffIdentity {
  staffId: number;
  staffNo: string;
  name: string;
  role: string;
  orgId: number;
}

export interface CredentialRow extends StaffIdentity {
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
  mustChange: boolean;
}

export interface SessionRow {
  id: string;
  staffId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export { inTransaction } from '../../platform/db/transaction.ts';

const STAFF_COLUMNS = 's.id AS "staffId", s.staff_no AS "staffNo", s.name, s.role, s.org_id AS "orgId"';

export async function findStaffByNumber(db: Queryable, staffNo: string): Promise<StaffIdentity | undefined> {
  const { rows } = await db.query<StaffIdentity>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.staff_no = $1`, [staffNo]);
  return rows[0];
}

/**
 * The credential of an ACTIVE staff member: one who LEFT has none to log in with (DOMAIN.md §11),
 * and login answers exactly as for an unknown staff number. The credential itself is kept, so a
 * staff member the feed marks ACTIVE again logs in with their password.
 */
export async function findCredential(db: Queryable, staffNo: string): Promise<CredentialRow | undefined> {
  const { rows } = await db.query<CredentialRow>(
    `SELECT ${STAFF_COLUMNS}, c.password_hash AS "passwordHash", c.failed_attempts AS "failedAttempts",
            c.locked_until AS "lockedUntil", c.must_change AS "mustChange"
       FROM staff s JOIN staff_credential c ON c.staff_id = s.id WHERE s.staff_no = $1 AND s.status = 'ACTIVE'`,
    [staffNo],
  );
  return rows[0];
}

/** Sets the password and clears failures and any lock. */
export async function upsertCredential(db: Queryable, staffId: number, passwordHash: string, mustChange: boolean, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO staff_credential (staff_id, password_hash, password_changed_at, failed_attempts, locked_until, must_change)
     VALUES ($1, $2, $3, 0, NULL, $4)
     ON CONFLICT (staff_id) DO UPDATE SET password_hash = EXCLUDED.password_hash,
       password_changed_at = EXCLUDED.password_changed_at, failed_attempts = 0, locked_until = NULL,
       must_change = EXCLUDED.must_change`,
    [staffId, passwordHash, now, mustChange],
  );
}

/**
 * Counts one failure in a single statement, so concurrent wrong guesses cannot both read the same
 * count. A lock that has run out starts the count afresh: one more failure must not re-lock.
 */
export async function countFailure(db: Queryable, staffId: number, now: Date): Promise<number> {
  const { rows } = await db.query<{ failedAttempts: number }>(
    `UPDATE staff_credential
        SET failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN 1 ELSE failed_attempts + 1 END,
            locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN NULL ELSE locked_until END
      WHERE staff_id = $1
      RETURNING failed_attempts AS "failedAttempts"`,
    [staffId, now],
  );
  return rows[0]?.failedAttempts ?? 0;
}

export async function lockCredential(db: Queryable, staffId: number, lockedUntil: Date): Promise<void> {
  await db.query('UPDATE staff_credential SET locked_until = GREATEST(locked_until, $2) WHERE staff_id = $1', [staffId, lockedUntil]);
}

export async function resetFailures(db: Queryable, staffId: number): Promise<void> {
  await db.query('UPDATE staff_credential SET failed_attempts = 0, locked_until = NULL WHERE staff_id = $1', [staffId]);
}

export async function insertSession(
  db: Queryable,
  session: { id: string; staffId: number; now: Date; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO staff_session (id, staff_id, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $3, $4, $5, $6)`,
    [session.id, session.staffId, session.now, session.expiresAt, session.ip, session.userAgent],
  );
}

/** A session of a staff member who LEFT is not found: it is invalid even if it was never revoked. */
export async function findSession(db: Queryable, id: string): Promise<(SessionRow & StaffIdentity & { mustChange: boolean }) | undefined> {
  const { rows } = await db.query<SessionRow & StaffIdentity & { mustChange: boolean }>(
    `SELECT ss.id, ss.created_at AS "createdAt", ss.last_seen_at AS "lastSeenAt", ss.expires_at AS "expiresAt",
            ss.revoked_at AS "revokedAt", ${STAFF_COLUMNS}, COALESCE(c.must_change, false) AS "mustChange"
       FROM staff_session ss JOIN staff s ON s.id = ss.staff_id
       LEFT JOIN staff_credential c ON c.staff_id = s.id
      WHERE ss.id = $1 AND s.status = 'ACTIVE'`,
    [id],
  );
  return rows[0];
}

/** Slides the idle window; GREATEST keeps an out-of-order request from moving it backwards. */
export async function touchSession(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE staff_session SET last_seen_at = GREATEST(last_seen_at, $2) WHERE id = $1 AND revoked_at IS NULL', [id, now]);
}

export async function revokeSession(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db.query('UPDATE staff_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, now]);
  return (result.rowCount ?? 0) > 0;
}

export async function revokeSessionsOf(db: Queryable, staffIds: readonly number[], now: Date): Promise<number> {
  const result = await db.query('UPDATE staff_session SET revoked_at = $2 WHERE staff_id = ANY($1::int[]) AND revoked_at IS NULL', [
    staffIds,
    now,
  ]);
  return result.rowCount ?? 0;
}
