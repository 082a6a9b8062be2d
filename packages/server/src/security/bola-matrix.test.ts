/**
 * The permission and scope matrix (issue 4 "Security tests"): every route of the running app ×
 * every role (and no login) × a customer inside and outside the caller's scope. The expected
 * answer is derived from the role → permission table and the scope reference (isInScope), never
 * listed by hand, and a route added tomorrow is in the matrix tomorrow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../platform/access/permissions.ts';
import { isInScope } from '../platform/access/scope.rules.ts';
import { AUTHENTICATED } from '../platform/http/route-permission.ts';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.ts';
import { exampleRequest } from './route-requests.ts';
import { identifiersOf, sensitiveValuesOf, startHarness, type Browser, type Harness } from './security-harness.ts';

let database: TestDatabase;
let harness: Harness;

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness(database);
});
afterAll(async () => {
  await harness?.app.close();
  await database.drop();
});

type Viewer = Role | 'ANONYMOUS';
const VIEWERS: Viewer[] = ['ANONYMOUS', ...ROLES];

/** Routes that unmask on purpose (with a reason, audited): the only ones allowed to send values in full. */
const UNMASKING_PERMISSION = 'customer.show-in-full';
/** The audit trail names customer ids of everybody's reads: it is what auditors are there to read. */
const AUDIT_TRAIL_PERMISSION = 'audit.read';

function canSee(harness: Harness, role: Viewer, customerIndex: number): boolean {
  if (role === 'ANONYMOUS' || !can(role, 'customer.read.limited')) return false;
  const viewer = harness.bank.viewers.get(role)!;
  const customer = harness.bank.customers[customerIndex]!;
  return isInScope({ role, staffId: viewer.staffId, orgId: viewer.orgId }, harness.bank.scoped(customer), harness.bank.tree);
}

async function auditedReads(customerId: string, staffNo: string): Promise<number> {
  const { rows } = await database.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM audit_event WHERE actor_staff_no = $1 AND result = 'ALLOWED' AND $2::bigint = ANY (customer_ids)`,
    [staffNo, customerId],
  );
  return Number(rows[0]!.n);
}

describe('every route × every role × customers in and out of scope', () => {
  it('covers the customer routes', () => {
    // Guards against a matrix that passes because it has nothing to test.
    expect(harness.routes.map((route) => `${route.method} ${route.url}`)).toEqual(
      expect.arrayContaining(['POST /api/customers/search', 'GET /api/customers/:customerId', 'POST /api/customers/:customerId/show-in-full']),
    );
    expect(harness.bank.customers.filter((_, index) => canSee(harness, 'RELATIONSHIP_MANAGER', index))).not.toHaveLength(0);
    expect(harness.bank.customers.filter((_, index) => !canSee(harness, 'RELATIONSHIP_MANAGER', index))).not.toHaveLength(0);
  });

  it('answers each cell as the permission and scope rules say, and leaks nothing', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const route of harness.routes) {
      const targets = route.url.includes(':customerId') ? harness.bank.customers.map((_, index) => index) : [undefined];
      for (const viewer of VIEWERS) {
        for (const target of targets) {
          cells += 1;
          const customer = target === undefined ? undefined : harness.bank.customers[target]!;
          const request = exampleRequest(route, { ...harness.known, ...(customer ? { customerId: customer.id } : {}) });
          // Logging out would end the shared session: that cell gets a session of its own.
          let browser: Browser | undefined = viewer === 'ANONYMOUS' ? undefined : harness.browsers.get(viewer);
          if (viewer !== 'ANONYMOUS' && route.url === '/api/auth/logout') browser = await harness.login(viewer);
          const staffNo = viewer === 'ANONYMOUS' ? '' : harness.bank.viewers.get(viewer)!.staffNo;
          const auditedBefore = customer ? await auditedReads(customer.id, staffNo) : 0;
          const response = await harness.send(request, browser);
          const cell = `${route.method} ${route.url} as ${viewer}${customer ? ` on ${customer.customerNo}` : ''}: ${response.statusCode}`;
          const permitted = viewer !== 'ANONYMOUS' && (route.permission === AUTHENTICATED || can(viewer, route.permission));
          if (viewer === 'ANONYMOUS') {
            if (response.statusCode !== 401) failures.push(`${cell}, expected 401`);
          } else if (!permitted) {
            if (response.statusCode !== 403) failures.push(`${cell}, expected 403 (no ${route.permission})`);
          } else if (customer && target !== undefined) {
            const inScope = canSee(harness, viewer, target);
            if (inScope && (response.statusCode < 200 || response.statusCode > 299)) failures.push(`${cell}, expected 2xx (in scope) ${response.body.slice(0, 200)}`);
            if (!inScope && response.statusCode !== 404) failures.push(`${cell}, expected 404 (out of scope)`);
            // Every read of a customer's data writes an audit row naming the customer.
            if (inScope && (await auditedReads(customer.id, staffNo)) <= auditedBefore) failures.push(`${cell}, no audit row for the read`);
          } else if (response.statusCode >= 500 || response.statusCode === 401 || response.statusCode === 403) {
            failures.push(`${cell}, expected an answer (permitted) ${response.body.slice(0, 200)}`);
          }
          const text = response.body;
          if (route.permission !== AUDIT_TRAIL_PERMISSION) {
            harness.bank.customers.forEach((other, index) => {
              if (canSee(harness, viewer, index)) return;
              for (const identifier of identifiersOf(other)) if (text.includes(identifier)) failures.push(`${cell}, leaks ${other.customerNo} (${identifier})`);
            });
          }
          // Only a granted show-in-full of this very customer may carry its values in full.
          const unmasked = route.permission === UNMASKING_PERMISSION && response.statusCode >= 200 && response.statusCode < 300 ? customer : undefined;
          for (const other of harness.bank.customers) {
            if (other === unmasked) continue;
            for (const value of sensitiveValuesOf(other)) if (text.includes(value)) failures.push(`${cell}, sends ${other.customerNo}'s ${value.slice(0, 3)}… unmasked`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(VIEWERS.length * 10);
  });
});
