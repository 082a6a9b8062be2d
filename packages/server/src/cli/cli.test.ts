import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFeed } from '../test-support/feed-builder.ts';
import { runGuibin } from '../test-support/run-guibin.ts';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

/** The `guibin` command as a bank's operator runs it: output, files and exit codes. */
const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.resolve(here, '../../test-fixtures/sample-bank');

describe('guibin CLI', () => {
  let db: TestDatabase;
  const guibin = (...args: string[]) => runGuibin(db.url, args);
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('imports, evaluates, exports and explains the sample bank', () => {
    const imported = guibin('import', '--dir', path.join(SAMPLE, 'feed'));
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain('closed 457 day(s) 2025-07-01..2026-09-30');
    expect(imported.out).toMatch(/contact detection queued for \d{4}-\d{2}-\d{2}/);

    const evaluated = guibin('tiers', 'evaluate', '--month', '2026-09', '--policy', 'rolling-quarter-2020');
    expect(evaluated.code, evaluated.err).toBe(0);

    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-cli-')), 'tiers.csv');
    const exported = guibin('tiers', 'export', '--month', '2026-09', '--policy', 'rolling-quarter-2020', '--out', out);
    expect(exported.code, exported.err).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(path.join(SAMPLE, 'expected/rolling-quarter-2020.csv'), 'utf8'));

    const explained = guibin('tiers', 'explain', '--customer', 'C00000001', '--month', '2026-09', '--policy', 'rolling-quarter-2020', '--lang', 'en');
    expect(explained.code, explained.err).toBe(0);
    expect(explained.out).toContain('500,000.00');
    expect(explained.out).toContain('rolling-quarter-2020');

    const detected = guibin('contact', 'detect', '--date', '2026-10-01');
    expect(detected.code, detected.err).toBe(0);
    expect(detected.out).toMatch(/^detected \d+ new contact event\(s\) for 2026-10-01 over \d+ customer\(s\)/);
    expect(detected.out).toContain('behaviour data: closed day 2026-09-30 against 2026-09-29; evaluation rolling-quarter-2020 2026-09');
    expect(detected.out).toMatch(/plans: \d+ item\(s\) created/);
    const redetected = guibin('contact', 'detect', '--date', '2026-10-01');
    expect(redetected.out).toMatch(/^detected 0 new contact event\(s\)/);
    expect(guibin('contact', 'detect', '--date', '2026-13-01').code).toBe(1);

    const again = guibin('import', '--dir', path.join(SAMPLE, 'feed'));
    expect(again.code).toBe(0);
    expect(again.out).toContain('skipped balances/2026-09-30.csv: already applied (same SHA-256)');
    expect(again.out).toContain('nothing to import');

    const status = guibin('status');
    expect(status.out).toContain('closed days: 457 (2025-07-01 .. 2026-09-30)');
    expect(status.out).toContain('data gaps: none');
  });

  it('exits non-zero with a clear message on failure', () => {
    const missing = guibin('import', '--dir', '/nonexistent/feed');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('feed directory not found: /nonexistent/feed');

    const refused = guibin('import', '--dir', aFeed().withDays('2026-01-01', 1).setField('balances/2026-01-01.csv', 2, 'balance', '1.001').write());
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('balances/2026-01-01.csv:2: balance: more than 2 decimals: "1.001"');
    expect(refused.out).toContain('nothing was applied');

    const notClosed = guibin('tiers', 'evaluate', '--month', '2027-01', '--policy', 'rolling-quarter-2020');
    expect(notClosed.code).toBe(1);
    expect(notClosed.err).toContain('month 2027-01 is not closed');

    const badMonth = guibin('tiers', 'evaluate', '--month', '2026-13', '--policy', 'rolling-quarter-2020');
    expect(badMonth.code).not.toBe(0);
  });
});
