// Shared by the bank tests: generate a bank into a fresh temp folder and read its files back.

import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateBank, type BankSpec, type BankSummary } from './index.ts';

export async function generateInTemp(spec: Omit<BankSpec, 'outDir'>): Promise<{ dir: string; summary: BankSummary }> {
  const dir = mkdtempSync(join(tmpdir(), 'guibin-datagen-'));
  const summary = await generateBank({ ...spec, outDir: dir });
  return { dir, summary };
}

/** Every file under `dir` by relative path, with its bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

export function headerOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.indexOf('\n'));
}
