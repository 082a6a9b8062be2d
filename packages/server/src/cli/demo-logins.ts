import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { generatePassword } from '../modules/identity/identity.password.ts';
import { setPassword, type IdentitySettings } from '../modules/identity/identity.service.ts';

/**
 * One demo login per role, for the demo bank only (issue 4): the first staff member of each role
 * gets a random password, written to `$GUIBIN_HOME/demo-logins.txt` (readable by its owner only)
 * and printed once. No password is fixed in code; a bank's own data never gets demo logins.
 */
export interface DemoLogin {
  role: string;
  staffNo: string;
  name: string;
  password: string;
}

export async function createDemoLogins(pool: pg.Pool, home: string, settings: Partial<IdentitySettings> = {}): Promise<DemoLogin[]> {
  const staff = await pool.query(
    `SELECT DISTINCT ON (role) role, staff_no, name FROM staff WHERE staff_no <> 'ADMIN' ORDER BY role, staff_no`,
  );
  const logins: DemoLogin[] = [];
  for (const row of staff.rows) {
    const password = generatePassword(row.staff_no, 16);
    await setPassword(pool, row.staff_no, password, settings);
    logins.push({ role: row.role, staffNo: row.staff_no, name: row.name, password });
  }
  const file = path.join(home, 'demo-logins.txt');
  const lines = ['# Guibin demo bank: one login per role (demo only)', ...logins.map((l) => `${l.role}\t${l.staffNo}\t${l.name}\t${l.password}`)];
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return logins;
}
