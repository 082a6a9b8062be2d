import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { ensureSearchKeyMatches, loadSearchKey, type SearchKey } from '../../platform/access/search-key.ts';
import { loadConfig } from '../../platform/config.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { closeDays, dropNextBalances, latestBalancesDay, replacesLatestBalances, type ClosedDay } from '../aum/aum.service.ts';
import { applyReferenceData, type AppliedCounts } from './apply.store.ts';
import { STATIC_ORDER, type FeedFile } from './feed-contract.ts';
import { discoverFeed } from './feed-discovery.ts';
import { ErrorCollector, type FeedError } from './feed-errors.ts';
import { readFeedFile, sha256File } from './feed-reader.ts';
import { appliedChecksums, closedDaysAmong, finishRun, insertRun, recordAppliedFiles } from './import-run.store.ts';
import { resolveBalances } from './balance-resolution.store.ts';
import { prepareNodeClose } from './node-close.ts';
import { runStagingChecks } from './staging-checks.store.ts';
import { copyInto, createStagingTables, prepareStagingTables } from './staging.store.ts';

/**
 * `guibin import --dir D` (DOMAIN.md §3, docs/pipeline.md): plan (skip files already applied),
 * stream every file into TEMP staging with COPY, check row-wise and set-wise, then apply
 * everything in ONE transaction — reference data, FX, the close of every delivered day — or,
 * on any error, nothing at all. Killing the process at any point leaves the database as it was.
 */
export type FileAction = 'load' | 'skip' | 'correct' | 'reclose';
export interface PlannedFile {
  name: string;
  kind: FeedFile['kind'];
  sha256: string;
  action: FileAction;
  rows?: number;
}
export interface ImportProgress {
  phase: 'read' | 'check' | 'apply';
  done: number;
  total: number;
  detail: string;
}
export interface ImportOptions {
  dir: string;
  /**
   * The key of the customers' search hashes, which the import computes as it applies. By default
   * the deployment's key, as the server loads it (GUIBIN_SEARCH_KEY or <home>/search.key). A key
   * other than the one the database was built with is refused before anything is read.
   */
  searchKey?: SearchKey;
  actor?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Re-derives what depends on corrected days (tier evaluations), inside the import's transaction. */
  rederive?: (client: pg.PoolClient, fromDay: string) => Promise<void>;
}
export interface ImportResult {
  runId: bigint | null;
  status: 'APPLIED' | 'REJECTED' | 'NOTHING_TO_DO';
  files: PlannedFile[];
  errors: FeedError[];
  errorCount: number;
  applied: AppliedCounts | null;
  closedDays: ClosedDay[];
  durationMs: number;
}

const IMPORT_LOCK = 7_464_242_002;

async function planFiles(client: pg.PoolClient, files: FeedFile[], errors: ErrorCollector): Promise<PlannedFile[]> {
  const checksums = new Map<string, string>();
  for (const file of files) checksums.set(file.name, await sha256File(file.path));
  const applied = await appliedChecksums(client, files.map((f) => f.name));
  const closed = await closedDaysAmong(client, files.filter((f) => f.day).map((f) => f.day!));
  const plan = files.map((file): PlannedFile => {
    const sha256 = checksums.get(file.name)!;
    const previous = applied.get(file.name);
    const action: FileAction = previous === sha256 ? 'skip' : file.kind === 'balances' && closed.has(file.day!) ? 'correct' : 'load';
    return { name: file.name, kind: file.kind, sha256, action };
  });
  // A changed FX file for a closed day changes that day's AUM: the day must be re-closed, from
  // its balances file in the same delivery (balances are not kept raw once closed).
  for (const fx of plan.filter((p) => p.kind === 'fx' && p.action === 'load')) {
    const day = path.basename(fx.name, '.csv');
    if (!closed.has(day) || !applied.has(fx.name)) continue;
    const balances = plan.find((p) => p.name === `balances/${day}.csv`);
    if (!balances) {
      errors.add({ file: fx.name, line: 0, field: 'file', reason: `changed after ${day} was closed: deliver balances/${day}.csv with it so the day is re-closed` });
    } else if (balances.action === 'skip') {
      balances.action = 'reclose';
    }
  }
  return plan;
}

export async function importFeed(pool: pg.Pool, options: ImportOptions): Promise<ImportResult> {
  const started = new Date();
  const sourceDir = path.resolve(options.dir);
  const actor = options.actor ?? os.userInfo().username;
  const errors = new ErrorCollector();
  const { files, problems } = discoverFeed(sourceDir);
  problems.forEach((problem) => errors.add(problem));
  const elapsed = () => Date.now() - started.getTime();
  const progress = options.onProgress ?? (() => {});
  const searchKey = options.searchKey ?? loadSearchKey(loadConfig().home);

  const client = await pool.connect();
  let nodeClose: Awaited<ReturnType<typeof prepareNodeClose>> | undefined;
  try {
    await acquireImportLock(client);
    await ensureSearchKeyMatches(client, searchKey);
    await dropNextBalances(client);
    // Millions of staged rows: hash joins stay in memory instead of spilling in batches, and the
    // session's TEMP tables get buffers of their own size (set before the first one is touched).
    await client.query(`SET work_mem = '256MB'`);
    // A pooled session that already used TEMP tables keeps its size: best effort.
    await client.query(`SET temp_buffers = '1GB'`).catch(() => {});
    const plan = await planFiles(client, files, errors);
    const toRead = plan.filter((p) => p.action !== 'skip');
    const result: ImportResult = { runId: null, status: 'NOTHING_TO_DO', files: plan, errors: [], errorCount: 0, applied: null, closedDays: [], durationMs: 0 };

    if (toRead.length === 0 && errors.count === 0) {
      result.durationMs = elapsed();
      result.runId = await insertRun(client, { startedAt: started, actor, sourceDir, status: 'NOTHING_TO_DO', files: plan, rowCounts: {}, errors: [], errorCount: 0, daysClosed: [], durationMs: result.durationMs });
      return result;
    }

    await createStagingTables(client);
    const byName = new Map(files.map((f) => [f.name, f]));
    const ordered = [...toRead].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.name < b.name ? -1 : 1));
    const fileNumbers = new Map<number, string>();
    const totalBytes = ordered.reduce((sum, p) => sum + fileSize(byName.get(p.name)!), 0);
    let doneBytes = 0;
    const onBytes = (file: FeedFile) => (bytes: number) => {
      doneBytes += bytes;
      progress({ phase: 'read', done: doneBytes, total: totalBytes, detail: file.name });
    };
    // A delivery that changes no account or product closes its days in Node (decision 0005);
    // one that does goes the set-based SQL way, where new accounts resolve after the apply.
    const days = toRead.filter((p) => p.kind === 'balances').map((p) => path.basename(p.name, '.csv'));
    const closeInNode = days.length > 0 && !toRead.some((p) => p.kind === 'accounts' || p.kind === 'products');
    // Only the delivery's last day can replace the latest balances per account, and only when it
    // is not older than the stored ones (a correction of an old day leaves them).
    const lastDay = [...days].sort().at(-1);
    const balancesDay = replacesLatestBalances(lastDay, await latestBalancesDay(client)) ? lastDay : undefined;
    nodeClose = closeInNode ? await prepareNodeClose(pool, client, balancesDay) : undefined;
    for (const [index, planned] of ordered.entries()) {
      const file = byName.get(planned.name)!;
      if (nodeClose && file.kind === 'balances') {
        planned.rows = await nodeClose.readBalances(file, days, errors, onBytes(file));
        continue;
      }
      const daily = file.kind === 'fx' || file.kind === 'balances';
      if (daily) fileNumbers.set(index, file.name);
      const sink = copyInto(client, file.kind);
      const finished = new Promise<void>((resolve, reject) => {
        sink.on('finish', resolve);
        sink.on('error', reject);
      });
      const read = await readFeedFile(file, sink, errors, {
        fileNo: daily ? index : undefined,
        onBytes: onBytes(file),
      });
      sink.end();
      await finished;
      planned.rows = read.rows;
    }

    progress({ phase: 'check', done: 0, total: 1, detail: 'references and duplicates' });
    await prepareStagingTables(client);
    if (!nodeClose) await resolveBalances(client, days);
    await runStagingChecks(client, fileNumbers, errors, { resolvedBalances: !nodeClose });
    progress({ phase: 'check', done: 1, total: 1, detail: 'references and duplicates' });

    const rowCounts = Object.fromEntries(toRead.map((p) => [p.name, p.rows ?? 0]));
    if (errors.count > 0) {
      await nodeClose?.latestBalances?.abandon();
      await dropNextBalances(client);
      result.status = 'REJECTED';
      result.errors = errors.sorted();
      result.errorCount = errors.count;
      result.durationMs = elapsed();
      result.runId = await insertRun(client, { startedAt: started, actor, sourceDir, status: 'REJECTED', files: plan, rowCounts, errors: result.errors, errorCount: errors.count, daysClosed: [], durationMs: result.durationMs });
      return result;
    }

    await client.query('BEGIN');
    try {
      const runId = await insertRun(client, { startedAt: started, actor, sourceDir, status: 'APPLIED', files: plan, rowCounts, errors: [], errorCount: 0, daysClosed: [], durationMs: 0 });
      progress({ phase: 'apply', done: 0, total: 1, detail: 'reference data' });
      result.applied = await applyReferenceData(client, searchKey);
      const sha256ByDay = new Map(toRead.filter((p) => p.kind === 'balances').map((p) => [path.basename(p.name, '.csv'), p.sha256]));
      const prepared = nodeClose ? { balanceRowsByDay: nodeClose.rowsByDay } : undefined;
      const writer = nodeClose?.latestBalances;
      const latestBalances = balancesDay ? { day: balancesDay, built: writer && (() => writer.built()) } : undefined;
      result.closedDays = await closeDays(client, { days, importRunId: runId, sha256ByDay, prepared, latestBalances }, (step) =>
        progress({ phase: 'apply', done: 0, total: 1, detail: step }),
      );
      const corrected = result.closedDays.filter((d) => d.corrected).map((d) => d.day).sort();
      if (corrected.length > 0 && options.rederive) {
        progress({ phase: 'apply', done: 0, total: 1, detail: `re-deriving from ${corrected[0]}` });
        await options.rederive(client, corrected[0]!);
      }
      await recordAppliedFiles(client, runId, toRead.map((p) => ({ name: p.name, sha256: p.sha256, rows: p.rows ?? 0 })));
      result.durationMs = elapsed();
      await finishRun(client, runId, { rowCounts, daysClosed: days, durationMs: result.durationMs, files: plan, appliedCounts: result.applied });
      await client.query('COMMIT');
      progress({ phase: 'apply', done: 1, total: 1, detail: 'committed' });
      result.runId = runId;
      result.status = 'APPLIED';
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    await nodeClose?.latestBalances?.abandon();
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => {});
    // The staging tables are session-scoped: discard them with the connection.
    client.release(true);
  }
}

/**
 * One import at a time. Waits a little: the server notices a killed importer's connection (and
 * frees its lock) only moments after the kill, and an operator re-runs at once.
 */
async function acquireImportLock(client: pg.PoolClient): Promise<void> {
  await client.query(`SET lock_timeout = '20s'`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [IMPORT_LOCK]);
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') {
      throw new DomainError('IMPORT_RUNNING', 'another import is running against this database; try again when it ends');
    }
    throw error;
  } finally {
    await client.query('RESET lock_timeout');
  }
}

function kindOrder(kind: FeedFile['kind']): number {
  const index = STATIC_ORDER.indexOf(kind as never);
  return index >= 0 ? index : kind === 'fx' ? STATIC_ORDER.length : STATIC_ORDER.length + 1;
}

function fileSize(file: FeedFile): number {
  return fs.statSync(file.path).size;
}
