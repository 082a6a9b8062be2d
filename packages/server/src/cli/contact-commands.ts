/**
 * `guibin contact detect`: the day's contact event detection and plan build (DOMAIN.md §7), run
 * now in this process — what the server's `contact.daily-detection` job runs after each close.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { isIsoDate } from '../platform/calendar/calendar.ts';
import { CONTACT_EVENT_TYPES } from '../modules/contact/contact-event-messages.ts';
import { runDailyDetection, type DetectionSummary } from '../modules/contact/contact-detection.service.ts';
import { todayInDatabase } from '../modules/contact/contact-scope.store.ts';
import { action, withDatabase } from './cli-context.ts';
import { createProgress } from './progress-bar.ts';

const say = (line = '') => process.stdout.write(`${line}\n`);

function dateOption(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('use YYYY-MM-DD, such as 2026-10-01.');
  return value;
}

export function printDetection(summary: DetectionSummary, write = say): void {
  const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
  write(
    `detected ${summary.totalEvents} new contact event(s) for ${summary.date} over ${summary.customers} customer(s) ` +
      `in ${seconds(summary.timingsMs.total)} s (run ${summary.runId}, rule set v${summary.ruleSet.version})`,
  );
  write(
    `behaviour data: closed day ${summary.closedDay ?? 'none'}${summary.previousClosedDay ? ` against ${summary.previousClosedDay}` : ''}; ` +
      `evaluation ${summary.evaluation ? `${summary.evaluation.policyCode} ${summary.evaluation.month}` : 'none'}`,
  );
  for (const type of CONTACT_EVENT_TYPES) {
    write(`  ${type.padEnd(26)}${String(summary.events[type]).padStart(9)}  ${seconds(summary.timingsMs[type]).padStart(6)} s`);
  }
  write(`plans: ${summary.plans.created} item(s) created, ${summary.plans.closed} closed, ${summary.plans.cancelled} cancelled in ${seconds(summary.timingsMs.plans)} s`);
}

export function registerContactCommands(program: Command): void {
  const contact = program.command('contact').description('contact events and plans (客户联络)');

  contact
    .command('detect')
    .description("detect the day's contact events (life, behaviour, product, external) and build the contact plans; re-running a day adds nothing")
    .option('--date <YYYY-MM-DD>', 'the detection date (default: today)', dateOption)
    .action(
      action(async (options: { date?: string }) => {
        const bar = createProgress('contact detect');
        const summary = await withDatabase(async (db) => {
          const date = options.date ?? (await todayInDatabase(db.pool));
          return runDailyDetection(db.pool, { date, onStep: (done, total, step) => bar.update(done, total, step, 'detect') }).finally(() => bar.stop());
        });
        printDetection(summary);
      }),
    );
}
