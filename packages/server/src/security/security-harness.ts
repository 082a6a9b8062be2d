/**
 * What the security tests share: the app over the security bank, one logged-in browser per
 * role, the routes to attack and the values that only make sense with the data.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '../platform/access/permissions.ts';
import type { DeclaredRoute } from '../platform/http/route-permission.ts';
import { PUBLIC } from '../platform/http/route-permission.ts';
import { anApp, loggedIn, postLogin, sessionCookieOf } from '../modules/identity/identity.routes.test-support.ts';
import type { TestDatabase } from '../test-support/test-database.ts';
import { startJobs } from '../platform/jobs/job-queue.ts';
import { CONTACT_DETECTION_QUEUE } from '../modules/contact/contact-detection.jobs.ts';
import { EVALUATED_MONTH, POLICY_CODE, SECURITY_PASSWORD, loadSecurityBank, type SecurityBank, type SecurityCustomer } from './security-bank.ts';
import type { KnownValues, RouteRequest } from './route-requests.ts';

export interface Browser {
  token: string;
  csrfToken: string;
}

export interface Harness {
  app: FastifyInstance;
  bank: SecurityBank;
  browsers: Map<Role, Browser>;
  known: KnownValues;
  routes: DeclaredRoute[];
  login(role: Role): Promise<Browser>;
  send(request: RouteRequest, browser: Browser | undefined): Promise<LightMyRequestResponse>;
}

/** HEAD mirrors GET; the documentation viewer and the operational endpoints are public by nature. */
export const routesUnderTest = (app: FastifyInstance): DeclaredRoute[] =>
  app.declaredRoutes.filter((route) => route.method !== 'HEAD' && route.permission !== PUBLIC);

export async function startHarness(database: TestDatabase): Promise<Harness> {
  const bank = await loadSecurityBank(database.pool);
  // Routes that start background work get a real queue (nothing works it here): they answer as in production.
  const jobs = await startJobs({ url: database.url, queues: [CONTACT_DETECTION_QUEUE] });
  const app = await anApp(database.pool, { jobs });
  app.addHook('onClose', async () => jobs.stop());
  await app.ready();
  const login = async (role: Role): Promise<Browser> => {
    const response = await postLogin(app, bank.viewers.get(role)!.staffNo, SECURITY_PASSWORD);
    return { token: sessionCookieOf(response).value, csrfToken: response.json().csrfToken as string };
  };
  const browsers = new Map<Role, Browser>();
  for (const role of ROLES) browsers.set(role, await login(role));
  const importRun = await database.pool.query<{ id: string }>('SELECT id::text AS id FROM import_run ORDER BY id LIMIT 1');
  const known: KnownValues = {
    month: EVALUATED_MONTH,
    policyCode: POLICY_CODE,
    code: POLICY_CODE,
    version: 1,
    id: importRun.rows[0]!.id,
    reason: '客户来电，核实身份信息',
    // No such admission in the security bank: the routes answer 404 to everyone allowed.
    admissionId: '1',
    signedOn: '2026-01-15',
    // No such card, customer or card type in the security bank's card tables: 404 (or 409) to everyone allowed.
    cardId: '999999999',
    customerId: '999999999',
    cardTypeId: 999999,
    issuingOutletId: 999999,
    toOutletId: 999998,
    fields: ['MOBILE', 'ID_NUMBER', 'EMAIL', 'ACCOUNT_NUMBER'],
    // No such report, plan item or contact rule set in the security bank: 404 to everyone allowed.
    reportId: '999999999',
    planItemId: '999999999',
    ruleSetId: '999999',
    // A past day (a work log may not be written for a future one), also the day compliance is asked for.
    date: '2026-11-16',
    metOn: '2026-11-16',
    occurredAt: '2026-11-16T02:00:00.000Z',
    eventDate: '2026-12-01',
    weekOf: '2026-11-16',
    // Date ranges (plans, events) and a postponement's new day.
    from: '2026-11-16',
    to: '2026-12-01',
    // A contact rule set draft needs one complete rule.
    rules: [{ code: 'every-quarter', kind: 'CUSTOMER_CONTACTS', period: 'QUARTER', minContacts: 1, appliesTo: {}, source: '' }],
  };
  const send = (request: RouteRequest, browser: Browser | undefined) =>
    app.inject({
      method: request.method as 'GET',
      url: request.url,
      ...(request.query ? { query: request.query } : {}),
      ...(request.payload !== undefined ? { payload: request.payload as object } : {}),
      headers: browser ? { cookie: `guibin_session=${browser.token}`, 'x-csrf-token': browser.csrfToken } : {},
    });
  return { app, bank, browsers, known, routes: routesUnderTest(app), login, send };
}

/** The strings by which a response would give a customer away. */
export function identifiersOf(customer: SecurityCustomer): string[] {
  return [customer.name, `"customerNo":"${customer.customerNo}"`, `"customerId":"${customer.id}"`];
}

/** Values that must never appear in a response unless explicitly shown in full. */
export function sensitiveValuesOf(customer: SecurityCustomer): string[] {
  return [customer.idNo, customer.phone, customer.email, ...customer.accountNos];
}

export { loggedIn };
