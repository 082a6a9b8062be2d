/**
 * Bad input against every route (issue 4 "Security tests"): bodies, query strings and path
 * parameters that break the route's schema, sent by a caller who holds the route's permission
 * (so the input, not the permission check, is what is tested). Every answer must be a 4xx with a
 * code and a message — never a 5xx — and the database must not change.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../platform/access/permissions.ts';
import { AUTHENTICATED, PUBLIC } from '../platform/http/route-permission.ts';
import { databaseDigest } from '../test-support/database-digest.ts';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.ts';
import { accepts, asQuery, brokenObjects, exampleRequest, zodOf, type RouteRequest } from './route-requests.ts';
import { startHarness, type Harness } from './security-harness.ts';

let database: TestDatabase;
let harness: Harness;

/** Beyond what the import writes: what the API may write. Sessions and audit rows may change. */
const API_TABLES = [
  'SELECT code, version, name, metric, tiers::text, active FROM tier_policy ORDER BY code, version',
  'SELECT policy_id, month, status, customers FROM tier_evaluation_run ORDER BY id',
  'SELECT customer_id, maintainer_staff_id, advisor_staff_id FROM customer_maintainer ORDER BY customer_id',
  'SELECT staff_id, password_hash, failed_attempts, locked_until FROM staff_credential ORDER BY staff_id',
];
const digest = () => databaseDigest(database.pool, API_TABLES);

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await startHarness(database);
});
afterAll(async () => {
  await harness?.app.close();
  await database.drop();
});

/** Someone who may call the route: the first role holding its permission. */
function callerOf(permission: string): Role | undefined {
  return permission === AUTHENTICATED || permission === PUBLIC ? 'HQ_WEALTH_ADMIN' : ROLES.find((role) => can(role, permission));
}

const HOSTILE_IDS = ['abc', '-1', '0', '1.5', '99999999999999999999', "1' OR '1'='1", '%00', ' 1', '1e3', '０１'];

describe('every route refuses schema-violating input with a 4xx and changes nothing', () => {
  it('bodies, query strings and path parameters', async () => {
    const before = await digest();
    const failures: string[] = [];
    let sent = 0;
    // Public routes too (login takes a body), except the documentation viewer's static files.
    const routes = harness.app.declaredRoutes.filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/docs') && r.url !== '/api/auth/logout');
    for (const route of routes) {
      const role = callerOf(route.permission);
      if (!role) continue;
      const browser = harness.browsers.get(role)!;
      const inScopeCustomer = harness.bank.customers[0]!.id;
      const valid = exampleRequest(route, { ...harness.known, customerId: inScopeCustomer });
      const variants: RouteRequest[] = [];
      const body = zodOf(route, 'body');
      if (body) {
        for (const payload of fc.sample(brokenObjects(body, valid.payload as Record<string, unknown>), { numRuns: 25, seed: 42 })) {
          if (!accepts(route, 'body', payload)) variants.push({ ...valid, payload });
        }
      }
      const query = zodOf(route, 'querystring');
      if (query) {
        for (const broken of fc.sample(brokenObjects(query, (valid.query ?? {}) as Record<string, unknown>), { numRuns: 25, seed: 42 })) {
          if (broken === null || typeof broken !== 'object' || Array.isArray(broken)) continue;
          const asStrings = asQuery(broken as Record<string, unknown>);
          if (!accepts(route, 'querystring', asStrings)) variants.push({ ...valid, query: asStrings });
        }
      }
      for (const name of route.url.match(/:([A-Za-z]+)/g) ?? []) {
        for (const hostile of HOSTILE_IDS) {
          variants.push({ ...valid, url: route.url.replace(/:([A-Za-z]+)/g, (match) => (match === name ? encodeURIComponent(hostile) : encodeURIComponent(String({ ...harness.known, customerId: inScopeCustomer }[match.slice(1)])))) });
        }
      }
      for (const variant of variants) {
        sent += 1;
        const response = await harness.send(variant, browser);
        const where = `${route.method} ${route.url} as ${role} with ${JSON.stringify(variant.payload ?? variant.query ?? variant.url).slice(0, 120)}`;
        if (response.statusCode < 400 || response.statusCode >= 500) {
          failures.push(`${where}: ${response.statusCode} ${response.body.slice(0, 160)}`);
          continue;
        }
        const error = response.json() as { code?: unknown; message?: unknown };
        if (typeof error.code !== 'string' || typeof error.message !== 'string' || error.message === '') {
          failures.push(`${where}: ${response.statusCode} without {code, message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await digest()).toBe(before);
    // Guards against fuzzing that sends nothing (every route has a schema or a parameter to break).
    expect(sent).toBeGreaterThan(routes.length * 3);
  });

  it('a body that is not JSON, and a JSON body of the wrong media type', async () => {
    const browser = harness.browsers.get('HQ_WEALTH_ADMIN')!;
    for (const route of harness.routes.filter((r) => r.method === 'POST' && zodOf(r, 'body') && can('HQ_WEALTH_ADMIN', r.permission))) {
      const headers = { cookie: `guibin_session=${browser.token}`, 'x-csrf-token': browser.csrfToken };
      const broken = await harness.app.inject({ method: 'POST', url: route.url.replace(':customerId', harness.bank.customers[0]!.id).replace(':code', 'month-avg-4-tier'), payload: '{"unclosed": ', headers: { ...headers, 'content-type': 'application/json' } });
      expect(broken.statusCode, `${route.url}: ${broken.body}`).toBe(400);
      const text = await harness.app.inject({ method: 'POST', url: route.url.replace(':customerId', harness.bank.customers[0]!.id).replace(':code', 'month-avg-4-tier'), payload: 'a=1', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } });
      expect(text.statusCode, `${route.url}: ${text.body}`).toBeGreaterThanOrEqual(400);
      expect(text.statusCode, `${route.url}: ${text.body}`).toBeLessThan(500);
    }
  });
});
