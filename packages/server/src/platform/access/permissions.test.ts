import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../modules/ingest/feed-contract.ts';
import type { Permission, Role } from './permissions.ts';
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, can, isRouteAccess, permissionsOf } from './permissions.ts';

const HQ: Role = 'HQ_WEALTH_ADMIN';
const STAFF_BUT_AUDITOR = ROLES.filter((role) => role !== 'AUDITOR');

describe('ROLES', () => {
  it('are the staff feed role codes (DOMAIN.md §1)', () => {
    expect([...ROLES].sort()).toEqual([...STAFF_ROLES].sort());
  });
});

describe('can', () => {
  // [permission, roles that hold it]; every other role is expected to be denied.
  const holders: [Permission, readonly Role[]][] = [
    ['customer.read', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR']],
    ['customer.read.limited', STAFF_BUT_AUDITOR],
    ['customer.show-in-full', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER']],
    ['customer.export', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD']],
    ['export.approve', [HQ]],
    ['tier.read', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR']],
    ['tier-policy.read', STAFF_BUT_AUDITOR],
    ['tier-policy.write', [HQ]],
    ['evaluation.run', [HQ]],
    ['import-run.read', [HQ]],
    ['audit.read', [HQ, 'AUDITOR']],
    ['staff.manage', [HQ]],
    ['allocation.read', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR']],
    ['allocation.manage', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD']],
    ['allocation-policy.manage', [HQ]],
    ['lead.create', ['OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'LOBBY_MANAGER', 'TELLER']],
    ['potential.flag', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER']],
    ['service-agreement.write', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER']],
    ['special-admission.request', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER']],
    ['special-admission.approve', ['BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD']],
    ['card.read', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR', 'TELLER']],
    ['card.operate', ['OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'TELLER']],
    ['card.approve', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD']],
    ['card-stock.manage', [HQ, 'BRANCH_ADMIN', 'OUTLET_HEAD']],
    ['card-type.manage', [HQ]],
    ['contact.read', [HQ, 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR']],
    ['contact.write', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR']],
    ['contact.review', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD']],
    ['contact-rule.manage', [HQ]],
    ['contact-event.manage', [HQ, 'BRANCH_ADMIN']],
    ['marketing-consent.write', ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'TELLER']],
  ];

  it('the table covers every permission', () => {
    expect(holders.map(([permission]) => permission).sort()).toEqual([...PERMISSIONS].sort());
  });

  const cases = holders.flatMap(([permission, roles]) =>
    ROLES.map((role) => [role, permission, roles.includes(role)] as const),
  );
  it.each(cases)('%s may %s: %s', (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it.each([
    ['ADMIN', 'customer.read'],
    ['', 'audit.read'],
    ['hq_wealth_admin', 'customer.read'],
    [HQ, 'customer.delete'],
    [HQ, ''],
    [HQ, 'public'],
    ['__proto__', 'customer.read'],
    [HQ, 'constructor'],
  ])('denies unknown role or permission %j / %j', (role, permission) => {
    expect(can(role, permission)).toBe(false);
  });
});

describe('ROLE_PERMISSIONS invariants', () => {
  it.each(ROLES)('%s: customer.read implies customer.read.limited, show-in-full implies customer.read', (role) => {
    if (can(role, 'customer.read')) expect(can(role, 'customer.read.limited')).toBe(true);
    if (can(role, 'customer.show-in-full')) expect(can(role, 'customer.read')).toBe(true);
    if (can(role, 'customer.export')) expect(can(role, 'customer.read')).toBe(true);
    if (can(role, 'tier-policy.write')) expect(can(role, 'tier-policy.read')).toBe(true);
  });

  it('the auditor has the audit trail only (DOMAIN.md §1)', () => {
    expect(permissionsOf('AUDITOR')).toEqual(['audit.read']);
  });

  it.each(ROLES)('%s lists no permission twice', (role) => {
    expect(new Set(ROLE_PERMISSIONS[role]).size).toBe(ROLE_PERMISSIONS[role].length);
  });
});

describe('permissionsOf', () => {
  it.each(ROLES)('%s: sorted, and exactly what can() allows', (role) => {
    const list = permissionsOf(role);
    expect(list).toEqual([...list].sort());
    expect(list).toEqual(PERMISSIONS.filter((permission) => can(role, permission)).sort());
  });

  it('gives an unknown role nothing', () => {
    expect(permissionsOf('ROOT')).toEqual([]);
  });

  it('returns a fresh list the caller may change', () => {
    permissionsOf(HQ).pop();
    expect(permissionsOf(HQ)).toContain('tier-policy.write');
  });

  it('serializes a lobby manager as the client receives it', () => {
    expect(JSON.stringify(permissionsOf('LOBBY_MANAGER'))).toBe('["customer.read.limited","lead.create","tier-policy.read"]');
  });
});

describe('isRouteAccess', () => {
  it.each([
    ['public', true],
    ['authenticated', true],
    ['customer.read', true],
    ['audit.read', true],
    [undefined, false],
    ['', false],
    ['customer.write', false],
    ['PUBLIC', false],
    [42, false],
  ])('%j → %s', (value, expected) => {
    expect(isRouteAccess(value)).toBe(expected);
  });
});
