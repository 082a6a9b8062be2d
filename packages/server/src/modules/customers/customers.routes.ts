import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../../platform/http/api-context.ts';

/** Customer search, the customer 360 and show-in-full (docs/customer-api.md). */
export const customerRoutes: FastifyPluginAsyncZod<ApiContext> = async () => {};
