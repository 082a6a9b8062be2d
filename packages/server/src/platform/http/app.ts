import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { systemRoutes } from '../../modules/system/system.routes.ts';
import { errorHandler } from './error-mapping.ts';
import { createMetrics } from './metrics.ts';

const packageJson = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../package.json'), 'utf8'),
) as { version: string };

export interface AppOptions {
  pool: pg.Pool;
  logger?: boolean;
}

/**
 * The HTTP application: Fastify with zod schemas as the single source of validation and of the
 * OpenAPI document (/api/docs). Customer-data routes arrive with access control (next issue):
 * nothing here returns customer data.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}`, details: {} });
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Guibin API', description: 'Guibin (贵宾) VIP customer relationship management', version: packageJson.version },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const metrics = createMetrics(options.pool);
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode, reply.elapsedTime);
  });
  await app.register(systemRoutes, { pool: options.pool, metrics });
  return app;
}
