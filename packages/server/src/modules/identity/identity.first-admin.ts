/**
 * The first administrator: a bank's first start has staff from the feed but nobody who can log
 * in. Rather than ship a default password (the classic breach), the server creates ADMIN with a
 * random password, shows it once, and forces a change at first login (must_change).
 */
import type pg from 'pg';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { DEFAULT_HASHING, generatePassword, hashPassword, type HashingSettings } from './identity.password.ts';
import { inTransaction, upsertCredential } from './identity.store.ts';

export const FIRST_ADMIN_STAFF_NO = 'ADMIN';
// Serialises concurrent starts: two servers must not both create and print a password.
const FIRST_ADMIN_LOCK = 7_464_242_004;

/**
 * Creates ADMIN (HQ_WEALTH_ADMIN at head office) with a random password when no staff member has
 * a credential yet. Returns the password the one time it is created; undefined ever after.
 */
export async function ensureFirstAdmin(
  pool: pg.Pool,
  hashing: HashingSettings = DEFAULT_HASHING,
): Promise<{ staffNo: string; password: string } | undefined> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
    // Any credential at all (an HQ admin's included) means someone can already log in and
    // set passwords: creating another admin then would only add an unasked-for account.
    const { rows: existing } = await client.query('SELECT 1 FROM staff_credential LIMIT 1');
    if (existing.length > 0) return undefined;
    const orgId = await headOfficeId(client);
    const { rows: staffRows } = await client.query<{ id: number; role: string }>(
      `INSERT INTO staff (staff_no, name, role, org_id, phone) VALUES ($1, '系统管理员', 'HQ_WEALTH_ADMIN', $2, '')
       ON CONFLICT (staff_no) DO UPDATE SET staff_no = EXCLUDED.staff_no
       RETURNING id, role`,
      [FIRST_ADMIN_STAFF_NO, orgId],
    );
    const staff = staffRows[0]!;
    // A feed staff member numbered ADMIN with another role must not be silently promoted.
    if (staff.role !== 'HQ_WEALTH_ADMIN') {
      throw new DomainError('FIRST_ADMIN_CONFLICT', `staff number ${FIRST_ADMIN_STAFF_NO} exists with role ${staff.role}`);
    }
    const password = generatePassword(FIRST_ADMIN_STAFF_NO);
    await upsertCredential(client, staff.id, await hashPassword(password, hashing), true, new Date());
    return { staffNo: FIRST_ADMIN_STAFF_NO, password };
  });
}

async function headOfficeId(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ id: number }>(`SELECT id FROM org WHERE level = 'HEAD_OFFICE' ORDER BY id LIMIT 1`);
  if (rows[0]) return rows[0].id;
  const { rows: created } = await client.query<{ id: number }>(
    `INSERT INTO org (code, name, level) VALUES ('HO-SYSTEM', '总行（系统）', 'HEAD_OFFICE') RETURNING id`,
  );
  return created[0]!.id;
}
