/**
 * A small bank for the tier-results tests: an org tree of two branches, seven customers spread
 * over three outlets, evaluated for 2026-08 and 2026-09 under the test policy (MONTH_AVG: gold
 * 100000.00, platinum 500000.00, diamond 1000000.00) through the real evaluation, and staff of
 * every role placed in it.
 *
 *   HO ─ BR1 ─ S1 ─ O1: A1 platinum, A2 gold qualified diamond (not upgraded), A3 standard
 *     │            └ O2: B1 diamond substandard (qualified gold), B2 gold (new in September)
 *     └ BR2 ─ S2 ─ O3: C1 platinum, C2 standard (no AUM)
 */
import type pg from 'pg';
import { ROLES, type Role } from '../../platform/access/permissions.ts';
import { aStaffMemberWithPassword } from '../identity/identity.routes.test-support.ts';
import { evaluateMonth, importPolicy } from './tiers.service.ts';
import { aBank, aPolicyFile } from './tiers.test-bank.ts';

export const POLICY = 'test-month';
export const AUGUST = '2026-08';
export const SEPTEMBER = '2026-09';

const ORGS: [code: string, level: string, parent: string | null][] = [
  ['HO', 'HEAD_OFFICE', null],
  ['BR1', 'BRANCH', 'HO'],
  ['BR2', 'BRANCH', 'HO'],
  ['S1', 'SUB_BRANCH', 'BR1'],
  ['S2', 'SUB_BRANCH', 'BR2'],
  ['O1', 'OUTLET', 'S1'],
  ['O2', 'OUTLET', 'S1'],
  ['O3', 'OUTLET', 'S2'],
];

/** Where each role sits; the RM maintains A1 and A2, the advisor supports A3. */
const ROLE_ORGS: Record<Role, string> = {
  HQ_WEALTH_ADMIN: 'HO',
  BRANCH_ADMIN: 'BR1',
  SUB_BRANCH_HEAD: 'S1',
  OUTLET_HEAD: 'O1',
  RELATIONSHIP_MANAGER: 'O1',
  WEALTH_ADVISOR: 'O1',
  LOBBY_MANAGER: 'O1',
  TELLER: 'O1',
  AUDITOR: 'HO',
};

export interface TierTestBank {
  orgIds: Map<string, number>;
  staff: Map<Role, { staffId: number; staffNo: string }>;
}

async function moveCustomers(pool: pg.Pool, outlets: Record<string, string>): Promise<void> {
  for (const [customerNo, outlet] of Object.entries(outlets)) {
    await pool.query('UPDATE customer SET home_outlet_id = (SELECT id FROM org WHERE code = $2) WHERE customer_no = $1', [customerNo, outlet]);
  }
}

export async function buildTierTestBank(pool: pg.Pool): Promise<TierTestBank> {
  for (const [code, level, parent] of ORGS) {
    await pool.query(`INSERT INTO org (code, name, level, parent_id) VALUES ($1, $1 || ' org', $2, (SELECT id FROM org WHERE code = $3))`, [code, level, parent]);
  }
  const { rows } = await pool.query<{ code: string; id: number }>('SELECT code, id FROM org');
  const orgIds = new Map(rows.map((row) => [row.code, row.id]));
  await importPolicy(pool, { json: aPolicyFile(), actor: 'test' });
  await aBank()
    .withMonthAverages('A1', { [AUGUST]: '600000.00', [SEPTEMBER]: '600000.00' })
    .withMonthAverages('A2', { [AUGUST]: '150000.00', [SEPTEMBER]: '1200000.00' })
    .withMonthAverages('A3', { [AUGUST]: '50000.00', [SEPTEMBER]: '50000.00' })
    .withMonthAverages('B1', { [AUGUST]: '1500000.00', [SEPTEMBER]: '200000.00' })
    .withMonthAverages('C1', { [AUGUST]: '700000.00', [SEPTEMBER]: '700000.00' })
    .withCustomer('C2')
    .build(pool);
  await moveCustomers(pool, { A1: 'O1', A2: 'O1', A3: 'O1', B1: 'O2', C1: 'O3', C2: 'O3' });
  await evaluateMonth(pool, { month: AUGUST, policyCode: POLICY, actor: 'test' });
  await aBank().withMonthAverage('B2', SEPTEMBER, '120000.00').build(pool);
  await moveCustomers(pool, { B2: 'O2' });
  await evaluateMonth(pool, { month: SEPTEMBER, policyCode: POLICY, actor: 'test' });

  const staff = new Map<Role, { staffId: number; staffNo: string }>();
  for (const role of ROLES) {
    const orgCode = ROLE_ORGS[role];
    const level = ORGS.find(([code]) => code === orgCode)![1];
    staff.set(role, await aStaffMemberWithPassword(pool, { role, orgCode, level }));
  }
  await pool.query(
    `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, source)
     SELECT c.id, CASE WHEN c.customer_no IN ('A1', 'A2') THEN $1::int ELSE $3::int END, CASE WHEN c.customer_no = 'A3' THEN $2::int END, 'test'
     FROM customer c WHERE c.customer_no IN ('A1', 'A2', 'A3')`,
    [staff.get('RELATIONSHIP_MANAGER')!.staffId, staff.get('WEALTH_ADVISOR')!.staffId, staff.get('OUTLET_HEAD')!.staffId],
  );
  return { orgIds, staff };
}
