// The org tree (DOMAIN.md §1: 总行 → 分行 → 支行 → 网点) and its staff. Outlets scale with the
// customer base (about one per 2,000 customers, at least 15) so that a benchmark bank has a
// realistic number of outlets and RMs rather than 15 outlets of 70,000 customers each.

import { mobilePhone } from './ids.ts';
import type { OutletRoster } from './maintainers.ts';
import { CITIES, drawChineseName, nthPlaceName } from './names.ts';
import { cumulative, Rng } from './random.ts';
import type { FileSink } from './writer.ts';

export interface OrgUnit {
  code: string;
  name: string;
  level: 'HEAD_OFFICE' | 'BRANCH' | 'SUB_BRANCH' | 'OUTLET';
  parentCode: string;
}

export interface OrgTree {
  /** Parents before children, in file order. */
  units: OrgUnit[];
  outletCodes: string[];
  /** Cumulative outlet sizes: outlets differ in how many customers they serve. */
  outletWeights: Float64Array;
}

export const ORGS_HEADER = 'code,name,level,parent_code';
export const STAFF_HEADER = 'staff_no,name,role,org_code,phone';
export const BRANCH_COUNT = 3;

export function buildOrgTree(seed: number, customers: number): OrgTree {
  const rng = new Rng(seed, 'orgs');
  const outletCount = Math.max(15, Math.round(customers / 2000));
  const subBranchCount = Math.min(outletCount, Math.max(2 * BRANCH_COUNT, Math.round(outletCount / 4)));
  const units: OrgUnit[] = [{ code: 'HO', name: '贵宾银行总行', level: 'HEAD_OFFICE', parentCode: '' }];
  const outletCodes: string[] = [];
  const sizes: number[] = [];
  for (let b = 0; b < BRANCH_COUNT; b++) {
    const city = CITIES[b % CITIES.length]!;
    const branchCode = `BR${b + 1}`;
    units.push({ code: branchCode, name: city.branch, level: 'BRANCH', parentCode: 'HO' });
    // Sub-branches are dealt to branches round-robin, outlets to sub-branches round-robin,
    // so every sub-branch has at least one outlet.
    let localSub = 0;
    let cityOutlet = 0;
    for (let s = b; s < subBranchCount; s += BRANCH_COUNT) {
      const subCode = `${branchCode}S${++localSub}`;
      units.push({ code: subCode, name: `${nthPlaceName(city.districts, localSub - 1)}支行`, level: 'SUB_BRANCH', parentCode: branchCode });
      let localOutlet = 0;
      for (let o = s; o < outletCount; o += subBranchCount) {
        const code = `${subCode}O${++localOutlet}`;
        units.push({ code, name: `${nthPlaceName(city.roads, cityOutlet++)}网点`, level: 'OUTLET', parentCode: subCode });
        outletCodes.push(code);
        sizes.push(rng.uniform(0.5, 1.5));
      }
    }
  }
  return { units, outletCodes, outletWeights: cumulative(sizes) };
}

export function writeOrgs(sink: FileSink, tree: OrgTree): void {
  sink.text(`${ORGS_HEADER}\n`);
  for (const unit of tree.units) sink.text(`${unit.code},${unit.name},${unit.level},${unit.parentCode}\n`);
}

type Role =
  | 'HQ_WEALTH_ADMIN' | 'AUDITOR' | 'BRANCH_ADMIN' | 'SUB_BRANCH_HEAD' | 'OUTLET_HEAD'
  | 'RELATIONSHIP_MANAGER' | 'WEALTH_ADVISOR' | 'LOBBY_MANAGER' | 'TELLER';

/** Staff per org unit. RMs are sized for the expected VIP base (about 1 RM per 150 VIPs). */
function rolesFor(unit: OrgUnit, customersPerOutlet: number, rng: Rng): Role[] {
  const many = (role: Role, count: number): Role[] => Array.from({ length: count }, () => role);
  switch (unit.level) {
    case 'HEAD_OFFICE':
      return [...many('HQ_WEALTH_ADMIN', 2), ...many('AUDITOR', 2)];
    case 'BRANCH':
      return many('BRANCH_ADMIN', 2);
    case 'SUB_BRANCH':
      return ['SUB_BRANCH_HEAD'];
    case 'OUTLET': {
      const relationshipManagers = Math.max(3, Math.ceil((customersPerOutlet * 0.25) / 150)) + rng.int(2);
      return [
        'OUTLET_HEAD',
        ...many('RELATIONSHIP_MANAGER', relationshipManagers),
        ...many('WEALTH_ADVISOR', customersPerOutlet > 3000 ? 2 : 1),
        'LOBBY_MANAGER',
        ...many('TELLER', 2 + rng.int(2)),
      ];
    }
  }
}

/**
 * Writes staff.csv; returns the number of staff (their phones use indices 0..n-1) and, per
 * outlet, who may maintain or support its customers (maintainers.ts).
 */
export function writeStaff(sink: FileSink, tree: OrgTree, seed: number, customers: number, phoneKey: number): { count: number; roster: OutletRoster } {
  const rng = new Rng(seed, 'staff');
  const customersPerOutlet = customers / tree.outletCodes.length;
  const roster: OutletRoster = new Map();
  sink.text(`${STAFF_HEADER}\n`);
  let count = 0;
  for (const unit of tree.units) {
    for (const role of rolesFor(unit, customersPerOutlet, rng)) {
      const { name } = drawChineseName(rng, rng.chance(0.5));
      const staffNo = `S${String(count + 1).padStart(5, '0')}`;
      sink.text(`${staffNo},${name},${role},${unit.code},${mobilePhone(count, phoneKey)}\n`);
      if (unit.level === 'OUTLET') addToRoster(roster, unit.code, role, staffNo);
      count++;
    }
  }
  return { count, roster };
}

function addToRoster(roster: OutletRoster, outlet: string, role: Role, staffNo: string): void {
  const staff = roster.get(outlet) ?? { head: '', relationshipManagers: [], advisors: [] };
  roster.set(outlet, staff);
  if (role === 'OUTLET_HEAD') staff.head = staffNo;
  else if (role === 'RELATIONSHIP_MANAGER') staff.relationshipManagers.push(staffNo);
  else if (role === 'WEALTH_ADVISOR') staff.advisors.push(staffNo);
}
