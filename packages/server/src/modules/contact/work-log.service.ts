/**
 * Work log use cases (工作日志, DOMAIN.md §7): read and save a day, and the week's summary for the
 * supervisor. Everyone reads and writes their own log; a head (contact.review) reads the logs of
 * the staff of their org (the outlet head: the outlet; the sub-branch head: the sub-branch), never
 * writes them. Every read and write is audited (§11).
 */
import { can } from '../../platform/access/permissions.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { CONTACT_CHANNELS, type ContactChannel } from './contact-rules.schemas.ts';
import type { ContactContext } from './communication-reports.service.ts';
import { cleanEntries, daysBetween, weekContaining } from './work-log.rules.ts';
import type { WorkLogBody, WorkLogDayResponse, WorkLogWeekResponse } from './work-log.schemas.ts';
import {
  findStaffById,
  findStaffInOrgScope,
  listTeam,
  listVisits,
  readDay,
  replaceDay,
  todayInDatabase,
  weekFigures,
  type LogStaff,
} from './work-log.store.ts';

export const WORK_LOG_AUDIT = {
  read: 'GET /api/work-log',
  save: 'work-log.save',
  week: 'GET /api/work-log/week',
} as const;

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

async function self(context: ContactContext, caller: ApiCaller): Promise<LogStaff> {
  const staff = await findStaffById(context.pool, caller.staffId);
  if (!staff) throw new DomainError('UNAUTHENTICATED', 'the staff member of the session no longer exists');
  return staff;
}

/**
 * Whose log the caller asks for: their own (no staffNo, or their own number), or a team member's
 * when they are a head over them. Refusals are audited under `action`.
 */
async function logOwner(context: ContactContext, caller: ApiCaller, staffNo: string | undefined, action: string): Promise<LogStaff> {
  if (staffNo === undefined || staffNo === caller.staffNo) return self(context, caller);
  // Refused for want of the permission: the routes' auditRefusals hook records it.
  if (!can(caller.role, 'contact.review')) {
    throw new DomainError('FORBIDDEN', "only heads read another staff member's work log", { permission: 'contact.review' });
  }
  const staff = await findStaffInOrgScope(context.pool, viewerOf(caller), staffNo);
  if (!staff) {
    await context.audit.record(auditEventBy(caller, { action, result: 'DENIED', details: { staffNo, reason: 'WORK_LOG_STAFF_NOT_FOUND' } }));
    throw new DomainError('WORK_LOG_STAFF_NOT_FOUND', `no staff member ${staffNo} in your org`, { staffNo });
  }
  return staff;
}

async function presentDay(context: ContactContext, caller: ApiCaller, owner: LogStaff, day: string): Promise<{ response: WorkLogDayResponse; customerIds: bigint[] }> {
  const [stored, visits, today] = await Promise.all([
    readDay(context.pool, owner.staffId, day),
    listVisits(context.pool, viewerOf(caller), owner.staffId, day),
    todayInDatabase(context.pool),
  ]);
  return {
    response: {
      staff: { staffNo: owner.staffNo, name: owner.name },
      date: day,
      saved: stored.updatedAt !== null,
      updatedAt: stored.updatedAt?.toISOString() ?? null,
      entries: stored.entries,
      visits: visits.map((v) => ({
        recordId: v.recordId.toString(),
        customer: { id: v.customerId.toString(), customerNo: v.customerNo, name: v.customerName },
        channel: v.channel,
        purpose: v.purpose,
        occurredAt: v.occurredAt.toISOString(),
        durationMinutes: v.durationMinutes,
        outcome: v.outcome,
        notes: v.notes,
        nextStep: v.nextStep,
      })),
      editable: owner.staffId === caller.staffId && day <= today,
    },
    customerIds: [...new Set(visits.map((v) => v.customerId))],
  };
}

export async function readWorkLogDay(context: ContactContext, caller: ApiCaller, query: { date: string; staffNo?: string | undefined }): Promise<WorkLogDayResponse> {
  const owner = await logOwner(context, caller, query.staffNo, WORK_LOG_AUDIT.read);
  const { response, customerIds } = await presentDay(context, caller, owner, query.date);
  await context.audit.record(
    auditEventBy(caller, { action: WORK_LOG_AUDIT.read, result: 'ALLOWED', customerIds, details: { staffNo: owner.staffNo, date: query.date } }),
  );
  return response;
}

export async function saveWorkLogDay(context: ContactContext, caller: ApiCaller, day: string, body: WorkLogBody): Promise<WorkLogDayResponse> {
  const today = await todayInDatabase(context.pool);
  if (day > today) {
    await context.audit.record(auditEventBy(caller, { action: WORK_LOG_AUDIT.save, result: 'DENIED', details: { date: day, reason: 'WORK_LOG_FUTURE_DAY' } }));
    throw new DomainError('WORK_LOG_FUTURE_DAY', 'a work log is written for today or a day before', { date: day, today });
  }
  const entries = cleanEntries(body.entries);
  await inTransaction(context.pool, (client) => replaceDay(client, caller.staffId, day, entries));
  await context.audit.record(auditEventBy(caller, { action: WORK_LOG_AUDIT.save, result: 'ALLOWED', details: { date: day, entries: entries.length } }));
  const { response } = await presentDay(context, caller, await self(context, caller), day);
  return response;
}

const zeroByChannel = (): Record<ContactChannel, number> => Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, 0])) as Record<ContactChannel, number>;

export async function readWorkLogWeek(context: ContactContext, caller: ApiCaller, query: { weekOf?: string | undefined; staffNo?: string | undefined }): Promise<WorkLogWeekResponse> {
  const week = weekContaining(query.weekOf ?? (await todayInDatabase(context.pool)));
  let team: LogStaff[];
  if (query.staffNo === undefined && can(caller.role, 'contact.review')) team = await listTeam(context.pool, viewerOf(caller));
  else team = [await logOwner(context, caller, query.staffNo, WORK_LOG_AUDIT.week)];
  const figures = await weekFigures(
    context.pool,
    team.map((s) => s.staffId),
    week.start,
    week.end,
  );
  const days = daysBetween(week.start, week.end);
  const totals = { contacts: 0, customers: 0, byChannel: zeroByChannel(), entries: 0, daysLogged: 0 };
  const staff = team.map((member) => {
    const byChannel = zeroByChannel();
    for (const row of figures.channels) if (row.staffId === member.staffId) byChannel[row.channel] += row.contacts;
    const perDay = days.map((date) => {
      const row = figures.days.find((d) => d.staffId === member.staffId && d.day === date);
      return { date, saved: row?.saved ?? false, entries: row?.entries ?? 0, contacts: row?.contacts ?? 0 };
    });
    const summary = {
      staff: { staffNo: member.staffNo, name: member.name, role: member.role },
      days: perDay,
      contacts: perDay.reduce((sum, d) => sum + d.contacts, 0),
      customers: figures.customers.find((c) => c.staffId === member.staffId)?.customers ?? 0,
      byChannel,
      entries: perDay.reduce((sum, d) => sum + d.entries, 0),
      daysLogged: perDay.filter((d) => d.saved).length,
    };
    totals.contacts += summary.contacts;
    totals.entries += summary.entries;
    totals.daysLogged += summary.daysLogged;
    for (const channel of CONTACT_CHANNELS) totals.byChannel[channel] += byChannel[channel];
    return summary;
  });
  // Distinct over the team, not the sum of each member's: two colleagues may see one customer.
  totals.customers = figures.customers.find((c) => c.staffId === null)?.customers ?? 0;
  await context.audit.record(
    auditEventBy(caller, { action: WORK_LOG_AUDIT.week, result: 'ALLOWED', details: { start: week.start, staffNos: team.map((s) => s.staffNo) } }),
  );
  return { week, staff, totals };
}
