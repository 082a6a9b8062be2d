import pg from 'pg';
import { searchKeyFrom } from '../../packages/server/src/platform/access/search-key.ts';
import { buildApp } from '../../packages/server/src/platform/http/app.ts';
import { buildBareApp } from './bare-app.ts';

/**
 * One HTTP server of the API benchmark, in its own process (its event loop and heap are its own,
 * and the load generator does not share them):
 * `node --import tsx bench/src/api-server.ts '{"kind":"guibin"|"bare","url":"…","poolSize":8}'`.
 *
 * - `guibin`: the real application (`buildApp`): session lookup, CSRF, permission, record scope,
 *   masking, audit trail, zod schemas; the pool of `openDatabase`.
 * - `bare`: Fastify + pg running the same SQL for the same request, without access control,
 *   masking or audit (bare-app.ts).
 *
 * Prints `{"port":N}` once listening on 127.0.0.1; stops on SIGTERM or when stdin closes.
 */
interface ServerSpec {
  /** `guibin-no-audit`: the real application with a writer that records nothing (a diagnostic, --api-variants). */
  kind: 'guibin' | 'guibin-no-audit' | 'bare';
  url: string;
  poolSize: number;
  /** CSRF secret of the Guibin app (GUIBIN_SECRET in production). */
  secret?: string;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as ServerSpec;
// The server's int8 → bigint and date → text parsers (global to pg) go with the server; the bare
// server keeps the driver's defaults.
if (spec.kind !== 'bare') await import('../../packages/server/src/platform/db/database.ts');
const searchKey = searchKeyFrom(Buffer.from(process.env.GUIBIN_SEARCH_KEY ?? '', 'base64'));
const pool = new pg.Pool({ connectionString: spec.url, max: spec.poolSize });
pool.on('error', () => {});

const noAudit = { record: async () => {}, close: async () => {} };
const app =
  spec.kind === 'bare'
    ? await buildBareApp({ pool, searchKey })
    : await buildApp({
        pool,
        searchKey,
        logger: false,
        secret: spec.secret,
        // The benchmark logs in once per role and session before measuring: not a brute force.
        loginRateLimit: { max: 1000, timeWindowMs: 60_000 },
        ...(spec.kind === 'guibin-no-audit' ? { audit: noAudit } : {}),
      });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
