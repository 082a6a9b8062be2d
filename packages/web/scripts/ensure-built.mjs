/**
 * Builds the web app when it has no build yet, or when its sources are newer than the build —
 * so that `npm install && npm start` on a fresh clone (and `npm start` after a pull) serves the
 * current app. Root `npm start` runs it before the server starts. Nothing to do takes a few
 * milliseconds: it only compares modification times.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist/index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestModification(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((source) => newestModification(path.join(root, source))));
if (builtAt > 0 && builtAt >= sourcesAt) process.exit(0);

try {
  createRequire(path.join(root, 'package.json')).resolve('vite/package.json');
} catch {
  // An install without development dependencies cannot build; the server says how to build then.
  console.warn('web app: not built, and Vite is not installed (npm install --omit=dev?); run `npm install && npm run build -w @guibin/web`');
  process.exit(0);
}

console.log(builtAt > 0 ? 'web app: sources changed since the last build, building…' : 'web app: no build yet, building…');
const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
