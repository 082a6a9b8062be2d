import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSearchKey } from '../../test-support/search-key.ts';
import { buildApp } from './app.ts';
import { errorHandler, notFoundHandler } from './error-mapping.ts';
import { requireDeclaredPermissions } from './route-permission.ts';
import { registerWebApp } from './web-app.ts';

const BUNDLE = `console.log(${JSON.stringify('贵宾 '.repeat(400))});\n`;

/** A build as `vite build` leaves it: index.html, hashed assets with .gz/.br beside them, a favicon. */
function aBuiltApp(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-web-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>');
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js'), BUNDLE);
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js.gz'), zlib.gzipSync(BUNDLE));
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js.br'), zlib.brotliCompressSync(BUNDLE));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(dist, '.env'), 'SECRET=1');
  return dist;
}

/** The route-permission check and error mapping of app.ts, with one API route (its enforcement: below). */
async function aBareApp(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  requireDeclaredPermissions(app);
  app.get('/api/things', { config: { permission: 'authenticated' } }, async () => ({ things: [] }));
  await registerWebApp(app, { distDir });
  await app.ready();
  return app;
}

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the built web app, served by the server', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dist = aBuiltApp();
    app = await aBareApp(dist);
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for every page a browser opens, never cached, with a CSP', async () => {
    for (const url of ['/', '/login', '/customers', '/customers/42?tab=GOLD']) {
      const response = await app.inject({ url, headers: url === '/' ? {} : html });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toContain('text/html');
      expect(response.body, url).toContain('<div id="root">');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets for a year, pre-compressed when the browser accepts it', async () => {
    const plain = await app.inject({ url: '/assets/index-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toContain('javascript');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.body).toBe(BUNDLE);

    const brotli = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.rawPayload).toString()).toBe(BUNDLE);
    const gzip = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(BUNDLE);
  });

  it('serves the top-level files of the build', async () => {
    const favicon = await app.inject({ url: '/favicon.svg' });
    expect(favicon.statusCode).toBe(200);
    expect(favicon.headers['content-type']).toContain('image/svg+xml');
  });

  it('answers a missing asset, a dotfile and a path out of the build with the coded 404, not the app', async () => {
    for (const url of ['/assets/missing-000.js', '/assets/../index.html', '/assets/%2e%2e/%2e%2e/package.json', '/.env', '/assets/.env']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('never answers an API path with the app, even when a browser asks for HTML', async () => {
    for (const url of ['/api', '/api/', '/api/no-such-route', '/api/customers/42/nothing']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('answers a request that does not ask for HTML with the coded 404 (scripts, probes)', async () => {
    const response = await app.inject({ url: '/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('declares its routes public and leaves the API routes as they were declared', () => {
    const webRoutes = app.declaredRoutes.filter((route) => route.url !== '/api/things');
    expect(webRoutes.length).toBeGreaterThan(0);
    expect(webRoutes.every((route) => route.permission === 'public')).toBe(true);
    expect(app.declaredRoutes.find((route) => route.url === '/api/things')?.permission).toBe('authenticated');
  });
});

describe('without a build', () => {
  it('says how to build the app, and still keeps the API 404s', async () => {
    const missing = path.join(os.tmpdir(), 'guibin-web-dist-missing');
    const app = await aBareApp(missing);
    try {
      for (const url of ['/', '/customers/42']) {
        const page = await app.inject({ url, headers: html });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toContain('npm run build -w @guibin/web');
      }
      expect((await app.inject({ url: '/assets/index-abc123.js' })).statusCode).toBe(404);
      expect((await app.inject({ url: '/api/nothing', headers: html })).json()).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await app.close();
    }
  });
});

describe('in the real application', () => {
  let dist: string;
  let app: FastifyInstance;
  let pool: pg.Pool;
  beforeAll(async () => {
    dist = aBuiltApp();
    // No request below reaches the database: unauthenticated calls stop at the session check.
    pool = new pg.Pool({ max: 1 });
    app = await buildApp({ pool, searchKey: testSearchKey, secret: 'web-app-test', webApp: { distDir: dist } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await pool.end();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('starts beside every API route, which stays as protected as before', async () => {
    expect((await app.inject({ url: '/customers/42', headers: html })).body).toContain('<div id="root">');
    expect((await app.inject({ url: '/api/auth/me', headers: html })).statusCode).toBe(401);
    const search = await app.inject({ method: 'POST', url: '/api/customers/search', payload: {}, headers: html });
    expect(search.statusCode).toBe(401);
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/api/docs/json' })).json().openapi).toMatch(/^3\./);
    // The document describes the API only.
    expect(Object.keys((await app.inject({ url: '/api/docs/json' })).json().paths)).not.toContain('/*');
  });
});
