/**
 * Measures the built app from Vite's manifest: the JavaScript the browser loads before the first
 * screen (the entry and every chunk it imports statically), gzipped, against the 600 KB budget of
 * issue 5; and what each lazily loaded page adds. Run after `npm run build`:
 *   npm run size -w @guibin/web
 * Exits 1 when the initial load is over budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_BYTES = 600 * 1024;
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifestFile = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error('no build: run npm run build -w @guibin/web first');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

const gzipped = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunk files reached from `key` through static imports only. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = staticClosure(entryKey);
const sizeOf = (keys) => [...keys].reduce((sum, key) => sum + gzipped(manifest[key].file), 0);
const initialBytes = sizeOf(initial);

console.log(`initial load (${entryKey} and its static imports, ${initial.size} chunks): ${kb(initialBytes)} gzipped (budget ${kb(BUDGET_BYTES)})`);
for (const key of Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry)) {
  // A chunk loaded from a lazy page (the 360's chart) adds only what that page has not loaded.
  const parent = Object.keys(manifest).find((k) => manifest[k].dynamicImports?.includes(key) && k !== entryKey);
  const loaded = new Set([...initial, ...(parent ? staticClosure(parent) : [])]);
  const added = new Set([...staticClosure(key)].filter((k) => !loaded.has(k)));
  const from = parent ? ` (from ${manifest[parent].name ?? parent})` : '';
  console.log(`  + ${manifest[key].name ?? key}${from}: ${kb(sizeOf(added))} gzipped when first opened`);
}
if (initialBytes > BUDGET_BYTES) {
  console.error(`over budget by ${kb(initialBytes - BUDGET_BYTES)}`);
  process.exit(1);
}
