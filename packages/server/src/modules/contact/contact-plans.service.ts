/**
 * Contact plans (约访计划, DOMAIN.md §7): the daily build from rule duties and detected events,
 * and what staff do with the items — today's list, the calendar, postpone, hand to the supporting
 * advisor. Items are closed by logging a contact (contact-records.service.ts).
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { festivalDate } from '../../platform/calendar/calendar.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { SqlParams } from '../../platform/db/sql-params.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import type { Locale } from '../../platform/http/locale.ts';
import { policyContext } from '../service-tiers/policy-context.ts';
import { planDutySpecs, type FestivalDates } from './contact-duties.rules.ts';
import { describeDuty } from './contact-duty-messages.ts';
import { describeContactEvent, isContactEventType } from './contact-event-messages.ts';
import { ruleChannel, talkingPoint } from './contact-plans.rules.ts';
import type { PlanItemResponse } from './contact-plans.schemas.ts';
import { buildPlanItems, listItems, lockItem, postponeItem, readTodayPage, reassignItem, type PlanItemRow, type RuleMeta } from './contact-plans.store.ts';
import { findActiveRuleSet } from './contact-rule-sets.store.ts';
import { FESTIVALS, type ContactRule, type ContactRuleKind } from './contact-rules.schemas.ts';
import { findStaffInScope, orgInScope, todayInDatabase, withinOrgCondition } from './contact-scope.store.ts';
import { viewerOf, worksOwnCustomers } from './contact-support.ts';

export const PLAN_AUDIT = {
  today: 'GET /api/contact/today',
  plan: 'GET /api/contact/plan',
  postpone: 'contact-plan-item.postpone',
  reassign: 'contact-plan-item.reassign',
} as const;

/** Events detected up to this many days before the build are still planned (a missed daily run). */
const EVENT_LOOK_BACK_DAYS = 7;
/** The calendar shows at most a quarter at once. */
const MAX_PLAN_DAYS = 92;

export const calendarFestivalDates: FestivalDates = (year) => Object.fromEntries(FESTIVALS.map((festival) => [festival, festivalDate(festival, year)])) as ReturnType<FestivalDates>;

function ruleMeta(rule: ContactRule): RuleMeta {
  const { code, kind, source, appliesTo: _appliesTo, ...parameters } = rule;
  return { channel: ruleChannel(rule), facts: { ruleCode: code, kind, source, ...parameters } };
}

/**
 * Builds the contact plans for `date` (default: the database's today): set-based over every
 * maintained customer, idempotent (building twice changes nothing). RULE items for unmet duties
 * of the current periods, EVENT items for events detected and not yet planned; items whose duty
 * got met are closed, those no longer owed cancelled, those of a customer whose maintainer
 * changed moved to the new one.
 */
export async function buildContactPlans(pool: pg.Pool, options: { date: string }): Promise<{ created: number; closed: number; cancelled: number }> {
  const ruleSet = await findActiveRuleSet(pool);
  const { evaluation } = await policyContext(pool);
  const rules = ruleSet?.rules ?? [];
  return inTransaction(pool, (client) =>
    buildPlanItems(client, {
      date: options.date,
      specs: planDutySpecs(rules, options.date, calendarFestivalDates),
      rules: Object.fromEntries(rules.map((rule) => [rule.code, ruleMeta(rule)])),
      evaluation,
      eventLookBackDays: EVENT_LOOK_BACK_DAYS,
    }),
  );
}

export function presentItem(row: PlanItemRow, today: string, locale: Locale): PlanItemResponse {
  const code = row.reason.code;
  const facts = row.reason.facts ?? {};
  const text = row.source === 'EVENT' && isContactEventType(code) ? describeContactEvent(code, facts, locale, { today }) : describeDuty(code as ContactRuleKind, facts, locale);
  return {
    id: row.id.toString(),
    customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName, serviceTier: row.serviceTier as PlanItemResponse['customer']['serviceTier'] },
    staff: { staffNo: row.staffNo, name: row.staffName },
    maintainer: { staffNo: row.maintainerStaffNo, name: row.maintainerName },
    source: row.source,
    ruleCode: row.ruleCode,
    eventType: row.eventType as PlanItemResponse['eventType'],
    dueOn: row.dueOn,
    overdue: row.status === 'OPEN' && row.dueOn < today,
    priority: row.priority,
    suggestedChannel: row.suggestedChannel,
    reason: { code, facts, text },
    talkingPoint: talkingPoint(row.source, code, locale),
    status: row.status,
    postponedFrom: row.postponedFrom,
    postponeReason: row.postponeReason,
  };
}

/** The staff member whose work the caller asks for: themselves, or one in a head's org scope. */
async function targetStaff(context: ApiContext, caller: ApiCaller, staffNo: string | undefined): Promise<{ staffId: number; staffNo: string }> {
  if (staffNo === undefined || staffNo === caller.staffNo) return { staffId: caller.staffId, staffNo: caller.staffNo };
  const staff = worksOwnCustomers(caller.role) ? undefined : await findStaffInScope(context.pool, viewerOf(caller), staffNo);
  if (!staff) throw new DomainError('CONTACT_STAFF_NOT_FOUND', `no staff member ${staffNo} in your scope`, { staffNo });
  return staff;
}

/**
 * One page of a staff member's open items due by today, ranked, with the total over all pages and
 * the day's counts. Paged because a list of hundreds of items (a new RM, a month of unmet duties)
 * cost every opening of the page the fetch, text and transfer of all of them.
 */
export async function today(context: ApiContext, caller: ApiCaller, query: { staffNo?: string | undefined; page: number; pageSize: number }, locale: Locale) {
  const staff = await targetStaff(context, caller, query.staffNo);
  const { date, rows, total, counts } = await readTodayPage(context.pool, viewerOf(caller), staff.staffId, {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  await context.audit.record(
    auditEventBy(caller, {
      action: PLAN_AUDIT.today,
      result: 'ALLOWED',
      customerIds: [...new Set(rows.map((row) => row.customerId))],
      details: { staffNo: staff.staffNo, page: query.page, pageSize: query.pageSize, count: rows.length, total },
    }),
  );
  return { date, items: rows.map((row) => presentItem(row, date, locale)), total, page: query.page, pageSize: query.pageSize, counts };
}

export async function plan(context: ApiContext, caller: ApiCaller, query: { from: string; to: string; staffNo?: string | undefined; orgId?: string | undefined }, locale: Locale) {
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
  if (days < 0 || days > MAX_PLAN_DAYS) throw new DomainError('CONTACT_RANGE_INVALID', `from ${query.from} to ${query.to} is not a range of at most ${MAX_PLAN_DAYS} days`, { from: query.from, to: query.to, maxDays: MAX_PLAN_DAYS });
  const viewer = viewerOf(caller);
  const filter: Parameters<typeof listItems>[3] & { kind: 'range' } = { kind: 'range', from: query.from, to: query.to };
  if (query.staffNo !== undefined) filter.staffId = (await targetStaff(context, caller, query.staffNo)).staffId;
  else if (worksOwnCustomers(caller.role)) filter.ownStaffId = caller.staffId;
  if (query.orgId !== undefined) {
    const orgId = Number(query.orgId);
    if (worksOwnCustomers(caller.role) || !(await orgInScope(context.pool, viewer, orgId))) throw new DomainError('CONTACT_ORG_NOT_FOUND', `no org ${orgId} in your scope`, { orgId: query.orgId });
    filter.orgCondition = (params: SqlParams) => withinOrgCondition(params, orgId, 'c.home_outlet_id');
  }
  const date = await todayInDatabase(context.pool);
  const { evaluation } = await policyContext(context.pool);
  const rows = await listItems(context.pool, viewer, evaluation, filter);
  await context.audit.record(
    auditEventBy(caller, { action: PLAN_AUDIT.plan, result: 'ALLOWED', customerIds: [...new Set(rows.map((row) => row.customerId))], details: { ...query, count: rows.length } }),
  );
  return { items: rows.map((row) => presentItem(row, date, locale)) };
}

type Change = { kind: 'postpone'; to: string; reason: string } | { kind: 'reassign' };

/**
 * An item the caller may change: in their scope (else 404), open (else 409), and for an RM or
 * advisor one they do or own (else 403); a head may change the items of their org's customers.
 */
async function changeItem(context: ApiContext, caller: ApiCaller, id: bigint, change: Change, locale: Locale): Promise<PlanItemResponse> {
  const action = change.kind === 'postpone' ? PLAN_AUDIT.postpone : PLAN_AUDIT.reassign;
  const viewer = viewerOf(caller);
  const { evaluation } = await policyContext(context.pool);
  const outcome = await inTransaction(context.pool, async (client) => {
    await lockItem(client, id);
    const [row] = await listItems(client, viewer, evaluation, { kind: 'ids', ids: [id] });
    if (!row) return { refused: new DomainError('CONTACT_PLAN_ITEM_NOT_FOUND', `no plan item ${id} in your scope`, { id: id.toString() }) };
    const refuse = (error: DomainError) => ({ refused: error, row });
    if (worksOwnCustomers(caller.role) && row.staffId !== caller.staffId && row.maintainerStaffId !== caller.staffId) {
      return refuse(new DomainError('CONTACT_PLAN_ITEM_NOT_YOURS', `plan item ${id} belongs to another staff member`, { id: id.toString() }));
    }
    if (row.status !== 'OPEN') return refuse(new DomainError('CONTACT_PLAN_ITEM_CLOSED', `plan item ${id} is ${row.status}`, { id: id.toString(), status: row.status }));
    const date = await todayInDatabase(client);
    if (change.kind === 'postpone') {
      if (change.to <= row.dueOn || change.to < date) {
        return refuse(new DomainError('CONTACT_POSTPONE_DATE_INVALID', `a plan item due ${row.dueOn} can only be postponed to a later day`, { dueOn: row.dueOn, to: change.to }));
      }
      await postponeItem(client, id, change.to, change.reason);
    } else {
      if (row.advisorStaffId === null) return refuse(new DomainError('CONTACT_NO_SUPPORTING_ADVISOR', `customer ${row.customerNo} has no supporting advisor`, { customerNo: row.customerNo }));
      await reassignItem(client, id, row.advisorStaffId);
    }
    const [changed] = await listItems(client, viewer, evaluation, { kind: 'ids', ids: [id] });
    return { row: changed!, date };
  });
  if (outcome.refused !== undefined) {
    await context.audit.record(
      auditEventBy(caller, { action, result: 'DENIED', ...(outcome.row && { customerIds: [outcome.row.customerId] }), details: { planItemId: id.toString(), reason: outcome.refused.code } }),
    );
    throw outcome.refused;
  }
  const details: Record<string, string> = change.kind === 'postpone' ? { planItemId: id.toString(), to: change.to, reason: change.reason } : { planItemId: id.toString(), staffNo: outcome.row.staffNo };
  await context.audit.record(auditEventBy(caller, { action, result: 'ALLOWED', customerIds: [outcome.row.customerId], details }));
  return presentItem(outcome.row, outcome.date, locale);
}

export const postpone = (context: ApiContext, caller: ApiCaller, id: bigint, body: { to: string; reason: string }, locale: Locale) =>
  changeItem(context, caller, id, { kind: 'postpone', ...body }, locale);
export const reassign = (context: ApiContext, caller: ApiCaller, id: bigint, locale: Locale) => changeItem(context, caller, id, { kind: 'reassign' }, locale);
