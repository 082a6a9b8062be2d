import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoBankSpec, generateBank } from './index.ts';
import { generateInTemp, readTree } from './test-bank.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SMALL = { seed: 42, customers: 150, startDate: '2025-12-20', endDate: '2026-01-10' };

describe('determinism', () => {
  it('the same spec gives byte-identical files; another seed gives different ones', async () => {
    const first = await generateInTemp(SMALL);
    const second = await generateInTemp(SMALL);
    const other = await generateInTemp({ ...SMALL, seed: 43 });
    dirs.push(first.dir, second.dir, other.dir);
    const a = readTree(first.dir);
    const b = readTree(second.dir);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
    expect(a.size).toBe(6 + 2 * 22);
    const c = readTree(other.dir);
    expect(c.get('customers.csv')!.equals(a.get('customers.csv')!)).toBe(false);
    expect(c.get('balances/2026-01-10.csv')!.equals(a.get('balances/2026-01-10.csv')!)).toBe(false);
  });

  it('a one-day bank works, leaves no .tmp files and drops stale day files of an earlier run', async () => {
    const { dir, summary } = await generateInTemp({ ...SMALL, startDate: '2026-09-30', endDate: '2026-09-30' });
    dirs.push(dir);
    expect(summary.days).toBe(1);
    mkdirSync(join(dir, 'balances'), { recursive: true });
    writeFileSync(join(dir, 'balances', '2026-09-29.csv'), 'stale');
    writeFileSync(join(dir, 'balances', '2026-09-30.csv.tmp'), 'half');
    await generateBank({ ...SMALL, startDate: '2026-09-30', endDate: '2026-09-30', outDir: dir });
    const files = [...readTree(dir).keys()];
    expect(files.filter((path) => path.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'balances', '2026-09-29.csv'))).toBe(false);
    expect(files).toContain('balances/2026-09-30.csv');
  });

  it('the demo spec is the documented one', () => {
    expect(demoBankSpec('/x')).toEqual({ seed: 20260101, customers: 5000, startDate: '2025-07-01', endDate: '2026-09-30', outDir: '/x' });
  });

  it('rejects a bad spec', async () => {
    await expect(generateBank({ ...SMALL, endDate: '2025-12-01', outDir: '/nonexistent' })).rejects.toThrow(/before/);
    await expect(generateBank({ ...SMALL, customers: 0, outDir: '/nonexistent' })).rejects.toThrow(/customers/);
  });
});
