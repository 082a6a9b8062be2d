import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals } from '../../platform/audit/audit.routes-support.ts';
import { staffOf } from '../../platform/http/access-hooks.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { customerFile, customerIdParams, searchBody, searchResponse, showInFullBody, showInFullResponse } from './customers.schemas.ts';
import { AUDIT_ACTIONS, readCustomerFile, searchCustomers, showInFull, type Caller } from './customers.service.ts';

const TAGS = ['customers'];
const SEARCH = '/api/customers/search';
const FILE = '/api/customers/:customerId';
const SHOW_IN_FULL = '/api/customers/:customerId/show-in-full';
const ACTION_BY_ROUTE: Record<string, string> = {
  [SEARCH]: AUDIT_ACTIONS.search,
  [FILE]: AUDIT_ACTIONS.file,
  [SHOW_IN_FULL]: AUDIT_ACTIONS.showInFull,
};

function callerOf(request: FastifyRequest): Caller {
  const { staff } = staffOf(request);
  return { staffId: staff.staffId, staffNo: staff.staffNo, role: staff.role, orgId: staff.orgId, ip: request.ip, locale: localeOf(request) };
}

/** The customer id of a refused request, when its URL carries a well-formed one. */
function requestedCustomerIds(request: FastifyRequest): bigint[] {
  const parsed = customerIdParams.safeParse(request.params);
  return parsed.success ? [BigInt(parsed.data.customerId)] : [];
}

/** Customer search, the customer 360 and show-in-full (docs/customer-api.md). */
export const customerRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  // A staff member refused by permission tried to read customer data: that is audited too
  // (DOMAIN.md §11). The access hook has identified them before refusing.
  auditRefusals(app, context.audit, (route) => ACTION_BY_ROUTE[route.slice(route.indexOf(' ') + 1)], requestedCustomerIds);

  app.post(
    SEARCH,
    {
      config: { permission: 'customer.read.limited' },
      schema: {
        tags: TAGS,
        summary: 'Search customers in your scope; phone and ID number in the body, never the URL',
        description:
          'Roles with customer.read get the masked file fields (view FULL); lobby managers and tellers the limited set (view LIMITED).',
        body: searchBody,
        response: { 200: searchResponse, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => searchCustomers(context, callerOf(request), request.body),
  );

  app.get(
    FILE,
    {
      config: { permission: 'customer.read' },
      schema: {
        tags: TAGS,
        summary: 'The customer 360: profile, holdings, AUM history, tier history with explanations (masked)',
        params: customerIdParams,
        response: { 200: customerFile, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => readCustomerFile(context, callerOf(request), BigInt(request.params.customerId)),
  );

  app.post(
    SHOW_IN_FULL,
    {
      config: { permission: 'customer.show-in-full' },
      schema: {
        tags: TAGS,
        summary: 'Show sensitive fields of one customer in full, for this response only, with a reason (audited)',
        params: customerIdParams,
        body: showInFullBody,
        response: { 200: showInFullResponse, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => showInFull(context, callerOf(request), BigInt(request.params.customerId), request.body),
  );
};
