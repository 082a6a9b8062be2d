import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { hashPassword, verifyPassword } from './identity.password.ts';
import { authenticate, login, logout, revokeStaffSessions, setPassword } from './identity.service.ts';
import { aStaffMember, FAST_SETTINGS } from './identity.test-support.ts';

const PASSWORD = 'Guibin-2026-ok';
const t0 = new Date('2026-11-25T08:00:00Z');
const plus = (minutes: number, from = t0) => new Date(from.getTime() + minutes * 60_000);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

async function withPassword(options: Parameters<typeof aStaffMember>[1] = {}) {
  const staff = await aStaffMember(db.pool, options);
  await setPassword(db.pool, staff.staffNo, PASSWORD, FAST_SETTINGS);
  return staff;
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const credentialOf = async (staffId: number) =>
  (await db.pool.query('SELECT * FROM staff_credential WHERE staff_id = $1', [staffId])).rows[0];

describe('setPassword', () => {
  it('stores an argon2id hash that verifies', async () => {
    const staff = await withPassword();
    const credential = await credentialOf(staff.staffId);
    expect(credential.password_hash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(credential.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(credential.password_hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(credential.password_hash, 'Guibin-2026-no')).toBe(false);
    expect(credential.must_change).toBe(false);
  });

  it('uses at least the OWASP argon2id minimum by default', async () => {
    expect(await hashPassword('whatever-123')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('lists every policy violation and stores nothing', async () => {
    const staff = await aStaffMember(db.pool, { staffNo: 'R77001' });
    const error = await failure(setPassword(db.pool, staff.staffNo, 'r77001', FAST_SETTINGS));
    expect(error.code).toBe('PASSWORD_REJECTED');
    const violations = error.details.violations as Array<{ rule: string; zh: string; en: string }>;
    expect(violations.map((violation) => violation.rule)).toEqual(['MIN_LENGTH', 'CHARACTER_CLASSES', 'CONTAINS_STAFF_NO']);
    expect(error.message).not.toContain('r77001');
    expect(await credentialOf(staff.staffId)).toBeUndefined();
  });

  it('refuses an unknown staff number', async () => {
    expect((await failure(setPassword(db.pool, 'NOBODY', PASSWORD, FAST_SETTINGS))).code).toBe('STAFF_NOT_FOUND');
  });
});

describe('login and lockout', () => {
  it('answers unknown staff and a wrong password alike', async () => {
    const staff = await withPassword();
    const unknown = await failure(login(db.pool, { staffNo: 'NOBODY', password: PASSWORD, now: t0 }, FAST_SETTINGS));
    const wrong = await failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: t0 }, FAST_SETTINGS));
    expect([unknown.code, wrong.code]).toEqual(['LOGIN_FAILED', 'LOGIN_FAILED']);
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.details).toEqual(wrong.details);
    expect((await credentialOf(staff.staffId)).failed_attempts).toBe(1);
  });

  it('locks on the 5th failure, refuses even the right password until the lock ends, then accepts', async () => {
    const staff = await withPassword();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const error = await failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: t0 }, FAST_SETTINGS));
      expect(error.code).toBe('LOGIN_FAILED');
    }
    const locked = await failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: t0 }, FAST_SETTINGS));
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    expect(locked.message).toContain('2026-11-25T08:15:00.000Z');
    expect(locked.details).toEqual({ lockedUntil: '2026-11-25T08:15:00.000Z' });

    const stillLocked = await failure(login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: plus(14) }, FAST_SETTINGS));
    expect(stillLocked.code).toBe('ACCOUNT_LOCKED');
    expect((await credentialOf(staff.staffId)).failed_attempts).toBe(5);

    const { session } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: plus(15) }, FAST_SETTINGS);
    expect(session.staffId).toBe(staff.staffId);
    const credential = await credentialOf(staff.staffId);
    expect([credential.failed_attempts, credential.locked_until]).toEqual([0, null]);
  });

  it('after a lock runs out, one more failure starts the count afresh', async () => {
    const staff = await withPassword();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: t0 }, FAST_SETTINGS));
    }
    const error = await failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: plus(16) }, FAST_SETTINGS));
    expect(error.code).toBe('LOGIN_FAILED');
    const credential = await credentialOf(staff.staffId);
    expect([credential.failed_attempts, credential.locked_until]).toEqual([1, null]);
  });

  it('a success resets the failure count', async () => {
    const staff = await withPassword();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: t0 }, FAST_SETTINGS));
    }
    await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    expect((await credentialOf(staff.staffId)).failed_attempts).toBe(0);
  });

  it('counts concurrent failures without losing any', async () => {
    const staff = await withPassword();
    const settings = { ...FAST_SETTINGS, lockout: { maxFailedAttempts: 100, lockMinutes: 15 } };
    await Promise.all(
      Array.from({ length: 8 }, () => failure(login(db.pool, { staffNo: staff.staffNo, password: 'Wrong-pass-1', now: t0 }, settings))),
    );
    expect((await credentialOf(staff.staffId)).failed_attempts).toBe(8);
  });
});

describe('sessions', () => {
  it('stores only the hash of the token', async () => {
    const staff = await withPassword();
    const { token, session } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, ip: '10.0.0.1', userAgent: 'vitest', now: t0 }, FAST_SETTINGS);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { rows } = await db.pool.query('SELECT * FROM staff_session WHERE staff_id = $1', [staff.staffId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(session.id);
    expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    const { rows: anywhere } = await db.pool.query(`SELECT count(*)::int AS n FROM staff_session ss WHERE ss::text LIKE '%' || $1 || '%'`, [token]);
    expect(anywhere[0].n).toBe(0);
    expect([rows[0].ip, rows[0].user_agent]).toEqual(['10.0.0.1', 'vitest']);
  });

  it('authenticates with the staff member, sliding the idle window until 30 idle minutes', async () => {
    const staff = await withPassword();
    const { token } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    const first = await authenticate(db.pool, token, plus(29));
    expect(first?.staff).toMatchObject({ staffId: staff.staffId, staffNo: staff.staffNo, role: 'RELATIONSHIP_MANAGER', name: '测试员工' });
    expect(first?.session.lastSeenAt).toEqual(plus(29));
    expect(await authenticate(db.pool, token, plus(58))).toBeDefined();
    expect(await authenticate(db.pool, token, plus(88))).toBeUndefined();
    expect(await authenticate(db.pool, 'not-a-token', plus(1))).toBeUndefined();
    expect(await authenticate(db.pool, '', plus(1))).toBeUndefined();
  });

  it('writes last_seen_at at most once a minute, so reads do not each cost a write', async () => {
    const staff = await withPassword();
    const { token } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    const lastSeen = async () => (await db.pool.query<{ at: Date }>('SELECT last_seen_at AS at FROM staff_session WHERE staff_id = $1', [staff.staffId])).rows[0]!.at;
    await authenticate(db.pool, token, new Date(t0.getTime() + 30_000));
    expect(await lastSeen()).toEqual(t0);
    await authenticate(db.pool, token, plus(1));
    expect(await lastSeen()).toEqual(plus(1));
    // The window still slides: active every 59 s for an hour, never idle.
    for (let second = 60 + 59; second < 3600; second += 59) expect(await authenticate(db.pool, token, new Date(t0.getTime() + second * 1000))).toBeDefined();
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const staff = await withPassword();
    const { token, session } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    expect(session.expiresAt).toEqual(plus(12 * 60));
    for (let minute = 20; minute < 12 * 60; minute += 20) expect(await authenticate(db.pool, token, plus(minute))).toBeDefined();
    expect(await authenticate(db.pool, token, plus(12 * 60))).toBeUndefined();
  });

  it('a new login revokes the session it replaces', async () => {
    const staff = await withPassword();
    const first = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    const second = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, previousToken: first.token, now: plus(1) }, FAST_SETTINGS);
    expect(second.token).not.toBe(first.token);
    expect(await authenticate(db.pool, first.token, plus(2))).toBeUndefined();
    expect(await authenticate(db.pool, second.token, plus(2))).toBeDefined();
  });

  it('logout ends the session once', async () => {
    const staff = await withPassword();
    const { token } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    expect(await logout(db.pool, token, plus(1))).toBe(true);
    expect(await logout(db.pool, token, plus(1))).toBe(false);
    expect(await authenticate(db.pool, token, plus(2))).toBeUndefined();
  });

  it('revokeStaffSessions ends every session of the given staff only', async () => {
    const leaver = await withPassword();
    const stayer = await withPassword();
    const a = await login(db.pool, { staffNo: leaver.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    const b = await login(db.pool, { staffNo: leaver.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    const c = await login(db.pool, { staffNo: stayer.staffNo, password: PASSWORD, now: t0 }, FAST_SETTINGS);
    expect(await revokeStaffSessions(db.pool, [leaver.staffId], plus(1))).toBe(2);
    expect(await revokeStaffSessions(db.pool, [], plus(1))).toBe(0);
    expect(await authenticate(db.pool, a.token, plus(2))).toBeUndefined();
    expect(await authenticate(db.pool, b.token, plus(2))).toBeUndefined();
    expect(await authenticate(db.pool, c.token, plus(2))).toBeDefined();
  });

  it('setting a new password ends the existing sessions', async () => {
    const staff = await withPassword();
    const { token } = await login(db.pool, { staffNo: staff.staffNo, password: PASSWORD, now: new Date() }, FAST_SETTINGS);
    await setPassword(db.pool, staff.staffNo, 'Another-pass-42', FAST_SETTINGS);
    expect(await authenticate(db.pool, token)).toBeUndefined();
  });
});
