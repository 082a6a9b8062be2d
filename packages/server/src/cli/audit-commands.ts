/**
 * `guibin audit …`: verify the hash chain, purge past retention, list events. docs/audit.md.
 * Option formats (and GUIBIN_AUDIT_RETENTION_DAYS) are checked before the database is opened.
 */
import os from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { defaultPurgeCutoff, parseRetentionDays, type AuditEvent } from '../platform/audit/audit.rules.ts';
import { verifyAuditChain } from '../platform/audit/audit-chain.store.ts';
import { purgeAuditEvents } from '../platform/audit/audit-purge.store.ts';
import { MAX_AUDIT_PAGE, queryAuditEvents } from '../platform/audit/audit-query.store.ts';
import { action, withDatabase } from './cli-context.ts';

const say = (line = '') => process.stdout.write(`${line}\n`);

/**
 * A day is a PRC business day: `--before 2026-05-01` means before 2026-05-01 00:00 China Standard
 * Time (UTC+8, no daylight saving), whatever the machine's own time zone.
 */
export function purgeDateOption(value: string): Date {
  const utcMidnight = new Date(`${value}T00:00:00Z`);
  // The round trip refuses days that do not exist (2026-02-30 would roll over to March).
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utcMidnight.getTime()) && utcMidnight.toISOString().startsWith(value);
  if (!isDay) throw new InvalidArgumentError('use YYYY-MM-DD, such as 2026-05-01.');
  return new Date(`${value}T00:00:00+08:00`);
}

function idOption(value: string): bigint {
  if (!/^[1-9]\d{0,17}$/.test(value)) throw new InvalidArgumentError('use a customer id (digits), such as 1024.');
  return BigInt(value);
}

function limitOption(value: string): number {
  const limit = /^\d{1,4}$/.test(value) ? Number.parseInt(value, 10) : 0;
  if (limit < 1 || limit > MAX_AUDIT_PAGE) throw new InvalidArgumentError(`use a number from 1 to ${MAX_AUDIT_PAGE}.`);
  return limit;
}

export function formatAuditEvent(event: AuditEvent): string {
  const customers = event.customerIds.length > 0 ? ` customers ${event.customerIds.join(',')}` : '';
  const inFull = event.fieldsInFull.length > 0 ? ` in full ${event.fieldsInFull.join(',')}` : '';
  const reason = event.reason ? ` reason "${event.reason}"` : '';
  return (
    `${event.id}  ${event.occurredAt}  ${event.actorStaffNo ?? 'system'}${event.actorRole ? `/${event.actorRole}` : ''}` +
    `${event.sourceIp ? `@${event.sourceIp}` : ''}  ${event.result}  ${event.action}${customers}${inFull}${reason}`
  );
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the append-only audit trail (审计日志): verify, purge, list');

  audit
    .command('verify')
    .description('recompute the hash chain; exit 1 at the first broken link')
    .action(
      action(async () => {
        const result = await withDatabase((db) => verifyAuditChain(db.pool));
        if (result.ok) {
          say(`audit chain intact: ${result.events} event(s)`);
          return 0;
        }
        say(`audit chain broken at event ${result.brokenAt}: ${result.reason}`);
        return 1;
      }),
    );

  audit
    .command('purge')
    .description('delete events older than the retention period (GUIBIN_AUDIT_RETENTION_DAYS, default and minimum 180)')
    .option('--before <YYYY-MM-DD>', 'delete events before this day (China Standard Time); default now − retention', purgeDateOption)
    .action(
      action(async (options: { before?: Date }) => {
        const retentionDays = parseRetentionDays(process.env.GUIBIN_AUDIT_RETENTION_DAYS);
        const cutoff = options.before ?? defaultPurgeCutoff(new Date(), retentionDays);
        const summary = await withDatabase((db) =>
          purgeAuditEvents(db.pool, { cutoff, retentionDays, actorStaffNo: null, ranBy: os.userInfo().username }),
        );
        say(
          `purged ${summary.purged} audit event(s) before ${cutoff.toISOString()}` +
            (summary.lastPurgedId === null ? '' : ` (up to event ${summary.lastPurgedId})`),
        );
      }),
    );

  audit
    .command('list')
    .description('events newest first, filtered')
    .option('--staff <no>', 'the acting staff number')
    .option('--customer <id>', 'a customer read or written', idOption)
    .option('--action <action>', "a route or action name, such as 'customer.show-in-full'")
    .option('--limit <n>', `how many (1 to ${MAX_AUDIT_PAGE})`, limitOption, 50)
    .option('--cursor <id>', 'continue after the page that printed this cursor', idOption)
    .action(
      action(async (options: { staff?: string; customer?: bigint; action?: string; limit: number; cursor?: bigint }) => {
        const page = await withDatabase((db) =>
          queryAuditEvents(db.pool, {
            staffNo: options.staff,
            customerId: options.customer,
            action: options.action,
            limit: options.limit,
            cursor: options.cursor,
          }),
        );
        for (const event of page.events) say(formatAuditEvent(event));
        if (page.events.length === 0) say('no audit events match');
        if (page.nextCursor !== null) say(`more: --cursor ${page.nextCursor}`);
      }),
    );
}
