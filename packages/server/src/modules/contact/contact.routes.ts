import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../../platform/http/api-context.ts';

/**
 * Contact (issue 7, DOMAIN.md §7): contact rules and compliance, daily contact events, contact
 * plans and records, communication reports and the work log. Each part registers its routes here.
 */
export const contactRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  void app;
  void context;
};
