import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { orgListResponse } from './orgs.schemas.ts';
import { listOrgs, ORG_AUDIT_ACTIONS } from './orgs.service.ts';

export const ORGS_URL = '/api/orgs';

/**
 * The org tree for pickers (docs/api.md "Org tree"). Permission customer.read.limited: the
 * narrowest one held by every caller who has an org picker — the customer list's outlet filter
 * (lobby managers and tellers included) and the tier dashboards (tier.read, whose holders all
 * hold customer.read.limited too). Only the auditor lacks it.
 */
export const orgRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => (route === `GET ${ORGS_URL}` ? ORG_AUDIT_ACTIONS.list : undefined));
  app.get(
    ORGS_URL,
    {
      config: { permission: 'customer.read.limited' },
      schema: {
        tags: ['orgs'],
        summary: 'The orgs you may see: your own org and its subtree (an outlet’s staff: their outlet)',
        response: { 200: orgListResponse, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listOrgs(context, callerOf(request)),
  );
};
