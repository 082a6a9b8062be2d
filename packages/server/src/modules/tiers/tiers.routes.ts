import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../../platform/http/api-context.ts';

/** Tier results per month and org, transitions, tier policies and evaluation runs. */
export const tierRoutes: FastifyPluginAsyncZod<ApiContext> = async () => {};
