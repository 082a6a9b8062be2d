import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_LEVELS as FEED_ORG_LEVELS } from '../../modules/ingest/feed-contract.ts';
import { ROLES } from './permissions.ts';
import type { OrgLevel, OrgNode, OrgTree, ScopedCustomer, Viewer } from './scope.rules.ts';
import { ORG_LEVELS, ROLE_SCOPES, SCOPES, isInScope, isWithin, scopeOf } from './scope.rules.ts';

/** Head office 1; branches 10, 20; sub-branches 110, 120 (under 10), 210 (under 20); outlets below. */
function aTree(extra: [number, OrgNode][] = []): OrgTree {
  const node = (parentId: number | null, level: OrgLevel): OrgNode => ({ parentId, level });
  return new Map<number, OrgNode>([
    [1, node(null, 'HEAD_OFFICE')],
    [10, node(1, 'BRANCH')],
    [20, node(1, 'BRANCH')],
    [110, node(10, 'SUB_BRANCH')],
    [120, node(10, 'SUB_BRANCH')],
    [210, node(20, 'SUB_BRANCH')],
    [1110, node(110, 'OUTLET')],
    [1120, node(110, 'OUTLET')],
    [1210, node(120, 'OUTLET')],
    [2110, node(210, 'OUTLET')],
    ...extra,
  ]);
}

const tree = aTree();
const customers: Record<string, ScopedCustomer> = {
  'A: outlet 1110, RM 7': { homeOutletId: 1110, maintainerStaffIds: [7] },
  'B: outlet 1110, RM 8 + advisor 9': { homeOutletId: 1110, maintainerStaffIds: [8, 9] },
  'C: outlet 1120, RM 7 (stale)': { homeOutletId: 1120, maintainerStaffIds: [7] },
  'D: outlet 1210, nobody': { homeOutletId: 1210, maintainerStaffIds: [] },
  'E: outlet 2110, RM 21': { homeOutletId: 2110, maintainerStaffIds: [21] },
};
const viewer = (role: string, orgId: number, staffId = 100): Viewer => ({ role, staffId, orgId });

describe('scopeOf', () => {
  it('org levels are the feed\'s (DOMAIN.md §1)', () => {
    expect(ORG_LEVELS).toEqual(FEED_ORG_LEVELS);
  });

  it.each([
    ['HQ_WEALTH_ADMIN', 'ALL'],
    ['BRANCH_ADMIN', 'BRANCH_SUBTREE'],
    ['SUB_BRANCH_HEAD', 'SUB_BRANCH_SUBTREE'],
    ['OUTLET_HEAD', 'OUTLET'],
    ['RELATIONSHIP_MANAGER', 'OWN_CUSTOMERS'],
    ['WEALTH_ADVISOR', 'OWN_CUSTOMERS'],
    ['LOBBY_MANAGER', 'OUTLET'],
    ['TELLER', 'OUTLET'],
    ['AUDITOR', 'NONE'],
    ['ADMIN', 'NONE'],
    ['', 'NONE'],
    ['toString', 'NONE'],
  ])('%s → %s', (role, scope) => {
    expect(scopeOf(role)).toBe(scope);
  });

  it('gives every role a known scope', () => {
    for (const role of ROLES) expect(SCOPES).toContain(ROLE_SCOPES[role]);
  });
});

describe('isInScope', () => {
  it.each([
    ['HQ admin at head office', viewer('HQ_WEALTH_ADMIN', 1), ['A', 'B', 'C', 'D', 'E']],
    ['branch admin of 10', viewer('BRANCH_ADMIN', 10), ['A', 'B', 'C', 'D']],
    ['branch admin of 20', viewer('BRANCH_ADMIN', 20), ['E']],
    ['sub-branch head of 110', viewer('SUB_BRANCH_HEAD', 110), ['A', 'B', 'C']],
    ['sub-branch head of 120', viewer('SUB_BRANCH_HEAD', 120), ['D']],
    ['outlet head of 1110', viewer('OUTLET_HEAD', 1110), ['A', 'B']],
    ['lobby manager of 1110', viewer('LOBBY_MANAGER', 1110), ['A', 'B']],
    ['teller of 1210', viewer('TELLER', 1210), ['D']],
    ['RM 7 at 1110: own customer, not the stale one at 1120', viewer('RELATIONSHIP_MANAGER', 1110, 7), ['A']],
    ['RM 7 moved to 1120: sees only the new outlet', viewer('RELATIONSHIP_MANAGER', 1120, 7), ['C']],
    ['RM 8 at 1110', viewer('RELATIONSHIP_MANAGER', 1110, 8), ['B']],
    ['advisor 9 supports B', viewer('WEALTH_ADVISOR', 1110, 9), ['B']],
    ['RM with no customers', viewer('RELATIONSHIP_MANAGER', 1110, 99), []],
    ['auditor at head office', viewer('AUDITOR', 1), []],
    ['unknown role at head office', viewer('SUPERUSER', 1), []],
    // Fail closed when the viewer's org is not at the level the role expects (DOMAIN.md §11).
    ['HQ admin filed under a branch', viewer('HQ_WEALTH_ADMIN', 10), []],
    ['branch admin filed under head office', viewer('BRANCH_ADMIN', 1), []],
    ['sub-branch head filed under a branch', viewer('SUB_BRANCH_HEAD', 10), []],
    ['outlet head filed under a sub-branch', viewer('OUTLET_HEAD', 110), []],
    ['RM filed under a sub-branch', viewer('RELATIONSHIP_MANAGER', 110, 7), []],
    ['outlet head of an unknown org', viewer('OUTLET_HEAD', 5555), []],
  ] as const)('%s sees %j', (_label, who, visible) => {
    const seen = Object.entries(customers)
      .filter(([, customer]) => isInScope(who, customer, tree))
      .map(([name]) => name.slice(0, 1));
    expect(seen).toEqual(visible);
  });

  it.each([
    ['an unknown home outlet', { homeOutletId: 4242, maintainerStaffIds: [7] }],
    ['a home "outlet" that is a sub-branch', { homeOutletId: 110, maintainerStaffIds: [7] }],
    ['a home "outlet" that is the head office', { homeOutletId: 1, maintainerStaffIds: [7] }],
  ])('nobody, not even HQ, sees a customer with %s', (_label, customer) => {
    for (const role of ROLES) {
      for (const orgId of tree.keys()) expect(isInScope(viewer(role, orgId, 7), customer, tree)).toBe(false);
    }
  });
});

describe('isWithin', () => {
  it.each([
    [1110, 1110, true],
    [1110, 110, true],
    [1110, 10, true],
    [1110, 1, true],
    [1110, 120, false],
    [1110, 20, false],
    [110, 1110, false],
    [4242, 1, false],
  ])('%i within %i: %s', (orgId, ancestorId, expected) => {
    expect(isWithin(orgId, ancestorId, tree)).toBe(expected);
  });

  it('stops on a cycle in bad org data', () => {
    const cyclic = aTree([
      [7000, { parentId: 7001, level: 'OUTLET' }],
      [7001, { parentId: 7000, level: 'SUB_BRANCH' }],
    ]);
    expect(isWithin(7000, 1, cyclic)).toBe(false);
    expect(isInScope(viewer('HQ_WEALTH_ADMIN', 1), { homeOutletId: 7000, maintainerStaffIds: [] }, cyclic)).toBe(true);
    expect(isInScope(viewer('SUB_BRANCH_HEAD', 110), { homeOutletId: 7000, maintainerStaffIds: [] }, cyclic)).toBe(false);
  });
});

describe('scopes nest (a manager sees at least what the staff below see)', () => {
  const outlets = [...tree.entries()].filter(([, node]) => node.level === 'OUTLET').map(([id]) => id);
  const parentOf = (orgId: number) => tree.get(orgId)?.parentId ?? 0;

  it('RM ⊆ outlet head ⊆ sub-branch head ⊆ branch admin ⊆ HQ admin, for any customer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...outlets),
        fc.constantFrom(...outlets),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
        fc.integer({ min: 1, max: 5 }),
        (viewerOutlet, homeOutletId, maintainerStaffIds, staffId) => {
          const customer = { homeOutletId, maintainerStaffIds };
          const subBranch = parentOf(viewerOutlet);
          const chain = [
            isInScope(viewer('RELATIONSHIP_MANAGER', viewerOutlet, staffId), customer, tree),
            isInScope(viewer('OUTLET_HEAD', viewerOutlet), customer, tree),
            isInScope(viewer('SUB_BRANCH_HEAD', subBranch), customer, tree),
            isInScope(viewer('BRANCH_ADMIN', parentOf(subBranch)), customer, tree),
            isInScope(viewer('HQ_WEALTH_ADMIN', 1), customer, tree),
          ];
          chain.forEach((seen, index) => {
            if (seen) expect(chain.slice(index)).not.toContain(false);
          });
          // The outlet staff who greet customers see exactly the outlet head's set (limited fields).
          expect(isInScope(viewer('TELLER', viewerOutlet), customer, tree)).toBe(chain[1]);
          expect(isInScope(viewer('LOBBY_MANAGER', viewerOutlet), customer, tree)).toBe(chain[1]);
        },
      ),
    );
  });
});
