import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../modules/identity/identity.service.ts';
import { aStaffMember, FAST_SETTINGS } from '../modules/identity/identity.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.ts';
import { createDemoLogins } from './demo-logins.ts';

describe('demo logins', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('gives the first staff member of each role a working random password, written for the owner only', async () => {
    await aStaffMember(db.pool, { staffNo: 'S0002', role: 'RELATIONSHIP_MANAGER' });
    await aStaffMember(db.pool, { staffNo: 'S0001', role: 'RELATIONSHIP_MANAGER' });
    await aStaffMember(db.pool, { staffNo: 'S0003', role: 'OUTLET_HEAD' });
    await aStaffMember(db.pool, { staffNo: 'H0001', role: 'HQ_WEALTH_ADMIN', orgCode: 'HQ', level: 'HEAD_OFFICE' });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-demo-'));
    const logins = await createDemoLogins(db.pool, home, FAST_SETTINGS);
    expect(logins.map((l) => [l.role, l.staffNo])).toEqual([
      ['HQ_WEALTH_ADMIN', 'H0001'],
      ['OUTLET_HEAD', 'S0003'],
      ['RELATIONSHIP_MANAGER', 'S0001'],
    ]);
    for (const demo of logins) {
      const session = await login(db.pool, { staffNo: demo.staffNo, password: demo.password }, FAST_SETTINGS);
      expect(session.staff.staffNo).toBe(demo.staffNo);
    }
    const file = path.join(home, 'demo-logins.txt');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toContain(`RELATIONSHIP_MANAGER\tS0001\t测试员工\t${logins[2]!.password}`);
    // a second pass (another first start on the same home) gives new passwords: nothing fixed
    const again = await createDemoLogins(db.pool, home, FAST_SETTINGS);
    expect(again[0]!.password).not.toBe(logins[0]!.password);
  });

  it('prefers a staff member who maintains customers, and never one who LEFT', async () => {
    const customer = await db.pool.query(
      `INSERT INTO customer (customer_no, name, id_type, id_no, gender, phone, email, occupation, home_outlet_id, opened_on)
       SELECT 'C1', '张三', 'PASSPORT', 'E1', 'M', '', '', 'OTHER', id, '2020-01-01' FROM org WHERE code = 'OUT-001' RETURNING id`,
    );
    await db.pool.query(
      `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, source) SELECT $1, id, 'FEED' FROM staff WHERE staff_no = 'S0002'`,
      [customer.rows[0].id],
    );
    await db.pool.query(`UPDATE staff SET status = 'LEFT' WHERE staff_no = 'S0003'`);
    const logins = await createDemoLogins(db.pool, fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-demo-')), FAST_SETTINGS);
    expect(logins.map((l) => [l.role, l.staffNo])).toEqual([
      ['HQ_WEALTH_ADMIN', 'H0001'],
      ['RELATIONSHIP_MANAGER', 'S0002'],
    ]);
  });
});
