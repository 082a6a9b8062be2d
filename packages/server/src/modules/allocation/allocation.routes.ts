import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import {
  assignmentBody,
  assignmentResult,
  board,
  boardQuery,
  customerIdParams,
  handoverBody,
  leadBody,
  leadCreated,
  policyActivated,
  policyCodeParams,
  policyList,
  proposal,
  proposalBody,
  relation,
} from './allocation.schemas.ts';
import { activateAllocationPolicy, assign, AUDIT_ACTIONS, createLead, proposeForOrg, proposeHandover, readBoard, readPolicies, readRelation, type AllocationCaller } from './allocation.service.ts';

const TAGS = ['allocation'];
const ACTION_BY_ROUTE: Record<string, string> = Object.fromEntries(Object.values(AUDIT_ACTIONS).map((action) => [action, action]));

const allocationCaller = (request: FastifyRequest): AllocationCaller => ({ ...callerOf(request), locale: localeOf(request) });

/** Allocation (管户, DOMAIN.md §6; docs/api.md "Allocation"). */
export const allocationRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => ACTION_BY_ROUTE[route], (request) => {
    const parsed = customerIdParams.safeParse(request.params);
    return parsed.success ? [BigInt(parsed.data.customerId)] : [];
  });

  app.get(
    '/api/allocation/policies',
    {
      config: { permission: 'allocation.read' },
      schema: { tags: TAGS, summary: 'Allocation policies (lanes: tiers or AUM bands, roles, capacities, quotas); the active one first', response: { 200: policyList, 401: errorBody, 403: errorBody } },
    },
    async (request) => readPolicies(context, callerOf(request)),
  );

  app.post(
    '/api/allocation/policies/:code/activate',
    {
      config: { permission: 'allocation-policy.manage' },
      schema: {
        tags: TAGS,
        summary: 'Make an allocation policy the one in force, the previous one inactive, in one transaction (head office; idempotent)',
        params: policyCodeParams,
        response: { 200: policyActivated, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => activateAllocationPolicy(context, callerOf(request), request.params.code),
  );

  app.get(
    '/api/allocation/board',
    {
      config: { permission: 'allocation.read' },
      schema: {
        tags: TAGS,
        summary: 'Load vs capacity per staff member and lane of an org (default: yours), unassigned customers and open leads',
        querystring: boardQuery,
        response: { 200: board, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => readBoard(context, allocationCaller(request), request.query),
  );

  app.post(
    '/api/allocation/assignments',
    {
      config: { permission: 'allocation.manage' },
      schema: {
        tags: TAGS,
        summary: 'Assign, move or unassign customers in one transaction; each item carries the relation version it saw (409 ALLOCATION_CONFLICT if changed)',
        body: assignmentBody,
        response: { 200: assignmentResult, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => assign(context, allocationCaller(request), request.body),
  );

  app.post(
    '/api/allocation/proposals',
    {
      config: { permission: 'allocation.manage' },
      schema: {
        tags: TAGS,
        summary: 'Compute an allocation proposal for an outlet or sub-branch (nothing is written; apply the accepted items with /assignments)',
        body: proposalBody,
        response: { 200: proposal, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => proposeForOrg(context, allocationCaller(request), request.body),
  );

  app.post(
    '/api/allocation/handovers',
    {
      config: { permission: 'allocation.manage' },
      schema: {
        tags: TAGS,
        summary: "Propose receivers for every customer of a staff member who leaves or moves (apply with /assignments, reason HANDOVER)",
        body: handoverBody,
        response: { 200: proposal, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => proposeHandover(context, allocationCaller(request), request.body),
  );

  app.post(
    '/api/allocation/leads',
    {
      config: { permission: 'lead.create' },
      schema: {
        tags: TAGS,
        summary: 'Write a lead (线索) for a customer of your scope, for the outlet head to allocate',
        body: leadBody,
        response: { 201: leadCreated, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await createLead(context, allocationCaller(request), request.body)),
  );

  app.get(
    '/api/allocation/customers/:customerId',
    {
      config: { permission: 'allocation.read' },
      schema: {
        tags: TAGS,
        summary: "A customer's maintainer, advisor, sales-credit holder and the history of the relation",
        params: customerIdParams,
        response: { 200: relation, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => readRelation(context, allocationCaller(request), BigInt(request.params.customerId)),
  );
};
