import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlParams } from '../db/sql-params.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { ROLES } from './permissions.ts';
import { customerScopeCondition, orgScopeCondition } from './scope.sql.ts';
import { ORG_LEVELS, isInScope, isWithin, scopeOf, type OrgLevel, type OrgNode, type OrgTree, type Viewer } from './scope.rules.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

interface Bank {
  orgs: { id: number; parentId: number | null; level: OrgLevel }[];
  staffIds: number[];
  customers: { id: number; homeOutletId: number; maintainer: number | null; advisor: number | null }[];
}

/**
 * A random tree: head office 1, then orgs whose parent is any earlier org of a higher level (so
 * an outlet may hang directly under a branch), a few staff, customers on any org (a customer on
 * a non-outlet is bad data that nobody may see) with random maintainers and advisors.
 */
const aBank: fc.Arbitrary<Bank> = fc
  .array(fc.tuple(fc.constantFrom<OrgLevel>('BRANCH', 'SUB_BRANCH', 'OUTLET'), fc.nat()), { minLength: 1, maxLength: 12 })
  .chain((specs) => {
    const orgs: Bank['orgs'] = [{ id: 1, parentId: null, level: 'HEAD_OFFICE' }];
    // Higher levels first, so every org finds a parent above it.
    const sorted = [...specs].sort((a, b) => ORG_LEVELS.indexOf(a[0]) - ORG_LEVELS.indexOf(b[0]));
    for (const [level, pick] of sorted) {
      const parents = orgs.filter((org) => ORG_LEVELS.indexOf(org.level) < ORG_LEVELS.indexOf(level));
      orgs.push({ id: orgs.length + 1, parentId: parents[pick % parents.length]!.id, level });
    }
    const orgIds = orgs.map((org) => org.id);
    const staffIds = [1, 2, 3, 4, 5];
    const maybeStaff = fc.option(fc.constantFrom(...staffIds), { nil: null });
    return fc.record({
      orgs: fc.constant(orgs),
      staffIds: fc.constant(staffIds),
      customers: fc
        .array(fc.record({ homeOutletId: fc.constantFrom(...orgIds), maintainer: maybeStaff, advisor: maybeStaff }), { maxLength: 25 })
        .map((rows) =>
          // A relation has a maintainer; an advisor only supports one, and is never the maintainer.
          rows.map((row, index) => ({ ...row, id: index + 1, advisor: row.maintainer === null || row.advisor === row.maintainer ? null : row.advisor })),
        ),
    });
  });

async function load(bank: Bank): Promise<void> {
  const db = database.pool;
  await db.query('TRUNCATE customer_maintainer, customer, staff_session, staff_credential, staff, org RESTART IDENTITY CASCADE');
  for (const org of bank.orgs) {
    await db.query(`INSERT INTO org (id, code, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $2, $3, $4)`, [
      org.id,
      `O${org.id}`,
      org.level,
      org.parentId,
    ]);
  }
  for (const id of bank.staffIds) {
    await db.query(
      `INSERT INTO staff (id, staff_no, name, role, org_id, phone) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $2, 'RELATIONSHIP_MANAGER', 1, '')`,
      [id, `S${id}`],
    );
  }
  for (const customer of bank.customers) {
    await db.query(
      `INSERT INTO customer (id, customer_no, name, id_type, id_no, gender, phone, email, occupation, home_outlet_id, opened_on)
       OVERRIDING SYSTEM VALUE VALUES ($1, $2, $2, 'PASSPORT', 'X', 'F', '', '', 'OTHER', $3, '2020-01-01')`,
      [customer.id, `C${customer.id}`, customer.homeOutletId],
    );
    if (customer.maintainer !== null) {
      await db.query(
        `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, source) VALUES ($1, $2, $3, 'test')`,
        [customer.id, customer.maintainer, customer.advisor],
      );
    }
  }
}

function treeOf(bank: Bank): OrgTree {
  return new Map<number, OrgNode>(bank.orgs.map((org) => [org.id, { parentId: org.parentId, level: org.level }]));
}

async function visibleInSql(viewer: Viewer): Promise<number[]> {
  const params = new SqlParams();
  const condition = customerScopeCondition(viewer, 'c', params);
  const { rows } = await database.pool.query<{ id: string }>(`SELECT c.id::text AS id FROM customer c WHERE ${condition} ORDER BY c.id`, params.values);
  return rows.map((row) => Number(row.id));
}

async function visibleOrgsInSql(viewer: Viewer): Promise<number[]> {
  const params = new SqlParams();
  const condition = orgScopeCondition(viewer, 'o', params);
  const { rows } = await database.pool.query<{ id: number }>(`SELECT o.id FROM org o WHERE ${condition} ORDER BY o.id`, params.values);
  return rows.map((row) => row.id);
}

describe('customerScopeCondition', () => {
  it('selects exactly the customers isInScope admits, for every role, org and staff member', async () => {
    await fc.assert(
      fc.asyncProperty(aBank, fc.array(fc.tuple(fc.constantFrom(...ROLES, 'UNKNOWN_ROLE'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), async (bank, viewers) => {
        await load(bank);
        const tree = treeOf(bank);
        for (const [role, orgPick, staffPick] of viewers) {
          const viewer: Viewer = { role, orgId: bank.orgs[orgPick % bank.orgs.length]!.id, staffId: bank.staffIds[staffPick % bank.staffIds.length]! };
          const expected = bank.customers
            .filter((customer) =>
              isInScope(viewer, { homeOutletId: customer.homeOutletId, maintainerStaffIds: [customer.maintainer, customer.advisor].filter((id) => id !== null) }, tree),
            )
            .map((customer) => customer.id);
          expect(await visibleInSql(viewer), `${role} at org ${viewer.orgId}, staff ${viewer.staffId}`).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('groups by the same orgs the record scope covers', async () => {
    await fc.assert(
      fc.asyncProperty(aBank, fc.constantFrom(...ROLES), fc.nat(), async (bank, role, orgPick) => {
        await load(bank);
        const tree = treeOf(bank);
        const viewer: Viewer = { role, orgId: bank.orgs[orgPick % bank.orgs.length]!.id, staffId: 1 };
        const scope = scopeOf(role);
        const viewerOk = tree.get(viewer.orgId)?.level === (scope === 'NONE' ? undefined : { ALL: 'HEAD_OFFICE', BRANCH_SUBTREE: 'BRANCH', SUB_BRANCH_SUBTREE: 'SUB_BRANCH', OUTLET: 'OUTLET', OWN_CUSTOMERS: 'OUTLET' }[scope]);
        const expected = bank.orgs
          .filter((org) => viewerOk && (scope === 'ALL' || (scope === 'OUTLET' || scope === 'OWN_CUSTOMERS' ? org.id === viewer.orgId : isWithin(org.id, viewer.orgId, tree))))
          .map((org) => org.id);
        expect(await visibleOrgsInSql(viewer)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
