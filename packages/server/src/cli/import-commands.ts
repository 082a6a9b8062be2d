import type { Command } from 'commander';
import { loadSearchKey } from '../platform/access/search-key.ts';
import { loadConfig } from '../platform/config.ts';
import { formatCents } from '../platform/money.ts';
import { closedDaysState } from '../modules/aum/aum.service.ts';
import { formatFeedError } from '../modules/ingest/feed-errors.ts';
import { importFeed, type ImportResult } from '../modules/ingest/ingest.service.ts';
import { queueDailyDetection } from '../modules/contact/contact-detection.jobs.ts';
import { action, withDatabase } from './cli-context.ts';
import { createProgress } from './progress-bar.ts';
import { rederiveAfterCorrection } from './rederive.ts';

export function printImportResult(result: ImportResult, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): void {
  for (const file of result.files) {
    if (file.action === 'skip') write(`skipped ${file.name}: already applied (same SHA-256)`);
  }
  if (result.status === 'REJECTED') {
    for (const error of result.errors) write(formatFeedError(error));
    const more = result.errorCount - result.errors.length;
    write(`import refused: ${result.errorCount} error(s)${more > 0 ? ` (${more} not listed)` : ''}; nothing was applied`);
    return;
  }
  if (result.status === 'NOTHING_TO_DO') {
    write('nothing to import: every file was already applied');
    return;
  }
  const loaded = result.files.filter((f) => f.action !== 'skip');
  write(`applied ${loaded.length} file(s) in ${(result.durationMs / 1000).toFixed(1)} s (import run ${result.runId})`);
  if (result.applied) {
    const a = result.applied;
    write(`  orgs ${a.orgs}, staff ${a.staff}, products ${a.products}, customers ${a.customers}, accounts ${a.accounts}, maintainers ${a.maintainers}, fx rates ${a.fxRates} (inserted or changed)`);
    if (a.maintainersKeptInApp > 0) {
      write(`  maintainers.csv: ${a.maintainersKeptInApp} row(s) not applied: kept as in-app relations (made in the app, which is the record)`);
    }
  }
  const corrected = result.closedDays.filter((d) => d.corrected);
  if (result.closedDays.length > 0) {
    const first = result.closedDays[0]!;
    const last = result.closedDays[result.closedDays.length - 1]!;
    write(`  closed ${result.closedDays.length} day(s) ${first.day}..${last.day}; AUM on ${last.day}: ${formatCents(last.totalAumCents)} CNY over ${last.customers} customers`);
  }
  for (const day of corrected) write(`  corrected ${day.day}: re-closed, and what derives from it re-derived`);
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description('import a delivery of the end-of-day feed (any subset of the files) and close its days')
    .requiredOption('--dir <dir>', 'directory holding the feed files')
    .action(
      action(async (options: { dir: string }) => {
        const bar = createProgress('import');
        // The server's key: the hashes the import writes are the ones its searches compute.
        const searchKey = loadSearchKey(loadConfig().home);
        let detection: { date: string; queued: boolean } | undefined;
        const result = await withDatabase(async (db) => {
          const imported = await importFeed(db.pool, {
            dir: options.dir,
            searchKey,
            onProgress: (p) => bar.update(p.done, p.total, p.detail, p.phase),
            rederive: rederiveAfterCorrection,
          }).finally(() => bar.stop());
          // The daily close is done: the server's worker detects the day's contact events and builds the plans.
          if (imported.status === 'APPLIED' && imported.closedDays.length > 0) detection = await queueDailyDetection(db);
          return imported;
        });
        printImportResult(result);
        if (detection) {
          console.log(
            detection.queued
              ? `  contact detection queued for ${detection.date} (the server runs it; guibin contact detect runs it now)`
              : `  contact detection for ${detection.date} is already queued`,
          );
        }
        return result.status === 'REJECTED' ? 1 : 0;
      }),
    );

  program
    .command('status')
    .description('closed days, data gaps and the last import runs')
    .action(
      action(async () => {
        await withDatabase(async (db) => {
          const state = await closedDaysState(db.pool);
          if (!state.firstDay) {
            console.log('no day closed yet');
          } else {
            console.log(`closed days: ${state.closedDays} (${state.firstDay} .. ${state.lastDay})`);
            console.log(state.gaps.length === 0 ? 'data gaps: none' : `data gaps: ${state.gaps.length} day(s) without balances: ${state.gaps.join(', ')}`);
          }
          const runs = await db.pool.query(
            `SELECT id, status, actor, finished_at, duration_ms, error_count, cardinality(days_closed) AS days FROM import_run ORDER BY id DESC LIMIT 5`,
          );
          for (const run of runs.rows) {
            console.log(`import run ${run.id}: ${run.status} by ${run.actor} at ${run.finished_at.toISOString()} (${run.duration_ms} ms, ${run.days} day(s), ${run.error_count} error(s))`);
          }
          return state.gaps.length > 0 ? 0 : 0;
        });
      }),
    );
}
