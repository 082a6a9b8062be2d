/**
 * Staff identity use cases: passwords, login with lockout, sessions, the first administrator.
 * Authentication data is never shown or logged (DOMAIN.md §13): errors carry no password, no
 * hash and no token; a token leaves this module once, in login's result.
 */
import type pg from 'pg';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { ensureFirstAdmin as createFirstAdmin } from './identity.first-admin.ts';
import { DEFAULT_HASHING, dummyVerify, hashPassword, newSessionToken, sessionIdOf, verifyPassword, type HashingSettings } from './identity.password.ts';
import {
  checkPassword,
  DEFAULT_LOCKOUT_POLICY,
  DEFAULT_PASSWORD_POLICY,
  DEFAULT_SESSION_POLICY,
  isLocked,
  lockAfterFailure,
  sessionExpiresAt,
  sessionState,
  type LockoutPolicy,
  type PasswordPolicy,
  type SessionPolicy,
} from './identity.rules.ts';
import * as store from './identity.store.ts';
import type { StaffIdentity } from './identity.store.ts';

export type { StaffIdentity } from './identity.store.ts';

export interface IdentitySettings {
  hashing: HashingSettings;
  passwordPolicy: PasswordPolicy;
  lockout: LockoutPolicy;
  session: SessionPolicy;
}

export const DEFAULT_IDENTITY_SETTINGS: IdentitySettings = {
  hashing: DEFAULT_HASHING,
  passwordPolicy: DEFAULT_PASSWORD_POLICY,
  lockout: DEFAULT_LOCKOUT_POLICY,
  session: DEFAULT_SESSION_POLICY,
};

const settingsOf = (overrides: Partial<IdentitySettings>): IdentitySettings => ({ ...DEFAULT_IDENTITY_SETTINGS, ...overrides });

export interface StaffSession {
  /** SHA-256 hex of the token: safe to log and to revoke by, useless to log in with. */
  id: string;
  staffId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The password was set by someone else (first admin): the client must ask for a new one. */
  mustChange: boolean;
}

export interface AuthenticatedStaff {
  session: StaffSession;
  staff: StaffIdentity;
}

/**
 * Sets a staff member's password after checking the policy (PASSWORD_REJECTED lists every
 * violation). Clears failures and lock, and revokes the staff member's sessions: whoever held
 * the old password must not stay logged in.
 */
export async function setPassword(pool: pg.Pool, staffNo: string, password: string, overrides: Partial<IdentitySettings> = {}): Promise<void> {
  const settings = settingsOf(overrides);
  const staff = await store.findStaffByNumber(pool, staffNo);
  if (!staff) throw new DomainError('STAFF_NOT_FOUND', `no staff member with staff number ${staffNo}`, { staffNo });
  const violations = checkPassword(password, staffNo, settings.passwordPolicy);
  if (violations.length > 0) {
    throw new DomainError('PASSWORD_REJECTED', `the password was refused: ${violations.map((v) => v.en).join('; ')}`, { violations });
  }
  const passwordHash = await hashPassword(password, settings.hashing);
  const now = new Date();
  await store.inTransaction(pool, async (client) => {
    await store.upsertCredential(client, staff.staffId, passwordHash, false, now);
    await store.revokeSessionsOf(client, [staff.staffId], now);
  });
}

export interface LoginInput {
  staffNo: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
  /** The token the client held before, if any: it is revoked (session rotation). */
  previousToken?: string;
  now?: Date;
}

const LOGIN_FAILED_MESSAGE = 'staff number or password is wrong';

function accountLocked(lockedUntil: Date): DomainError {
  const until = lockedUntil.toISOString();
  return new DomainError('ACCOUNT_LOCKED', `账户已锁定至 ${until} / the account is locked until ${until}`, { lockedUntil: until });
}

/** Checks the password and opens a new session; throws LOGIN_FAILED or ACCOUNT_LOCKED. */
export async function login(
  pool: pg.Pool,
  input: LoginInput,
  overrides: Partial<IdentitySettings> = {},
): Promise<{ token: string; session: StaffSession; staff: StaffIdentity }> {
  const settings = settingsOf(overrides);
  const now = input.now ?? new Date();
  const credential = await store.findCredential(pool, input.staffNo);
  if (!credential) {
    // Unknown, without a password, or LEFT (identity.store.ts): same work and same answer as a
    // wrong password, so neither the staff list nor who has left is revealed.
    await dummyVerify(input.password, settings.hashing);
    throw new DomainError('LOGIN_FAILED', LOGIN_FAILED_MESSAGE);
  }
  // While locked the password is not even checked: guesses during the lock teach nothing.
  if (isLocked(credential.lockedUntil, now)) throw accountLocked(credential.lockedUntil!);
  if (!(await verifyPassword(credential.passwordHash, input.password))) {
    const failedAttempts = await store.countFailure(pool, credential.staffId, now);
    const lockedUntil = lockAfterFailure(failedAttempts, now, settings.lockout);
    if (lockedUntil) {
      await store.lockCredential(pool, credential.staffId, lockedUntil);
      throw accountLocked(lockedUntil);
    }
    throw new DomainError('LOGIN_FAILED', LOGIN_FAILED_MESSAGE);
  }
  const token = newSessionToken();
  const session: StaffSession = {
    id: sessionIdOf(token),
    staffId: credential.staffId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiresAt(now, settings.session),
    mustChange: credential.mustChange,
  };
  await store.inTransaction(pool, async (client) => {
    await store.resetFailures(client, credential.staffId);
    if (input.previousToken) await store.revokeSession(client, sessionIdOf(input.previousToken), now);
    await store.insertSession(client, { ...session, now, ip: input.ip ?? null, userAgent: input.userAgent ?? null });
  });
  const { staffId, staffNo, name, role, orgId } = credential;
  return { token, session, staff: { staffId, staffNo, name, role, orgId } };
}

/** How stale last_seen_at may get before a request writes it again (idle timeout: minutes). */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** The session and staff behind a token, sliding its idle window; undefined when not valid. */
export async function authenticate(
  pool: pg.Pool,
  token: string,
  now: Date = new Date(),
  overrides: Partial<IdentitySettings> = {},
): Promise<AuthenticatedStaff | undefined> {
  if (!token) return undefined;
  const settings = settingsOf(overrides);
  const row = await store.findSession(pool, sessionIdOf(token));
  if (!row || sessionState(row, now, settings.session) !== 'VALID') return undefined;
  // The idle window slides by at most a minute's precision: writing last_seen_at on every
  // request would cost a write, a commit and a wait on the row lock per read (measured: the API
  // benchmark's single largest avoidable cost besides query planning).
  const touched = now.getTime() - row.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
  if (touched) await store.touchSession(pool, row.id, now);
  const lastSeenAt = touched ? now : row.lastSeenAt;
  return {
    session: { id: row.id, staffId: row.staffId, createdAt: row.createdAt, lastSeenAt, expiresAt: row.expiresAt, mustChange: row.mustChange },
    staff: { staffId: row.staffId, staffNo: row.staffNo, name: row.name, role: row.role, orgId: row.orgId },
  };
}

/** Ends the session behind the token; false if it was unknown or already ended. */
export async function logout(pool: pg.Pool, token: string, now: Date = new Date()): Promise<boolean> {
  if (!token) return false;
  return store.revokeSession(pool, sessionIdOf(token), now);
}

/**
 * For staff the feed marks LEFT (DOMAIN.md §11: one who leaves loses access at once). Takes the
 * import's transaction, so the sessions end in the same commit as the status. A staff member who
 * merely moves keeps the session: role and org are read from `staff` on every request.
 */
export async function revokeStaffSessions(db: pg.Pool | pg.PoolClient, staffIds: readonly number[], now: Date = new Date()): Promise<number> {
  if (staffIds.length === 0) return 0;
  return store.revokeSessionsOf(db, staffIds, now);
}

export { FIRST_ADMIN_STAFF_NO } from './identity.first-admin.ts';

/** See identity.first-admin.ts: the random password is returned only the time ADMIN is created. */
export async function ensureFirstAdmin(
  pool: pg.Pool,
  overrides: Partial<IdentitySettings> = {},
): Promise<{ staffNo: string; password: string } | undefined> {
  return createFirstAdmin(pool, settingsOf(overrides).hashing);
}
