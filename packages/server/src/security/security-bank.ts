/**
 * The bank the security tests attack: every role of DOMAIN.md §1 with one login each (as the
 * demo bank has), and customers placed so that each role has some inside and some outside its
 * scope. Built through the real import and evaluation, so hashes, balances and tiers are what
 * production would hold. Which customer each viewer may see is never listed here: the tests
 * derive it from the permission and scope rules.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { ROLES, type Role } from '../platform/access/permissions.ts';
import type { OrgLevel, OrgNode, OrgTree, ScopedCustomer } from '../platform/access/scope.rules.ts';
import { importFeed } from '../modules/ingest/ingest.service.ts';
import { residentIdCheckCharacter } from '../modules/ingest/resident-id.rules.ts';
import { setPassword } from '../modules/identity/identity.service.ts';
import { FAST_SETTINGS } from '../modules/identity/identity.test-support.ts';
import { evaluateMonth } from '../modules/tiers/tiers.service.ts';

export const SECURITY_PASSWORD = 'Security-2026-ok';
export const EVALUATED_MONTH = '2026-01';
export const POLICY_CODE = 'month-avg-4-tier';

const ORGS: [code: string, level: OrgLevel, parent: string][] = [
  ['HO', 'HEAD_OFFICE', ''],
  ['BR1', 'BRANCH', 'HO'],
  ['BR2', 'BRANCH', 'HO'],
  ['S11', 'SUB_BRANCH', 'BR1'],
  ['S21', 'SUB_BRANCH', 'BR2'],
  ['O111', 'OUTLET', 'S11'],
  ['O112', 'OUTLET', 'S11'],
  ['O211', 'OUTLET', 'S21'],
];

/** One login per role (the viewers), then the other outlets' maintainers. */
const STAFF: [staffNo: string, role: Role, org: string][] = [
  ['V-HQ', 'HQ_WEALTH_ADMIN', 'HO'],
  ['V-BA', 'BRANCH_ADMIN', 'BR1'],
  ['V-SB', 'SUB_BRANCH_HEAD', 'S11'],
  ['V-OH', 'OUTLET_HEAD', 'O111'],
  ['V-RM', 'RELATIONSHIP_MANAGER', 'O111'],
  ['V-WA', 'WEALTH_ADVISOR', 'O111'],
  ['V-LM', 'LOBBY_MANAGER', 'O111'],
  ['V-TL', 'TELLER', 'O111'],
  ['V-AU', 'AUDITOR', 'HO'],
  ['M-RM2', 'RELATIONSHIP_MANAGER', 'O111'],
  ['M-RM3', 'RELATIONSHIP_MANAGER', 'O112'],
  ['M-RM4', 'RELATIONSHIP_MANAGER', 'O211'],
];

export interface SecurityCustomer {
  customerNo: string;
  name: string;
  outlet: string;
  maintainer: string | null;
  advisor: string | null;
  /** Balance of the demand deposit on every day of the month: decides the tier. */
  balance: string;
  /** Filled from the database after the load. */
  id: string;
  idNo: string;
  phone: string;
  email: string;
  accountNos: string[];
}

const CUSTOMERS: Omit<SecurityCustomer, 'id' | 'idNo' | 'phone' | 'email' | 'accountNos'>[] = [
  { customerNo: 'K1', name: '甲一客户', outlet: 'O111', maintainer: 'V-RM', advisor: 'V-WA', balance: '6000000.00' },
  { customerNo: 'K2', name: '乙二客户', outlet: 'O111', maintainer: 'M-RM2', advisor: null, balance: '600000.00' },
  { customerNo: 'K3', name: '丙三客户', outlet: 'O112', maintainer: 'M-RM3', advisor: null, balance: '150000.00' },
  { customerNo: 'K4', name: '丁四客户', outlet: 'O211', maintainer: 'M-RM4', advisor: null, balance: '2500000.00' },
  { customerNo: 'K5', name: '戊五客户', outlet: 'O111', maintainer: null, advisor: null, balance: '80000.00' },
  { customerNo: 'K6', name: '己六客户', outlet: 'O111', maintainer: 'M-RM2', advisor: 'V-WA', balance: '30000.00' },
];

export interface SecurityBank {
  viewers: Map<Role, { staffNo: string; staffId: number; orgId: number }>;
  customers: SecurityCustomer[];
  tree: OrgTree;
  /** The scope facts of a customer, read back from the database. */
  scoped(customer: SecurityCustomer): ScopedCustomer;
}

function residentId(serial: number): string {
  const first17 = `11010119800101${serial.toString().padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

function writeFeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-security-'));
  const write = (name: string, lines: string[]) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  };
  write('orgs.csv', ['code,name,level,parent_code', ...ORGS.map(([code, level, parent]) => `${code},机构${code},${level},${parent}`)]);
  write('staff.csv', ['staff_no,name,role,org_code,phone', ...STAFF.map(([no, role, org], i) => `${no},员工${no},${role},${org},1370000${(1000 + i).toString()}`)]);
  write('products.csv', ['product_code,name,category,risk_level,currency,series,counts_toward_aum', 'P-DD,活期储蓄,DEMAND_DEPOSIT,R1,CNY,活期,true', 'P-LOAN,个人贷款,LOAN,R2,CNY,贷款,false']);
  write('customers.csv', [
    'customer_no,name,id_type,id_no,gender,birth_date,phone,email,occupation,home_outlet_code,opened_on',
    ...CUSTOMERS.map((c, i) => `${c.customerNo},${c.name},RESIDENT_ID,${residentId(i + 1)},F,1980-01-01,1591234${(5670 + i).toString()},vip${i + 1}@bank-customer.cn,OTHER,${c.outlet},2020-01-01`),
  ]);
  write('accounts.csv', [
    'account_no,customer_no,product_code,currency,opened_on,maturity_on,status',
    ...CUSTOMERS.flatMap((c, i) => [`62220210000${(100 + i).toString()}88,${c.customerNo},P-DD,CNY,2020-01-01,,ACTIVE`, `62220290000${(100 + i).toString()}99,${c.customerNo},P-LOAN,CNY,2020-01-01,2030-01-01,ACTIVE`]),
  ]);
  for (let day = 1; day <= 31; day += 1) {
    const date = `2026-01-${day.toString().padStart(2, '0')}`;
    write(`fx/${date}.csv`, ['as_of,currency,rate_to_cny', `${date},USD,7.100000`]);
    write(`balances/${date}.csv`, [
      'as_of,account_no,balance',
      ...CUSTOMERS.flatMap((c, i) => [`${date},62220210000${(100 + i).toString()}88,${c.balance}`, `${date},62220290000${(100 + i).toString()}99,50000.00`]),
    ]);
  }
  return dir;
}

export async function loadSecurityBank(pool: pg.Pool): Promise<SecurityBank> {
  const dir = writeFeed();
  const result = await importFeed(pool, { dir, actor: 'security-test' });
  fs.rmSync(dir, { recursive: true });
  if (result.status !== 'APPLIED') throw new Error(`the security bank did not load: ${JSON.stringify(result.errors?.slice(0, 5))}`);
  await evaluateMonth(pool, { month: EVALUATED_MONTH, policyCode: POLICY_CODE, actor: 'security-test' });
  const staffIds = new Map<string, { id: number; orgId: number }>();
  for (const row of (await pool.query<{ staff_no: string; id: number; org_id: number }>('SELECT staff_no, id, org_id FROM staff')).rows) {
    staffIds.set(row.staff_no, { id: row.id, orgId: row.org_id });
  }
  // Maintainer relations straight into their table: the record scope reads nothing else.
  for (const customer of CUSTOMERS.filter((c) => c.maintainer !== null)) {
    await pool.query(
      `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, source)
       SELECT id, $2, $3, 'TEST' FROM customer WHERE customer_no = $1
       ON CONFLICT (customer_id) DO UPDATE SET maintainer_staff_id = EXCLUDED.maintainer_staff_id, advisor_staff_id = EXCLUDED.advisor_staff_id`,
      [customer.customerNo, staffIds.get(customer.maintainer!)!.id, customer.advisor ? staffIds.get(customer.advisor)!.id : null],
    );
  }
  const viewers = new Map<Role, { staffNo: string; staffId: number; orgId: number }>();
  for (const role of ROLES) {
    const staffNo = STAFF.find(([no, r]) => r === role && no.startsWith('V-'))![0];
    await setPassword(pool, staffNo, SECURITY_PASSWORD, FAST_SETTINGS);
    viewers.set(role, { staffNo, staffId: staffIds.get(staffNo)!.id, orgId: staffIds.get(staffNo)!.orgId });
  }
  const tree: OrgTree = new Map<number, OrgNode>(
    (await pool.query<{ id: number; parent_id: number | null; level: OrgLevel }>('SELECT id, parent_id, level FROM org')).rows.map((row) => [
      row.id,
      { parentId: row.parent_id, level: row.level },
    ]),
  );
  const customers: SecurityCustomer[] = [];
  const scope = new Map<string, ScopedCustomer>();
  for (const spec of CUSTOMERS) {
    const { rows } = await pool.query<{ id: string; id_no: string; phone: string; email: string; home_outlet_id: number; staff: number[] }>(
      `SELECT c.id::text AS id, c.id_no, c.phone, c.email, c.home_outlet_id,
              array_remove(ARRAY[m.maintainer_staff_id, m.advisor_staff_id], NULL) AS staff
         FROM customer c LEFT JOIN customer_maintainer m ON m.customer_id = c.id WHERE c.customer_no = $1`,
      [spec.customerNo],
    );
    const row = rows[0]!;
    const accounts = await pool.query<{ account_no: string }>('SELECT account_no FROM account WHERE customer_id = $1 ORDER BY account_no', [row.id]);
    customers.push({ ...spec, id: row.id, idNo: row.id_no, phone: row.phone, email: row.email, accountNos: accounts.rows.map((a) => a.account_no) });
    scope.set(spec.customerNo, { homeOutletId: row.home_outlet_id, maintainerStaffIds: row.staff });
  }
  return { viewers, customers, tree, scoped: (customer) => scope.get(customer.customerNo)! };
}
