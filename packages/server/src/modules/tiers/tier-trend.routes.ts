import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../platform/audit/audit.routes-support.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import type { TierResultsContext } from './tier-summary.service.ts';
import { tierTrendQuery, tierTrendResponse } from './tier-trend.schemas.ts';
import { tierTrend } from './tier-trend.service.ts';

export const TIER_TREND_URL = '/api/tiers/trend';

/** Customers and metric totals by service tier, month by month (docs/api.md "Tier trend"). */
export const tierTrendRoutes: FastifyPluginAsyncZod<TierResultsContext> = async (app, context) => {
  app.get(
    TIER_TREND_URL,
    {
      config: { permission: 'tier.read' },
      schema: {
        tags: ['tiers'],
        summary: 'Customers and metric totals by service tier for each evaluated month of a window (default the last 12 months)',
        description: 'Within your scope, as for the summary: an RM or advisor counts the customers they maintain or support.',
        querystring: tierTrendQuery,
        response: { 200: tierTrendResponse, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => tierTrend(context, callerOf(request), request.query),
  );
};
