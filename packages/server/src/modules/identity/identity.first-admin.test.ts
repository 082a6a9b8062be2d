import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { checkPassword } from './identity.rules.ts';
import { authenticate, ensureFirstAdmin, login } from './identity.service.ts';
import { aStaffMember, FAST_SETTINGS } from './identity.test-support.ts';

describe('ensureFirstAdmin', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('creates ADMIN at a new HO-SYSTEM org once, with a random password that must be changed', async () => {
    await aStaffMember(db.pool); // feed staff without credentials: nobody can log in yet
    const created = await ensureFirstAdmin(db.pool, FAST_SETTINGS);
    expect(created?.staffNo).toBe('ADMIN');
    expect(checkPassword(created!.password, 'ADMIN')).toEqual([]);
    expect(await ensureFirstAdmin(db.pool, FAST_SETTINGS)).toBeUndefined();

    const { rows } = await db.pool.query(
      `SELECT s.role, o.code, o.level, c.must_change FROM staff s JOIN org o ON o.id = s.org_id
         JOIN staff_credential c ON c.staff_id = s.id WHERE s.staff_no = 'ADMIN'`,
    );
    expect(rows).toEqual([{ role: 'HQ_WEALTH_ADMIN', code: 'HO-SYSTEM', level: 'HEAD_OFFICE', must_change: true }]);

    const { token, session } = await login(db.pool, { staffNo: 'ADMIN', password: created!.password }, FAST_SETTINGS);
    expect(session.mustChange).toBe(true);
    expect((await authenticate(db.pool, token))?.staff.role).toBe('HQ_WEALTH_ADMIN');
  });
});

describe('ensureFirstAdmin with a head office from the feed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('uses the existing head office, and concurrent starts create one admin', async () => {
    await db.pool.query(`INSERT INTO org (code, name, level) VALUES ('HO', '总行', 'HEAD_OFFICE')`);
    const results = await Promise.all([ensureFirstAdmin(db.pool, FAST_SETTINGS), ensureFirstAdmin(db.pool, FAST_SETTINGS)]);
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    const { rows } = await db.pool.query(`SELECT o.code FROM staff s JOIN org o ON o.id = s.org_id WHERE s.staff_no = 'ADMIN'`);
    expect(rows).toEqual([{ code: 'HO' }]);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM org WHERE code = 'HO-SYSTEM'`)).rows[0].n).toBe(0);
  });

  it('creates nothing when someone already has a credential', async () => {
    const other = await createTestDatabase();
    try {
      const staff = await aStaffMember(other.pool);
      await other.pool.query(`INSERT INTO staff_credential (staff_id, password_hash) VALUES ($1, '$argon2id$x')`, [staff.staffId]);
      expect(await ensureFirstAdmin(other.pool, FAST_SETTINGS)).toBeUndefined();
      expect((await other.pool.query(`SELECT count(*)::int AS n FROM staff WHERE staff_no = 'ADMIN'`)).rows[0].n).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
