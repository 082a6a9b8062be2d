import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, withDefaultPermission } from './route-permission.ts';

/** Where `npm run build -w @guibin/web` writes the staff web application (docs/web.md). */
export const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

export interface WebAppOptions {
  /** The built app: index.html, assets/ and a few top-level files. Default: packages/web/dist. */
  distDir?: string;
}

/**
 * For the HTML of the app. Ant Design writes its styles at run time (inline <style>), hence
 * 'unsafe-inline' for styles only; scripts come from this origin alone, and no other site may
 * frame the app (clickjacking).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>贵宾 Guibin</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto">
<h1>贵宾 Guibin</h1><p>个人贵宾客户管理系统 — VIP customer relationship management.</p>
<p>员工工作台尚未构建：请运行 <code>npm run build -w @guibin/web</code> 后重启服务。<br>
The staff web application is not built: run <code>npm run build -w @guibin/web</code> and restart the server.</p>
<ul><li><a href="/api/docs">API 文档 / API documentation</a></li><li><a href="/readyz">就绪状态 / readiness</a></li></ul></body></html>`;

function pathnameOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/';
}

/** The API answers its own unknown paths (a coded JSON 404), never with the app's HTML. */
function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** A browser navigating to a page of the app (a bookmark, a reload) asks for HTML. */
function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

function htmlHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    // index.html names the hashed assets of the current build: always ask for it again.
    .header('cache-control', 'no-cache');
}

/**
 * Serves the built staff web application next to the API (issue 5: one port in production):
 * - `/assets/*`: the hashed bundles, cached for a year, sent pre-compressed (.br/.gz written by
 *   the build) when the browser accepts it;
 * - the few files at the top of dist (favicon.svg);
 * - every other GET a browser makes for HTML: index.html, so that a reload or a bookmark of
 *   /customers/42 opens the app, whose router takes it from there.
 * `/api/*` never falls back: an unknown API path keeps its coded 404, and a request that does not
 * ask for HTML gets the same. Without a build, a short page says how to make one.
 *
 * The static files are public; the API stays protected route by route. The routes here get
 * 'public' from `withDefaultPermission` (route-permission.ts), the one visible way a route is
 * public without declaring it itself.
 */
export async function registerWebApp(app: FastifyInstance, options: WebAppOptions = {}): Promise<void> {
  const distDir = options.distDir ?? DEFAULT_WEB_DIST;
  const built = fs.existsSync(path.join(distDir, 'index.html'));
  const assetsDir = path.join(distDir, 'assets');
  // Read once at start: a new build is served after a restart, like the code of the server.
  const topLevelFiles = built
    ? new Set(fs.readdirSync(distDir, { withFileTypes: true }).filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name) && entry.name !== 'index.html').map((entry) => entry.name))
    : new Set<string>();

  await withDefaultPermission(app, PUBLIC, async (context) => {
    if (built) {
      await context.register(fastifyStatic, {
        root: fs.existsSync(assetsDir) ? assetsDir : distDir,
        prefix: '/assets/',
        preCompressed: true,
        immutable: true,
        maxAge: '365d',
        index: false,
        dotfiles: 'ignore',
      });
    }

    context.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const pathname = pathnameOf(request);
      if (isApiPath(pathname)) return reply.callNotFound();
      const name = pathname.slice(1);
      if (built && topLevelFiles.has(name)) return reply.sendFile(name, distDir, { maxAge: '1d', dotfiles: 'ignore' });
      if (pathname !== '/' && !wantsHtml(request)) return reply.callNotFound();
      if (!built) return htmlHeaders(reply).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      return htmlHeaders(reply).sendFile('index.html', distDir, { cacheControl: false });
    });
  });
}
