import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { COLUMNS, type FeedFile, type StaticKind } from './feed-contract.ts';
import type { FeedError } from './feed-errors.ts';
import { isRealDate } from './feed-rows.rules.ts';

/**
 * Finds the feed files in a delivery directory: any subset of the static files at the top, and
 * `fx/<day>.csv`, `balances/<day>.csv`. A CSV that matches no contract name is refused rather
 * than silently ignored (a misnamed `customer.csv` would otherwise be lost).
 */
export function discoverFeed(dir: string): { files: FeedFile[]; problems: FeedError[] } {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new DomainError('FEED_DIR_NOT_FOUND', `feed directory not found: ${dir}`);
  }
  const files: FeedFile[] = [];
  const problems: FeedError[] = [];
  const staticKinds = Object.keys(COLUMNS).filter((kind) => kind !== 'fx' && kind !== 'balances') as StaticKind[];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.csv')) {
      const kind = staticKinds.find((candidate) => `${candidate}.csv` === entry.name);
      if (kind) files.push({ kind, name: entry.name, path: path.join(dir, entry.name) });
      else problems.push({ file: entry.name, line: 0, field: 'file', reason: `not a feed file name (expected one of ${staticKinds.map((k) => `${k}.csv`).join(', ')}, fx/, balances/)` });
    }
  }
  for (const kind of ['fx', 'balances'] as const) {
    const sub = path.join(dir, kind);
    if (!fs.existsSync(sub)) continue;
    for (const name of fs.readdirSync(sub).sort()) {
      if (!name.endsWith('.csv')) continue;
      const day = name.slice(0, -4);
      const relative = `${kind}/${name}`;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day)) {
        problems.push({ file: relative, line: 0, field: 'file', reason: 'name must be a real date YYYY-MM-DD.csv' });
        continue;
      }
      files.push({ kind, name: relative, path: path.join(sub, name), day });
    }
  }
  return { files, problems };
}
