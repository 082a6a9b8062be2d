import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../../platform/http/api-context.ts';

/** Import runs and their errors. */
export const importRunRoutes: FastifyPluginAsyncZod<ApiContext> = async () => {};
