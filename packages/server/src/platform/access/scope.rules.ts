/**
 * Record scope per role (issue 4 "Access control"; DOMAIN.md §1, §11): which customers a role may
 * see at all. The store applies the scope inside SQL; `isInScope` here is the plain reference
 * the SQL is tested against, so it favours obviousness over speed.
 */
import type { Role } from './permissions.ts';
import { isRole } from './permissions.ts';

export const SCOPES = ['OWN_CUSTOMERS', 'OUTLET', 'SUB_BRANCH_SUBTREE', 'BRANCH_SUBTREE', 'ALL', 'NONE'] as const;
export type Scope = (typeof SCOPES)[number];

export const ROLE_SCOPES: Readonly<Record<Role, Scope>> = {
  HQ_WEALTH_ADMIN: 'ALL',
  BRANCH_ADMIN: 'BRANCH_SUBTREE',
  SUB_BRANCH_HEAD: 'SUB_BRANCH_SUBTREE',
  OUTLET_HEAD: 'OUTLET',
  // Customers they maintain or support; until allocation (DOMAIN.md §6) exists, the customers of
  // their outlet that are assigned to them. The allocation issue extends this.
  RELATIONSHIP_MANAGER: 'OWN_CUSTOMERS',
  WEALTH_ADVISOR: 'OWN_CUSTOMERS',
  // The outlet's customers, but only the limited field set (permission customer.read.limited).
  LOBBY_MANAGER: 'OUTLET',
  TELLER: 'OUTLET',
  // Audit trail only (DOMAIN.md §1).
  AUDITOR: 'NONE',
};

/** Unknown roles see nothing: deny by default. */
export function scopeOf(role: string): Scope {
  return isRole(role) ? ROLE_SCOPES[role] : 'NONE';
}

/** Same codes as the org feed (modules/ingest/feed-contract.ts); platform does not import modules. */
export const ORG_LEVELS = ['HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'OUTLET'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export interface OrgNode {
  parentId: number | null;
  level: OrgLevel;
}
export type OrgTree = ReadonlyMap<number, OrgNode>;

export interface Viewer {
  role: string;
  staffId: number;
  orgId: number;
}

export interface ScopedCustomer {
  homeOutletId: number;
  maintainerStaffIds: readonly number[];
}

/**
 * The org level a viewer of each scope must sit at. A viewer whose org is at another level (a
 * mis-keyed staff row, a half-applied reorganisation) sees nothing rather than a surprise subtree:
 * a branch admin filed under head office must not silently become "ALL".
 */
export const SCOPE_VIEWER_LEVEL: Readonly<Record<Exclude<Scope, 'NONE'>, OrgLevel>> = {
  OWN_CUSTOMERS: 'OUTLET',
  OUTLET: 'OUTLET',
  SUB_BRANCH_SUBTREE: 'SUB_BRANCH',
  BRANCH_SUBTREE: 'BRANCH',
  ALL: 'HEAD_OFFICE',
};

/** The tree has four levels (DOMAIN.md §1); a longer walk means a cycle in bad data. */
const MAX_DEPTH = ORG_LEVELS.length;

/** Whether `orgId` is `ancestorId` or lies below it. */
export function isWithin(orgId: number, ancestorId: number, tree: OrgTree): boolean {
  let current: number | null = orgId;
  for (let step = 0; step < MAX_DEPTH && current !== null; step += 1) {
    if (current === ancestorId) return true;
    const node = tree.get(current);
    if (node === undefined) return false;
    current = node.parentId;
  }
  return false;
}

export function isInScope(viewer: Viewer, customer: ScopedCustomer, tree: OrgTree): boolean {
  const scope = scopeOf(viewer.role);
  if (scope === 'NONE') return false;
  if (tree.get(viewer.orgId)?.level !== SCOPE_VIEWER_LEVEL[scope]) return false;
  // A customer whose home outlet is unknown or not an outlet belongs to nobody's outlet view.
  if (tree.get(customer.homeOutletId)?.level !== 'OUTLET') return false;
  switch (scope) {
    case 'ALL':
      return true;
    case 'OUTLET':
      return customer.homeOutletId === viewer.orgId;
    case 'OWN_CUSTOMERS':
      // Both conditions: a moved RM sees the new outlet's view at once (issue 4 "Identity"), and
      // an outlet's staff never see another outlet's files (DOMAIN.md §11), even a stale assignment.
      return customer.homeOutletId === viewer.orgId && customer.maintainerStaffIds.includes(viewer.staffId);
    case 'SUB_BRANCH_SUBTREE':
    case 'BRANCH_SUBTREE':
      return isWithin(customer.homeOutletId, viewer.orgId, tree);
  }
}
