import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { serviceTierCardRoutes } from './service-tier-card.routes.ts';
import { potentialRoutes } from './potentials.routes.ts';
import { specialAdmissionRoutes } from './special-admission.routes.ts';

/** Service tier changes (issue 6, DOMAIN.md §4): special admission, consent, tasks, potentials. */
export const serviceTierRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  await app.register(specialAdmissionRoutes, context);
  await app.register(serviceTierCardRoutes, context);
  await app.register(potentialRoutes, context);
};
