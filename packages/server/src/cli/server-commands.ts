import type { Command } from 'commander';
import { ensureSearchKeyMatches, loadSearchKey } from '../platform/access/search-key.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { buildApp } from '../platform/http/app.ts';
import { startJobs } from '../platform/jobs/job-queue.ts';
import { contactDetectionWorker } from '../modules/contact/contact-detection.jobs.ts';
import { ensureFirstAdmin } from '../modules/identity/identity.service.ts';
import { action } from './cli-context.ts';
import { isEmptyBank, loadDemoBank } from './demo-bank.ts';

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('start the server (embedded PostgreSQL unless DATABASE_URL is set); loads the demo bank on first start')
    .option('--no-demo', 'do not load the demo bank into an empty database')
    .action(
      action(async (options: { demo: boolean }) => {
        const config = loadConfig();
        const db = await openDatabase(config);
        console.log(db.embedded ? `database: embedded PostgreSQL in ${config.home}/pgdata` : 'database: DATABASE_URL');
        if (options.demo && process.env.GUIBIN_DEMO !== '0' && (await isEmptyBank(db))) {
          console.log('first start: loading the demo bank');
          await loadDemoBank(db, config.home);
        }
        const firstAdmin = await ensureFirstAdmin(db.pool);
        if (firstAdmin) {
          // Shown once, never stored in plain text or logged: the admin must change it at first login.
          console.log(`first administrator created: staff number ${firstAdmin.staffNo}, password ${firstAdmin.password} (shown once; change it at first login)`);
        }
        const searchKey = loadSearchKey(config.home);
        await ensureSearchKeyMatches(db.pool, searchKey);
        // Background jobs (pg-boss, in this database): the daily contact detection after each close.
        const jobs = await startJobs({
          url: db.url,
          workers: [contactDetectionWorker(db.pool, (line) => console.log(line))],
          onError: (error) => console.error(`jobs: ${error.message}`),
        });
        const app = await buildApp({
          pool: db.pool,
          logger: true,
          searchKey,
          loginRateLimit: { max: config.loginAttemptsPerMinute, timeWindowMs: 60_000 },
          jobs,
        });
        const shutdown = async () => {
          await app.close();
          // A job in hand finishes before the database closes under it.
          await jobs.stop();
          await db.close();
          process.exit(0);
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
        await app.listen({ port: config.port, host: config.host });
        console.log(`Guibin is running at http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/  (API docs: /api/docs)`);
        // Keep running: the process ends on a signal.
        await new Promise(() => {});
      }),
    );
}
