import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { importFeed } from '../ingest/ingest.service.ts';
import { evaluateMonth, exportMonth } from './tiers.service.ts';

/**
 * The conformance sample (test-fixtures/sample-bank): a small bank whose tier results for
 * 2026-09 were computed by an independent implementation. The export must equal them exactly.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.resolve(here, '../../../test-fixtures/sample-bank');
const PRESETS = ['rolling-quarter-2020', 'month-avg-4-tier', 'three-months-hongmian', 'twelve-month-abc'];

const rowsOf = (text: string) => text.split(/\r?\n/).filter((line) => line !== '');

describe('conformance sample bank', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const result = await importFeed(db.pool, { dir: path.join(SAMPLE, 'feed') });
    expect(result.status).toBe('APPLIED');
  });
  afterAll(() => db.drop());

  it.each(PRESETS)('reproduces %s for 2026-09 exactly', async (policyCode) => {
    await evaluateMonth(db.pool, { month: '2026-09', policyCode, actor: 'test' });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-conf-')), `${policyCode}.csv`);
    await exportMonth(db.pool, { month: '2026-09', policyCode, out });
    const expected = fs.readFileSync(path.join(SAMPLE, 'expected', `${policyCode}.csv`), 'utf8');
    const actual = fs.readFileSync(out, 'utf8');
    expect(rowsOf(actual)[0]).toBe('customer_no,metric,qualified_tier');
    expect(rowsOf(actual).sort()).toEqual(rowsOf(expected).sort());
    expect(actual).toBe(expected);
  });
});
