import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../test-support/database-digest.ts';
import { GUIBIN_BIN } from '../../test-support/run-guibin.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { importFeed } from './ingest.service.ts';

/**
 * Killing `guibin import` at any moment — while COPY streams, while days close — and running it
 * again gives exactly the database of one clean run.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.resolve(here, '../../../test-fixtures/sample-bank/feed');

/** The sample bank's first three months: enough work for the kill to land inside each step. */
function quarterFeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-kill-'));
  for (const name of fs.readdirSync(SAMPLE)) if (name.endsWith('.csv')) fs.copyFileSync(path.join(SAMPLE, name), path.join(dir, name));
  for (const sub of ['fx', 'balances']) {
    fs.mkdirSync(path.join(dir, sub));
    for (const name of fs.readdirSync(path.join(SAMPLE, sub)).filter((n) => n < '2025-10-01')) {
      fs.copyFileSync(path.join(SAMPLE, sub, name), path.join(dir, sub, name));
    }
  }
  return dir;
}

/** Runs the CLI and SIGKILLs it as soon as its progress log shows `marker`. */
function importKilledAt(url: string, dir: string, marker: RegExp): Promise<{ killed: boolean; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GUIBIN_BIN, 'import', '--dir', dir], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let killed = false;
    const watch = (chunk: Buffer) => {
      log += chunk.toString();
      if (!killed && marker.test(log)) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('error', reject);
    child.on('close', () => resolve({ killed, log }));
  });
}

describe('kill and re-run', () => {
  const dbs: TestDatabase[] = [];
  let dir: string;
  let clean: string;
  beforeAll(async () => {
    dir = quarterFeed();
    const db = await createTestDatabase();
    dbs.push(db);
    expect((await importFeed(db.pool, { dir })).status).toBe('APPLIED');
    clean = await databaseDigest(db.pool);
  });
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it.each([
    ['during COPY into staging', /import: read/],
    ['during the close of the days', /import: apply (aggregating daily AUM|rebuilding monthly sums)/],
  ])('killed %s, then run again: same database as one clean run', async (_when, marker) => {
    const db = await createTestDatabase();
    dbs.push(db);
    const first = await importKilledAt(db.url, dir, marker);
    expect(first.killed, first.log).toBe(true);
    const applied = await db.pool.query(`SELECT count(*)::int AS n FROM import_run WHERE status = 'APPLIED'`);
    expect(applied.rows[0].n).toBe(0);
    const again = await importFeed(db.pool, { dir });
    expect(again.status).toBe('APPLIED');
    expect(await databaseDigest(db.pool)).toBe(clean);
  });
});
