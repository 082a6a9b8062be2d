import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import type { Metrics } from '../../platform/http/metrics.ts';
import { listMigrations } from '../../platform/db/migrate.ts';

/** Liveness, readiness and metrics: operational endpoints, no customer data. */
export const systemRoutes: FastifyPluginAsyncZod<{ pool: pg.Pool; metrics: Metrics }> = async (app, { pool, metrics }) => {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'The process is alive', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  const readiness = z.object({ status: z.enum(['ready', 'not_ready']), database: z.string(), schemaVersion: z.number().nullable() });
  app.get(
    '/readyz',
    { schema: { tags: ['system'], summary: 'The database answers and is migrated', response: { 200: readiness, 503: readiness } } },
    async (_request, reply) => {
      const expected = Math.max(...listMigrations().map((m) => m.version));
      try {
        const result = await pool.query('SELECT max(version) AS version FROM schema_migration');
        const version = result.rows[0].version as number | null;
        const ready = version === expected;
        return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', database: 'up', schemaVersion: version });
      } catch {
        return reply.status(503).send({ status: 'not_ready', database: 'down', schemaVersion: null });
      }
    },
  );

  app.get('/metrics', { schema: { tags: ['system'], summary: 'Prometheus metrics' } }, async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
};
