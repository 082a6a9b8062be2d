import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU } from '../layout/menu.ts';
import { RESOURCES } from './resources.ts';

const zhCN = RESOURCES['zh-CN'];
const en = RESOURCES.en;

/** "a.b.c" for every string in a resource tree; plural forms (x_one, x_other) count as x. */
function keysOf(tree: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'object' && value !== null) for (const nested of keysOf(value as object, `${full}.`)) keys.add(nested);
    else keys.add(full);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the UI strings', () => {
  const zhKeys = keysOf(zhCN);
  const enKeys = keysOf(en);

  it('exist in both languages', () => {
    expect([...zhKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !zhKeys.has(key))).toEqual([]);
  });

  it('cover every key the code asks for by name', () => {
    const src = path.resolve(import.meta.dirname, '../..');
    const missing: string[] = [];
    for (const file of sourceFiles(src)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z][\w.]*)'/g)) {
        if (!zhKeys.has(match[1]!)) missing.push(`${path.relative(src, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(MENU.map((entry) => entry.label).filter((label) => !zhKeys.has(label))).toEqual([]);
  });
});
