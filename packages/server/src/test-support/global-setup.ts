import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startScratchEngine } from '../platform/db/embedded-engine.ts';
import { migrate } from '../platform/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set (CI's real server), else a scratch
 * embedded engine. A migrated template database is cloned per test file (test-database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let stopEngine: (() => Promise<void>) | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-test-pg-'));
    const engine = await startScratchEngine(dir);
    adminUrl = engine.adminUrl;
    stopEngine = async () => {
      await engine.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const prefix = `guibin_t${process.pid}_`;
  const templateDatabase = `${prefix}template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const templatePool = new pg.Pool({ connectionString: withDatabase(adminUrl, templateDatabase), max: 1 });
  await migrate(templatePool);
  await templatePool.end();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const leftovers = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
    await stopEngine?.();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
