// The generated files obey the feed contract of DOMAIN.md §3, checked by reading them back.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from './calendar.ts';
import { BOUNDARY_CENTS } from './customers.ts';
import { isValidResidentId } from './ids.ts';
import { generateInTemp, headerOf } from './test-bank.ts';
import { parseCents, readCsv } from './tier-shares.ts';

const START = '2025-08-15';
const END = '2025-10-14';
let dir = '';
const read = (name: string): string[][] => readCsv(join(dir, name));

beforeAll(async () => {
  ({ dir } = await generateInTemp({ seed: 7, customers: 600, startDate: START, endDate: END }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const days = (): string[] => {
  const out: string[] = [];
  for (let day = parseIsoDate(START); day <= parseIsoDate(END); day++) out.push(formatIsoDate(day));
  return out;
};

describe('feed contract', () => {
  it('has exactly the contract headers', () => {
    expect(headerOf(join(dir, 'orgs.csv'))).toBe('code,name,level,parent_code');
    expect(headerOf(join(dir, 'staff.csv'))).toBe('staff_no,name,role,org_code,phone');
    expect(headerOf(join(dir, 'products.csv'))).toBe('product_code,name,category,risk_level,currency,series,counts_toward_aum');
    expect(headerOf(join(dir, 'customers.csv'))).toBe(
      'customer_no,name,id_type,id_no,gender,birth_date,phone,email,occupation,home_outlet_code,opened_on');
    expect(headerOf(join(dir, 'accounts.csv'))).toBe('account_no,customer_no,product_code,currency,opened_on,maturity_on,status');
    expect(headerOf(join(dir, 'maintainers.csv'))).toBe('customer_no,maintainer_staff_no,advisor_staff_no');
    expect(headerOf(join(dir, 'fx', `${START}.csv`))).toBe('as_of,currency,rate_to_cny');
    expect(headerOf(join(dir, 'balances', `${END}.csv`))).toBe('as_of,account_no,balance');
    expect(readdirSync(join(dir, 'balances')).sort()).toEqual(days().map((day) => `${day}.csv`));
  });

  it('has a four-level org tree with parents first and staff in every role', () => {
    const orgs = read('orgs.csv');
    const levels = new Map<string, string>();
    for (const [code, name, level, parent] of orgs) {
      expect(name).toMatch(/[\u4e00-\u9fff]/);
      if (level === 'HEAD_OFFICE') expect(parent).toBe('');
      else expect(levels.get(parent!)).toBe({ BRANCH: 'HEAD_OFFICE', SUB_BRANCH: 'BRANCH', OUTLET: 'SUB_BRANCH' }[level!]);
      levels.set(code!, level!);
    }
    const count = (level: string) => [...levels.values()].filter((l) => l === level).length;
    expect([count('HEAD_OFFICE'), count('BRANCH')]).toEqual([1, 3]);
    expect(count('OUTLET')).toBeGreaterThanOrEqual(15);
    expect(new Set(orgs.map((row) => row[1])).size).toBe(orgs.length);

    const staff = read('staff.csv');
    const roleLevel: Record<string, string> = {
      HQ_WEALTH_ADMIN: 'HEAD_OFFICE', AUDITOR: 'HEAD_OFFICE', BRANCH_ADMIN: 'BRANCH', SUB_BRANCH_HEAD: 'SUB_BRANCH',
      OUTLET_HEAD: 'OUTLET', RELATIONSHIP_MANAGER: 'OUTLET', WEALTH_ADVISOR: 'OUTLET', LOBBY_MANAGER: 'OUTLET', TELLER: 'OUTLET',
    };
    for (const [, name, role, org, phone] of staff) {
      expect(levels.get(org!)).toBe(roleLevel[role!]);
      expect(name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
    }
    expect(new Set(staff.map((row) => row[2]))).toEqual(new Set(Object.keys(roleLevel)));
  });

  it('has every product category, foreign currencies and all risk levels', () => {
    const products = read('products.csv');
    expect(new Set(products.map((row) => row[2]))).toEqual(new Set(['DEMAND_DEPOSIT', 'TIME_DEPOSIT', 'LARGE_CD',
      'TREASURY_BOND', 'WEALTH_PRODUCT', 'FUND', 'INSURANCE', 'TRUST', 'ASSET_MGMT_PLAN', 'PRECIOUS_METAL', 'LOAN', 'CREDIT_CARD']));
    for (const row of products) expect(row[6]).toBe(row[2] === 'LOAN' || row[2] === 'CREDIT_CARD' ? 'false' : 'true');
    expect(new Set(products.map((row) => row[3]))).toEqual(new Set(['R1', 'R2', 'R3', 'R4', 'R5']));
    expect(new Set(products.map((row) => row[4]))).toEqual(new Set(['CNY', 'USD', 'HKD', 'EUR']));
  });

  it('has customers with valid, unique, self-consistent identities', () => {
    const customers = read('customers.csv');
    const outlets = new Set(read('orgs.csv').filter((row) => row[2] === 'OUTLET').map((row) => row[0]));
    const occupations = new Set(['GOVERNMENT_OFFICIAL', 'CIVIL_SERVANT', 'SENIOR_EXECUTIVE', 'MIDDLE_MANAGER',
      'ENTREPRENEUR', 'SCHOLAR', 'STAR', 'HOMEMAKER', 'OTHER']);
    const idTypes = new Set(['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_RESIDENT_PERMIT', 'OTHER']);
    let residents = 0;
    const problems: string[] = [];
    const check = (ok: boolean, what: string, row: string[]): void => {
      if (!ok) problems.push(`${what}: ${row.join(',')}`);
    };
    for (const row of customers) {
      const [, name, idType, idNo, gender, birth, phone, email, occupation, outlet, openedOn] = row;
      check(row.length === 11 && idTypes.has(idType!), 'columns or id type', row);
      if (idType === 'RESIDENT_ID') {
        residents++;
        check(isValidResidentId(idNo!), 'GB 11643 check', row);
        check(idNo!.slice(6, 14) === birth!.replaceAll('-', ''), 'birth date in ID', row);
        check((Number(idNo![16]) % 2 === 1 ? 'M' : 'F') === gender, 'gender in ID', row);
        check(/^[\u4e00-\u9fff]{2,4}$/.test(name!), 'Chinese name', row);
      }
      check(/^[MF]$/.test(gender!) && /^1[3-9]\d{9}$/.test(phone!), 'gender or phone', row);
      check(/^$|^[a-z0-9.]+@[a-z0-9]+\.[a-z]+$/.test(email!), 'email', row);
      check(occupations.has(occupation!) && outlets.has(outlet!), 'occupation or home outlet', row);
      check(openedOn! > birth!, 'opened after birth', row);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(residents / customers.length).toBeGreaterThan(0.9);
    expect(residents).toBeLessThan(customers.length);
    expect(new Set(customers.map((row) => row[3])).size).toBe(customers.length);
    const phones = [...customers.map((row) => row[6]), ...read('staff.csv').map((row) => row[4])];
    expect(new Set(phones).size).toBe(phones.length);
    expect(customers.filter((row) => row[7] === '').length).toBeGreaterThan(0);
    expect(customers.filter((row) => row[10]! <= START).length / customers.length).toBeGreaterThan(0.95);
  });

  it('has accounts that reference existing customers and products in the product currency', () => {
    const customers = new Map(read('customers.csv').map((row) => [row[0]!, row]));
    const products = new Map(read('products.csv').map((row) => [row[0]!, row]));
    const accounts = read('accounts.csv');
    const problems = accounts.filter(([, customer, product, currency, openedOn, maturityOn, status]) => {
      const owner = customers.get(customer!);
      const info = products.get(product!);
      return !owner || !info || info[4] !== currency || openedOn! < owner[10]!
        || (info[2] === 'DEMAND_DEPOSIT' && maturityOn !== '') || (maturityOn !== '' && maturityOn! <= openedOn!)
        || !['ACTIVE', 'DORMANT', 'FROZEN', 'CLOSED'].includes(status!);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(new Set(accounts.map((row) => row[0])).size).toBe(accounts.length);
    expect(accounts.length / customers.size).toBeGreaterThan(2.5);
    expect(accounts.length / customers.size).toBeLessThan(3.6);
    expect(accounts.filter((row) => row[6] === 'ACTIVE').length / accounts.length).toBeGreaterThan(0.8);
    expect(accounts.some((row) => row[2]!.startsWith('P-LN-'))).toBe(true);
    expect(accounts.some((row) => row[2]!.startsWith('P-CC-'))).toBe(true);
  });

  it('has daily fx for every foreign currency and balances only for open accounts, never negative', () => {
    const accounts = new Map(read('accounts.csv').map((row) => [row[0]!, row]));
    const foreign = new Set([...accounts.values()].map((row) => row[3]!).filter((currency) => currency !== 'CNY'));
    // Violations are collected rather than asserted per row: an expect() per row of ~100k rows
    // would dominate the test's run time.
    const problems: string[] = [];
    for (const day of days()) {
      const fx = read(join('fx', `${day}.csv`));
      for (const [asOf, currency, rate] of fx) {
        if (asOf !== day || !/^\d+\.\d{6}$/.test(rate!)) problems.push(`fx ${day} ${currency} ${asOf} ${rate}`);
      }
      expect(new Set(fx.map((row) => row[1]))).toEqual(foreign);
      const balances = read(join('balances', `${day}.csv`));
      expect(new Set(balances.map((row) => row[1])).size).toBe(balances.length);
      for (const [asOf, accountNo, amount] of balances) {
        const account = accounts.get(accountNo!);
        if (asOf !== day) problems.push(`${day}: as_of ${asOf}`);
        if (!account) problems.push(`${day}: unknown account ${accountNo}`);
        else if (account[4]! > day) problems.push(`${day}: ${accountNo} opened ${account[4]}`);
        else if (account[6] === 'CLOSED' && !(account[5] !== '' && account[5]! >= day)) problems.push(`${day}: closed ${accountNo}`);
        if (!/^\d+\.\d{2}$/.test(amount!)) problems.push(`${day}: ${accountNo} amount ${amount}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('gives gold-and-above customers a maintainer of their home outlet, and the richer ones an advisor', () => {
    const staff = new Map(read('staff.csv').map(([staffNo, , role, org]) => [staffNo!, { role: role!, org: org! }]));
    const homeOutlet = new Map(read('customers.csv').map((row) => [row[0]!, row[9]!]));
    const rows = read('maintainers.csv');
    const problems = rows.filter(([customer, maintainer, advisor]) => {
      const outlet = homeOutlet.get(customer!);
      const who = staff.get(maintainer!);
      const helper = advisor === '' ? undefined : staff.get(advisor!);
      return !outlet || who?.org !== outlet || !['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'].includes(who.role)
        || (advisor !== '' && (helper?.role !== 'WEALTH_ADVISOR' || helper.org !== outlet));
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
    // About the gold-and-above share the generator aims at (tier-pyramid.test.ts), never everyone.
    expect(rows.length / homeOutlet.size).toBeGreaterThan(0.15);
    expect(rows.length / homeOutlet.size).toBeLessThan(0.35);
    expect(rows.some((row) => row[2] !== '')).toBe(true);
    expect(rows.some((row) => staff.get(row[1]!)!.role === 'OUTLET_HEAD')).toBe(true);
    // Dealt round-robin: within an outlet, RMs' numbers of customers differ by at most one.
    const load = new Map<string, number>();
    for (const [staffNo, s] of staff) if (s.role === 'RELATIONSHIP_MANAGER') load.set(staffNo, 0);
    for (const row of rows) if (load.has(row[1]!)) load.set(row[1]!, load.get(row[1]!)! + 1);
    const byOutlet = new Map<string, number[]>();
    for (const [staffNo, count] of load) byOutlet.set(staff.get(staffNo)!.org, [...(byOutlet.get(staff.get(staffNo)!.org) ?? []), count]);
    const uneven = [...byOutlet].filter(([, counts]) => Math.max(...counts) - Math.min(...counts) > 1);
    expect(uneven).toEqual([]);
  });

  it('holds boundary customers at exactly each threshold and one cent below, every day', () => {
    const accounts = read('accounts.csv');
    const perCustomer = new Map<string, string[][]>();
    for (const row of accounts) perCustomer.set(row[1]!, [...(perCustomer.get(row[1]!) ?? []), row]);
    const single = new Map([...perCustomer].filter(([, rows]) => rows.length === 1 && rows[0]![2] === 'P-DD-CNY').map(([, rows]) => [rows[0]![0]!, rows[0]!]));
    const found = new Map<string, bigint>();
    for (const day of days()) {
      for (const [, accountNo, amount] of read(join('balances', `${day}.csv`))) {
        if (!single.has(accountNo!)) continue;
        const cents = parseCents(amount!);
        if (day === START) found.set(accountNo!, cents);
        else if (found.get(accountNo!) !== cents) found.set(accountNo!, -1n); // moved: not a boundary account
      }
    }
    const constant = new Set([...found.values()]);
    for (const cents of BOUNDARY_CENTS) expect(constant.has(BigInt(cents)), String(cents)).toBe(true);
  });
});
