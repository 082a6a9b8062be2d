import type pg from 'pg';
import type { IdentitySettings } from './identity.service.ts';

/** Cheap argon2id parameters for tests only; production defaults are in identity.password.ts. */
export const FAST_SETTINGS: Partial<IdentitySettings> = { hashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 } };

let sequence = 0;

/** Inserts an org (once per code) and a staff member; returns the staff id. */
export async function aStaffMember(
  pool: pg.Pool,
  { staffNo = `T${(sequence += 1).toString().padStart(5, '0')}`, role = 'RELATIONSHIP_MANAGER', orgCode = 'OUT-001', level = 'OUTLET' } = {},
): Promise<{ staffId: number; staffNo: string }> {
  await pool.query(`INSERT INTO org (code, name, level) VALUES ($1, $1, $2) ON CONFLICT (code) DO NOTHING`, [orgCode, level]);
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO staff (staff_no, name, role, org_id, phone)
     SELECT $1, '测试员工', $2, id, '13800000000' FROM org WHERE code = $3 RETURNING id`,
    [staffNo, role, orgCode],
  );
  return { staffId: rows[0]!.id, staffNo };
}
