import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `guibin` command's entry, for tests that run it as an operator would. */
export const GUIBIN_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/guibin.mjs');

/** Runs `guibin …args` against the database at `url`, with optional standard input. */
export function runGuibin(url: string, args: string[], input?: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [GUIBIN_BIN, ...args], {
    env: { ...process.env, DATABASE_URL: url },
    input,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
