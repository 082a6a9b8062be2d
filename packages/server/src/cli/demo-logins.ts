import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { generatePassword } from '../modules/identity/identity.password.ts';
import { setPassword, type IdentitySettings } from '../modules/identity/identity.service.ts';

/**
 * One demo login per role, for the demo bank only (issue 4): the first active staff member of each
 * role — preferring one who maintains or supports customers, so that an RM's or an advisor's
 * demo shows customers (their scope is their own customers) — gets a random password, written to
 * `$GUIBIN_HOME/demo-logins.txt` (readable by its owner only) and printed once. No password is
 * fixed in code; a bank's own data never gets demo logins.
 */
export interface DemoLogin {
  role: string;
  staffNo: string;
  name: string;
  password: string;
}

export async function createDemoLogins(pool: pg.Pool, home: string, settings: Partial<IdentitySettings> = {}): Promise<DemoLogin[]> {
  const staff = await pool.query(
    `SELECT DISTINCT ON (s.role) s.role, s.staff_no, s.name FROM staff s
     WHERE s.staff_no <> 'ADMIN' AND s.status = 'ACTIVE'
     ORDER BY s.role,
       NOT EXISTS (SELECT 1 FROM customer_maintainer m WHERE m.maintainer_staff_id = s.id OR m.advisor_staff_id = s.id),
       s.staff_no`,
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
