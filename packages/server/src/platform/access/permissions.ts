/**
 * Roles and permissions as data (issue 4 "Access control"; ARCHITECTURE.md "Access control").
 * A permission says what kind of thing a role may do at all; which customers it may do it to is
 * the record scope (scope.rules.ts), and which fields it sees in clear is masking
 * (masking.rules.ts). Deny by default: a role has exactly the permissions listed here.
 *
 * docs/access-model.md carries the same table for readers; a test keeps the two equal.
 */

/** The nine roles of DOMAIN.md §1 (same codes as the staff feed's role column). */
export const ROLES = [
  'HQ_WEALTH_ADMIN',
  'BRANCH_ADMIN',
  'SUB_BRANCH_HEAD',
  'OUTLET_HEAD',
  'RELATIONSHIP_MANAGER',
  'WEALTH_ADVISOR',
  'LOBBY_MANAGER',
  'TELLER',
  'AUDITOR',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Customer file (profile, holdings, AUM, tier history) within scope, sensitive fields masked. */
  'customer.read',
  /** The limited field set of a customer within scope: what the hall and the counter need to
   * greet, route and refer (DOMAIN.md §1 lobby manager, teller). Implied by customer.read. */
  'customer.read.limited',
  /** Unmask a field for one request, with a reason, audited (DOMAIN.md §11, §13 C2 data). */
  'customer.show-in-full',
  /** Ask for a customer list or report to leave the system; it still needs head-office approval
   * before anything is released (DOMAIN.md §11). */
  'customer.export',
  /** Approve an export request (DOMAIN.md §1 HQ wealth admin "approves exports", §11). */
  'export.approve',
  /** Tier results per month and org: counts by tier, transition matrix (within scope). */
  'tier.read',
  'tier-policy.read',
  'tier-policy.write',
  'evaluation.run',
  /** Feed import runs and their row errors: bank-wide operational data, not scoped by org. */
  'import-run.read',
  'audit.read',
  'staff.manage',
  /** Maintainer relations, their history, load against capacity (issue 6; DOMAIN.md §6), within scope. */
  'allocation.read',
  /** Assign and move customers, review and apply allocation proposals and handovers (§1 outlet head allocates). */
  'allocation.manage',
  /** Switch the bank-wide allocation policy in force (§6 policies as data): head office only, like
   * tier policies, since every outlet's lanes and capacities follow it. */
  'allocation-policy.manage',
  /** Write a lead: a customer worth allocating, seen in the hall or at the counter (§6 sources). */
  'lead.create',
  /** Flag a customer as a potential with a reason (§4 potentials "flagged by staff"). */
  'potential.flag',
  /** Record the customer's consent to an upgrade: the signed service agreement (§4). */
  'service-agreement.write',
  /** Ask for a service tier above qualification (特殊准入, §4). */
  'special-admission.request',
  /** Decide special admission requests at the level the tier requires (§4: outlet, sub-branch, branch). */
  'special-admission.approve',
  /** VIP cards of customers in scope, numbers masked (§5). */
  'card.read',
  /** Card operations at the counter: apply, issue, report lost, reissue, renew, exchange, cancel (§5). */
  'card.operate',
  /** Approve a card application (§5 applied → approved). */
  'card.approve',
  /** Card stock of issuing outlets: receipts, transfers, alert levels (§5). */
  'card-stock.manage',
  /** Card types per tier: BIN prefix, length (§5). */
  'card-type.manage',
  /** Contact plans, events, records and the contact timeline of customers in scope; compliance
   * with the contact rules for the caller's own work or, for heads, their org (issue 7; §7). */
    'contact.read',
  /** Log contacts, postpone or hand plan items to the supporting advisor, write communication
   * reports and the work log (§7). */
    'contact.write',
  /** Review communication reports and read the team's work log and overdue plans (§7 the outlet head reviews). */
    'contact.review',
  /** Draft and activate contact rule set versions (定期联系制度, §7). */
    'contact-rule.manage',
  /** Enter external contact events (market news, bank events) for a set of customers (§7). */
    'contact-event.manage',
  /** Record a customer's marketing consent or its withdrawal per channel (§13 PIPL). */
    'marketing-consent.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Every staff role except the auditor, who sees audit trails only (DOMAIN.md §1). */
const ALL_STAFF_READS: readonly Permission[] = ['tier-policy.read'];
/** Roles that hold a customer file read the limited set too, so a limited route serves them. */
const CUSTOMER_FILE: readonly Permission[] = ['customer.read', 'customer.read.limited'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Sets tier policies, bank-wide statistics, approves exports (§1); queries the audit trail with
  // the auditors (issue 4 "Audit"). No show-in-full: HQ maintains no customer, §11 masks by default.
  HQ_WEALTH_ADMIN: [
    ...ALL_STAFF_READS,
    ...CUSTOMER_FILE,
    'customer.export',
    'export.approve',
    'tier.read',
    'tier-policy.write',
    'evaluation.run',
    'import-run.read',
    'audit.read',
    'staff.manage',
    'allocation.read',
    'allocation.manage',
    'allocation-policy.manage',
    'card.read',
    'card-stock.manage',
    'card-type.manage',
    'contact.read',
    'contact-rule.manage',
    'contact-event.manage',
  ],
  // Branch statistics and assessment, campaigns (§1): reads, no unmasking.
  // Approves diamond special admission (§1).
  BRANCH_ADMIN: [
    ...ALL_STAFF_READS,
    ...CUSTOMER_FILE,
    'customer.export',
    'tier.read',
    'allocation.read',
    'allocation.manage',
    'special-admission.approve',
    'card.read',
    'card-stock.manage',
    'contact.read',
    'contact-event.manage',
  ],
  // Maintains ≥5M customers personally (§1), so may unmask them; §11 "maintainers see their own
  // customers in full".
  // Approves platinum special admission (§1).
  SUB_BRANCH_HEAD: [
    ...ALL_STAFF_READS,
    ...CUSTOMER_FILE,
    'customer.show-in-full',
    'customer.export',
    'tier.read',
    'allocation.read',
    'allocation.manage',
    'potential.flag',
    'service-agreement.write',
    'special-admission.request',
    'special-admission.approve',
    'card.read',
    'card.approve',
    'contact.read',
    'contact.write',
    'contact.review',
    'marketing-consent.write',
  ],
  // Maintains diamond customers, allocates, reviews reports (§1).
  // Approves gold special admission (§1), approves card applications and keeps the outlet's card stock.
  OUTLET_HEAD: [
    ...ALL_STAFF_READS,
    ...CUSTOMER_FILE,
    'customer.show-in-full',
    'customer.export',
    'tier.read',
    'allocation.read',
    'allocation.manage',
    'lead.create',
    'potential.flag',
    'service-agreement.write',
    'special-admission.request',
    'special-admission.approve',
    'card.read',
    'card.operate',
    'card.approve',
    'card-stock.manage',
    'contact.read',
    'contact.write',
    'contact.review',
    'marketing-consent.write',
  ],
  // Maintainer of assigned customers (§1, §11).
  RELATIONSHIP_MANAGER: [
    ...ALL_STAFF_READS,
    ...CUSTOMER_FILE,
    'customer.show-in-full',
    'tier.read',
    'allocation.read',
    'lead.create',
    'potential.flag',
    'service-agreement.write',
    'special-admission.request',
    'card.read',
    'card.operate',
    'contact.read',
    'contact.write',
    'marketing-consent.write',
  ],
  // Back-office support to RMs (§1): reads the supported customers, masked; not their maintainer.
  WEALTH_ADVISOR: [...ALL_STAFF_READS, ...CUSTOMER_FILE, 'tier.read', 'allocation.read', 'card.read', 'contact.read', 'contact.write'],
  // Greets and routes, writes referrals (§1): limited fields of the outlet's customers (issue 4).
  LOBBY_MANAGER: [...ALL_STAFF_READS, 'customer.read.limited', 'lead.create'],
  // Issues, replaces and cancels cards at the counter (§5).
  TELLER: [...ALL_STAFF_READS, 'customer.read.limited', 'lead.create', 'card.read', 'card.operate', 'marketing-consent.write'],
  // Read-only access to audit trails (§1), nothing else — not even tier policies.
  AUDITOR: ['audit.read'],
};

const GRANTS: ReadonlyMap<Role, ReadonlySet<Permission>> = new Map(
  ROLES.map((role) => [role, new Set(ROLE_PERMISSIONS[role])]),
);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/**
 * Fails closed: an unknown role (a feed code this build does not know, a stale session) or an
 * unknown permission name is a denial, never an exception that a caller might swallow.
 */
export function can(role: string, permission: string): boolean {
  if (!isRole(role) || !isPermission(permission)) return false;
  return GRANTS.get(role)?.has(permission) ?? false;
}

/** Sorted, so the list the client renders from is stable and diffable. */
export function permissionsOf(role: string): Permission[] {
  if (!isRole(role)) return [];
  return [...new Set(ROLE_PERMISSIONS[role])].sort();
}

/**
 * What a route declares (issue 4: "a route with no declared permission does not start"):
 * `public` needs no login, `authenticated` any logged-in staff member, otherwise one permission.
 */
export type RouteAccess = Permission | 'public' | 'authenticated';

export function isRouteAccess(value: unknown): value is RouteAccess {
  return value === 'public' || value === 'authenticated' || isPermission(value);
}
