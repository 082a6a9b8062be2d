import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { DEFAULT_LOGIN_RATE_LIMIT, identityRoutes, type LoginRateLimit } from '../../modules/identity/identity.routes.ts';
import type { IdentitySettings } from '../../modules/identity/identity.service.ts';
import { systemRoutes } from '../../modules/system/system.routes.ts';
import { customerRoutes } from '../../modules/customers/customers.routes.ts';
import { savedFilterRoutes } from '../../modules/saved-filters/saved-filters.routes.ts';
import { importRunRoutes } from '../../modules/ingest/import-runs.routes.ts';
import { dataStatusRoutes } from '../../modules/data-status/data-status.routes.ts';
import { orgRoutes } from '../../modules/orgs/orgs.routes.ts';
import { tierRoutes } from '../../modules/tiers/tiers.routes.ts';
import { allocationRoutes } from '../../modules/allocation/allocation.routes.ts';
import { cardRoutes } from '../../modules/cards/cards.routes.ts';
import { serviceTierRoutes } from '../../modules/service-tiers/service-tiers.routes.ts';
import { contactRoutes } from '../../modules/contact/contact.routes.ts';
import type { SearchKey } from '../access/search-key.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { createAuditWriter, type AuditWriter } from '../audit/audit-writer.ts';
import type { ApiContext } from './api-context.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { registerWebApp, type WebAppOptions } from './web-app.ts';
import { DomainError } from '../errors/domain-error.ts';
import { installAccessHooks } from './access-hooks.ts';
import { createCsrf, csrfSecretFromEnvironment } from './csrf.ts';
import { can } from '../access/permissions.ts';
import { errorHandler, notFoundHandler } from './error-mapping.ts';
import { createMetrics } from './metrics.ts';
import { PUBLIC, requireDeclaredPermissions, withDefaultPermission, type PermissionCheck } from './route-permission.ts';

const packageJson = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../package.json'), 'utf8'),
) as { version: string };

export interface AppOptions {
  pool: pg.Pool;
  logger?: boolean;
  /** Role → permission check for named permissions; default: nobody holds any (deny by default). */
  can?: PermissionCheck;
  /** HMAC secret for CSRF tokens; default GUIBIN_SECRET, else random per process (docs/sessions.md). */
  secret?: string;
  /** Hashing, lockout and session policies; tests pass fast hashing. */
  identity?: Partial<IdentitySettings>;
  /** Login attempts per IP per window; default 10 per minute. */
  loginRateLimit?: LoginRateLimit;
  /** The key of the phone and ID-number hashes (platform/access/search-key.ts). */
  searchKey: SearchKey;
  /** Where the built staff web application is served from (default packages/web/dist). */
  webApp?: WebAppOptions;
  /** Where request handlers record audit events; default: a writer on `pool`, closed with the app. */
  audit?: AuditWriter;
  /** Where background jobs are sent (the server's pg-boss); without it, routes that start jobs answer 503. */
  jobs?: JobQueue;
}

/**
 * The HTTP application: Fastify with zod schemas as the single source of validation and of the
 * OpenAPI document (/api/docs). Deny by default: every route declares `config.permission`
 * (route-permission.ts) or the app does not start; non-public routes need a session cookie, and
 * writes a CSRF token (access-hooks.ts, docs/sessions.md).
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  // Before any route: the onRoute check and the onRequest hooks are inherited by child contexts
  // only if they exist when those contexts are created.
  requireDeclaredPermissions(app);
  // One instance: with no GUIBIN_SECRET the secret is random, and hooks and routes must share it.
  const csrf = createCsrf(options.secret ?? csrfSecretFromEnvironment());
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false, // only routes with config.rateLimit (login) are limited
    errorResponseBuilder: (_request, context) =>
      Object.assign(new DomainError('RATE_LIMITED', `too many attempts; retry in ${context.after}`, { retryAfterMs: context.ttl }), {
        statusCode: context.statusCode,
      }),
  });
  installAccessHooks(app, {
    pool: options.pool,
    csrf,
    can: options.can ?? can,
    identity: options.identity ?? {},
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Guibin API', description: 'Guibin (贵宾) VIP customer relationship management', version: packageJson.version },
    },
    transform: jsonSchemaTransform,
  });
  // The documentation viewer and the operational endpoints are public by nature; their plugins
  // do not annotate routes, so they get 'public' as their context's default — explicitly, here.
  await withDefaultPermission(app, PUBLIC, async (context) => {
    await context.register(swaggerUi, { routePrefix: '/api/docs' });
  });

  const metrics = createMetrics(options.pool);
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode, reply.elapsedTime);
  });
  await withDefaultPermission(app, PUBLIC, async (context) => {
    await context.register(systemRoutes, { pool: options.pool, metrics });
  });
  await app.register(identityRoutes, {
    pool: options.pool,
    csrf,
    identity: options.identity ?? {},
    loginRateLimit: options.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT,
  });
  const audit = options.audit ?? createAuditWriter(options.pool);
  if (!options.audit) app.addHook('onClose', async () => audit.close());
  const api: ApiContext = { pool: options.pool, audit, searchKey: options.searchKey, ...(options.jobs && { jobs: options.jobs }) };
  await app.register(customerRoutes, api);
  await app.register(savedFilterRoutes, api);
  await app.register(tierRoutes, api);
  await app.register(orgRoutes, api);
  await app.register(importRunRoutes, api);
  await app.register(dataStatusRoutes, api);
  await app.register(auditRoutes, api);
  await app.register(allocationRoutes, api);
  await app.register(cardRoutes, api);
  await app.register(serviceTierRoutes, api);
  await app.register(contactRoutes, api);
  await registerWebApp(app, options.webApp ?? {});
  return app;
}
