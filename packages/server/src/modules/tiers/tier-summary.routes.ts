import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../platform/audit/audit.routes-support.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { tierResultsQuery, tierSummaryResponse, tierTransitionsResponse } from './tier-summary.schemas.ts';
import { tierSummary, tierTransitions, type TierResultsContext } from './tier-summary.service.ts';
import { tierExportRoutes } from './tier-export.routes.ts';
import { tierTrendRoutes } from './tier-trend.routes.ts';

const TAGS = ['tiers'];
export const TIER_SUMMARY_URL = '/api/tiers/summary';
export const TIER_TRANSITIONS_URL = '/api/tiers/transitions';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** Tier results per month and org (docs/api.md "Tier results"). */
export const tierSummaryRoutes: FastifyPluginAsyncZod<TierResultsContext> = async (app, context) => {
  await app.register(tierTrendRoutes, context);
  await app.register(tierExportRoutes, context);
  app.get(
    TIER_SUMMARY_URL,
    {
      config: { permission: 'tier.read' },
      schema: {
        tags: TAGS,
        summary: 'Customers and metric totals by service and qualified tier, for an org and each of its child orgs',
        description:
          'Within your scope: an RM or advisor counts the customers they maintain or support; an org outside your scope is 404 ORG_NOT_FOUND.',
        querystring: tierResultsQuery,
        response: { 200: tierSummaryResponse, ...errors },
      },
    },
    async (request) => tierSummary(context, callerOf(request), request.query),
  );

  app.get(
    TIER_TRANSITIONS_URL,
    {
      config: { permission: 'tier.read' },
      schema: {
        tags: TAGS,
        summary: 'Previous service tier × service tier of the month, and customers by status (upgraded, substandard …)',
        description: 'Within your scope, as for the summary.',
        querystring: tierResultsQuery,
        response: { 200: tierTransitionsResponse, ...errors },
      },
    },
    async (request) => tierTransitions(context, callerOf(request), request.query),
  );
};
