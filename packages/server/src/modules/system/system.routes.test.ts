import { testSearchKey } from '../../test-support/search-key.ts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../platform/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';

describe('operational endpoints', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await createTestDatabase();
    app = await buildApp({ pool: db.pool, searchKey: testSearchKey });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('answers liveness and readiness with the schema version', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'up' });
  });

  it('is not ready when the schema is behind', async () => {
    await db.pool.query('DELETE FROM schema_migration WHERE version = (SELECT max(version) FROM schema_migration)');
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json().status).toBe('not_ready');
  });

  it('exposes Prometheus metrics, HTTP timings included', async () => {
    const metrics = await app.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('guibin_process_cpu_user_seconds_total');
    expect(metrics.body).toContain('guibin_http_requests_total{route="/healthz",method="GET",status="200"} 1');
    expect(metrics.body).toContain('guibin_last_closed_day_timestamp_seconds 0');
  });

  it('publishes the OpenAPI document and its viewer', async () => {
    const document = (await app.inject('/api/docs/json')).json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/metrics']));
    expect((await app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('maps unknown routes to a coded error body', async () => {
    const response = await app.inject({ url: '/nothing-here?phone=13812345678', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(404);
    // The query string is not repeated: it may carry what a search was for.
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: 'no such route: GET /nothing-here', details: {} });
    expect((await app.inject('/nothing-here')).json().message).toBe('没有此接口：GET /nothing-here');
    expect((await app.inject('/')).headers['content-type']).toContain('text/html');
  });
});
