/**
 * Regenerates the typed API client's inputs from the server's own routes, without a database:
 * builds the Fastify app on a pool that never connects (nothing queries at startup), asks
 * @fastify/swagger for the document, and writes
 *   src/shared/api/openapi.json  — the OpenAPI document, as served at /api/docs/json
 *   src/shared/api/schema.ts   — its TypeScript types (openapi-typescript), used by openapi-fetch
 * Both are committed, so building the web app never needs the server.
 *
 * Run: npm run generate:api -w @guibin/web   (add --check to fail when the files are stale)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import pg from 'pg';
import { searchKeyFrom } from '../../server/src/platform/access/search-key.ts';
import { buildApp } from '../../server/src/platform/http/app.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const outputDir = path.join(here, '../src/shared/api');
const documentFile = path.join(outputDir, 'openapi.json');
const typesFile = path.join(outputDir, 'schema.ts');

const HEADER = `/**
 * Generated from the server's OpenAPI document by packages/web/scripts/generate-api.ts.
 * Do not edit: run \`npm run generate:api -w @guibin/web\` after changing a route's schema.
 */

`;

async function generate(): Promise<{ document: string; types: string }> {
  // A pool that is never used: building the app registers routes and plugins only.
  const pool = new pg.Pool({ max: 1 });
  // Any key of the right length: the document does not depend on it.
  const searchKey = searchKeyFrom(Buffer.alloc(32, 1));
  const app = await buildApp({ pool, searchKey, secret: 'openapi-generation-only' });
  try {
    await app.ready();
    const openapi = app.swagger() as object;
    const document = `${JSON.stringify(openapi, null, 2)}\n`;
    const ast = await openapiTS(openapi as Parameters<typeof openapiTS>[0]);
    const types = HEADER + astToString(ast);
    return { document, types };
  } finally {
    await app.close();
    await pool.end();
  }
}

const { document, types } = await generate();
if (process.argv.includes('--check')) {
  const stale = [
    [documentFile, document],
    [typesFile, types],
  ].filter(([file, content]) => !fs.existsSync(file!) || fs.readFileSync(file!, 'utf8') !== content);
  if (stale.length > 0) {
    console.error(`stale: ${stale.map(([file]) => path.relative(process.cwd(), file!)).join(', ')} — run npm run generate:api -w @guibin/web`);
    process.exit(1);
  }
  console.log('the generated API client is up to date');
} else {
  fs.mkdirSync(outputDir, { recursive: true });
  fs.writeFileSync(documentFile, document);
  fs.writeFileSync(typesFile, types);
  console.log(`wrote ${path.relative(process.cwd(), documentFile)} and ${path.relative(process.cwd(), typesFile)}`);
}
