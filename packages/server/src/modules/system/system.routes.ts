import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import type { Metrics } from '../../platform/http/metrics.ts';
import { listMigrations } from '../../platform/db/migrate.ts';

/** Liveness, readiness and metrics: operational endpoints, no customer data. */
export const systemRoutes: FastifyPluginAsyncZod<{ pool: pg.Pool; metrics: Metrics }> = async (app, { pool, metrics }) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>贵宾 Guibin</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto">
<h1>贵宾 Guibin</h1><p>个人贵宾客户管理系统 — VIP customer relationship management.</p>
<ul><li><a href="/api/docs">API 文档 / API documentation</a></li><li><a href="/readyz">就绪状态 / readiness</a></li><li><a href="/metrics">监控指标 / metrics</a></li></ul>
<p>员工工作台即将推出 / The staff web application arrives with the web release.</p></body></html>`),
  );

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
