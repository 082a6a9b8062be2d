import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for /metrics: process defaults, HTTP timings, and the data spine's state. */
export function createMetrics(pool: pg.Pool) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'guibin_' });
  const requests = new Counter({
    name: 'guibin_http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'guibin_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route', 'method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'guibin_last_closed_day_timestamp_seconds',
    help: 'The last closed business day (Unix time of its midnight UTC)',
    registers: [registry],
    async collect() {
      const result = await pool.query('SELECT extract(epoch FROM max(day))::bigint AS epoch FROM business_day');
      const epoch = result.rows[0].epoch as bigint | null;
      this.set(epoch === null ? 0 : Number(epoch));
    },
  });
  new Gauge({
    name: 'guibin_import_runs_total',
    help: 'Import runs by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const result = await pool.query('SELECT status, count(*)::int AS n FROM import_run GROUP BY status');
      this.reset();
      for (const row of result.rows) this.set({ status: row.status }, row.n);
    },
  });
  return {
    registry,
    observeRequest(route: string, method: string, status: number, elapsedMs: number) {
      requests.inc({ route, method, status: String(status) });
      duration.observe({ route, method }, elapsedMs / 1000);
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
