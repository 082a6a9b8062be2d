import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../http/api-context.ts';

/** The audit trail for auditors and head office. */
export const auditRoutes: FastifyPluginAsyncZod<ApiContext> = async () => {};
