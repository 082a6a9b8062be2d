/**
 * Customer search, the customer 360 and show-in-full as use cases: load within the caller's
 * scope (in SQL), present masked, and write the audit row before anything is returned — a read
 * that cannot be audited is not served (DOMAIN.md §11: every read of a customer's file is logged).
 */
import type pg from 'pg';
import { idNumberHash, phoneHash, type SearchKey } from '../../platform/access/search-key.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import type { AuditEventInput, AuditResult, JsonObject } from '../../platform/audit/audit.rules.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { addMonths, daysInMonth } from '../aum/aum.rules.ts';
import { findPolicyInForce } from '../tiers/policy-in-force.ts';
import type { Locale } from '../tiers/tiers.explanation.ts';
import { findClosedDays, findCustomerFile, findSensitiveValues } from './customer-file.store.ts';
import { countMatchesByTier, findEvaluatedRun, findSearchPage, type EvaluationInForce, type TierLookup } from './customer-search.store.ts';
import { presentCustomerFile, presentInFull, presentSearchItems } from './customers.presenter.ts';
import {
  choosesTierLookup,
  COUNT_CAP,
  countStrategy,
  isSortable,
  monthlyAverages,
  monthsEndingWith,
  SORT_LIMIT,
  searchCounts,
  tierLookupOf,
  viewOf,
  type SearchCounts,
  type SearchFilters,
} from './customers.rules.ts';
import type { InFullField, SearchBody } from './customers.schemas.ts';
import { readTierCounts, rebuildTierCounts } from './tier-counts.store.ts';

export interface CustomerContext {
  pool: pg.Pool;
  audit: AuditWriter;
  searchKey: SearchKey;
}

/** Who is asking, from where, in which language. */
export interface Caller {
  staffId: number;
  staffNo: string;
  role: string;
  orgId: number;
  ip: string;
  locale: Locale;
}

/** Audit actions: the routes, and the action name docs/audit.md gives to unmasking. */
export const AUDIT_ACTIONS = {
  search: 'POST /api/customers/search',
  file: 'GET /api/customers/:customerId',
  showInFull: 'customer.show-in-full',
} as const;

const DAILY_DAYS = 90;
const HISTORY_MONTHS = 24;

const viewerOf = (caller: Caller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

export function auditEvent(caller: Pick<Caller, 'staffNo' | 'role' | 'ip'>, event: { action: string; result: AuditResult; customerIds?: bigint[]; fieldsInFull?: string[]; reason?: string; details?: JsonObject }): AuditEventInput {
  return { actorStaffNo: caller.staffNo, actorRole: caller.role, sourceIp: caller.ip, ...event };
}

/** The same answer for a customer that does not exist and one outside the scope: existence is not revealed. */
function notFound(locale: Locale): DomainError {
  return new DomainError('CUSTOMER_NOT_FOUND', locale === 'en' ? 'no such customer in your scope' : '客户不存在，或不在您的查看范围内');
}

/** The evaluation in force (tiers/policy-in-force.ts), with the ids every later statement binds. */
async function evaluationInForce(pool: pg.Pool): Promise<EvaluationInForce | undefined> {
  const inForce = await findPolicyInForce(pool);
  const run = inForce && (await findEvaluatedRun(pool, inForce.policyCode, inForce.month));
  return inForce && run ? { ...inForce, ...run } : undefined;
}

/**
 * Rebuilds the per-outlet tier counts now if they are stale (tier-counts.store.ts). Searches do
 * it on their own when they find them stale; a job that has just changed customers or evaluated
 * a month may call this after committing, so that no search waits for the rebuild.
 */
export async function refreshTierCounts(pool: pg.Pool): Promise<void> {
  await rebuildTierCounts(pool, await evaluationInForce(pool));
}

export async function searchCustomers(context: CustomerContext, caller: Caller, body: SearchBody) {
  const view = viewOf(caller.role);
  // The order of a list tells what its values are: sorting by AUM is reading AUM.
  if (view === 'LIMITED' && body.sort === 'aum') {
    throw new DomainError('FORBIDDEN', 'sorting by AUM needs the customer.read permission', { permission: 'customer.read' });
  }
  const filters = searchFilters(context.searchKey, body);
  const evaluation = await evaluationInForce(context.pool);
  const viewer = viewerOf(caller);
  const count = () => countSearch(context.pool, { role: caller.role, viewer, filters, evaluation });
  const page = (tierLookup: TierLookup) =>
    findSearchPage(context.pool, {
      viewer,
      view,
      filters,
      evaluation,
      sort: body.sort,
      order: body.order,
      limit: body.pageSize,
      offset: (body.page - 1) * body.pageSize,
      tierLookup,
    });
  // The counts decide whether a tier or AUM sort is affordable and how a tier filter is read;
  // otherwise the page and the counts are read side by side.
  const countsFirst = body.sort === 'serviceTier' || body.sort === 'aum' || choosesTierLookup(caller.role, filters);
  let rows: Awaited<ReturnType<typeof page>>;
  let counts: SearchCounts;
  if (countsFirst) {
    counts = await count();
    if (!isSortable(body.sort, counts)) {
      throw new DomainError(
        'SEARCH_TOO_BROAD',
        `sorting by ${body.sort} needs a search of at most ${SORT_LIMIT} customers: filter by tier, outlet or maintainer first`,
        { sort: body.sort, limit: SORT_LIMIT, total: counts.total, totalExact: counts.totalExact },
      );
    }
    rows = await page(tierLookupOf(caller.role, filters, counts));
  } else {
    [rows, counts] = await Promise.all([page('PER_CUSTOMER'), count()]);
  }
  await context.audit.record(
    auditEvent(caller, {
      action: AUDIT_ACTIONS.search,
      result: 'ALLOWED',
      customerIds: rows.map((row) => row.id),
      // Which filters were used, never a phone or ID number (not even hashed) nor the free text.
      details: {
        view,
        filters: Object.keys(body).filter((key) => !['page', 'pageSize', 'sort', 'order'].includes(key)).sort(),
        ...(body.serviceTier !== undefined ? { serviceTier: [body.serviceTier].flat() } : {}),
        ...(body.outletId !== undefined ? { outletId: body.outletId } : {}),
        ...(body.orgId !== undefined ? { orgId: body.orgId } : {}),
        ...(body.maintainerStaffNo !== undefined ? { maintainerStaffNo: body.maintainerStaffNo } : {}),
        ...(body.status !== undefined ? { status: [body.status].flat() } : {}),
        ...(body.tierChange !== undefined ? { tierChange: body.tierChange } : {}),
        page: body.page,
        pageSize: body.pageSize,
        sort: body.sort,
        order: body.order,
      },
    }),
  );
  const month = evaluation?.month.slice(0, 7);
  return {
    ...counts,
    page: body.page,
    pageSize: body.pageSize,
    tierMonth: month ?? null,
    policyCode: evaluation?.policyCode ?? null,
    ...presentSearchItems(rows, view, month === undefined ? undefined : daysInMonth(month)),
  };
}

/** Phone and ID number become their keyed hashes here; the plain values go no further. */
function searchFilters(key: SearchKey, body: SearchBody): SearchFilters {
  return {
    ...(body.q !== undefined ? { nameOrCustomerNo: body.q } : {}),
    ...(body.customerNo !== undefined ? { customerNo: body.customerNo } : {}),
    ...(body.phone !== undefined ? { phoneHash: phoneHash(key, body.phone) } : {}),
    ...(body.idNumber !== undefined ? { idNumberHash: idNumberHash(key, body.idNumber) } : {}),
    ...(body.serviceTier !== undefined ? { serviceTiers: [body.serviceTier].flat() } : {}),
    ...(body.outletId !== undefined ? { outletId: body.outletId } : {}),
    ...(body.orgId !== undefined ? { orgId: body.orgId } : {}),
    ...(body.maintainerStaffNo !== undefined ? { maintainerStaffNo: body.maintainerStaffNo } : {}),
    ...(body.status !== undefined ? { statuses: [body.status].flat() } : {}),
    ...(body.tierChange !== undefined ? { tierChange: body.tierChange } : {}),
  };
}

async function countSearch(
  pool: pg.Pool,
  query: { role: string; viewer: Viewer; filters: SearchFilters; evaluation: EvaluationInForce | undefined },
): Promise<SearchCounts> {
  const { viewer, filters, evaluation } = query;
  if (countStrategy(query.role, filters) === 'SUMMARY') {
    const read = () => readTierCounts(pool, { viewer, evaluation, outletId: filters.outletId, orgId: filters.orgId });
    let rows = await read();
    if (rows === 'STALE') {
      await rebuildTierCounts(pool, evaluation);
      rows = await read();
    }
    // Still stale: the customers changed again meanwhile; count them the other way.
    if (rows !== 'STALE') return searchCounts(rows, filters.serviceTiers);
  }
  const capped = (withTiers: boolean) => countMatchesByTier(pool, { viewer, filters, evaluation, cap: COUNT_CAP, withTiers });
  const all = await capped(false);
  if (!all.over) return searchCounts(all.rows, filters.serviceTiers);
  const inexact = { total: COUNT_CAP, totalExact: false, countsByTier: null, notEvaluated: null };
  if (filters.serviceTiers === undefined) return inexact;
  // Many customers, but perhaps few in the tiers asked for: count those on their own.
  const inTiers = await capped(true);
  return inTiers.over ? inexact : { ...inexact, total: inTiers.rows.reduce((sum, row) => sum + row.customers, 0), totalExact: true };
}

export async function readCustomerFile(context: CustomerContext, caller: Caller, customerId: bigint) {
  const [evaluation, closedDays] = await Promise.all([evaluationInForce(context.pool), findClosedDays(context.pool, DAILY_DAYS)]);
  const days = [...closedDays.recent].reverse();
  const lastDay = days[days.length - 1];
  const months = lastDay ? monthsEndingWith(lastDay.slice(0, 7), HISTORY_MONTHS) : [];
  const tierMonth = evaluation?.month.slice(0, 7);
  const row = await findCustomerFile(context.pool, {
    viewer: viewerOf(caller),
    customerId,
    evaluation,
    days: lastDay ? { from: days[0]!, to: lastDay } : undefined,
    months: { from: `${months[0] ?? '0001-01'}-01`, to: `${months[months.length - 1] ?? '0001-01'}-01` },
    tierMonths: tierMonth
      ? { from: `${addMonths(tierMonth, 1 - HISTORY_MONTHS)}-01`, to: `${tierMonth}-01` }
      : { from: '0001-01-01', to: '0001-01-01' },
  });
  if (!row) {
    await context.audit.record(auditEvent(caller, { action: AUDIT_ACTIONS.file, result: 'DENIED', customerIds: [customerId], details: { reason: 'CUSTOMER_NOT_FOUND' } }));
    throw notFound(caller.locale);
  }
  await context.audit.record(auditEvent(caller, { action: AUDIT_ACTIONS.file, result: 'ALLOWED', customerIds: [row.id], details: { view: 'FULL' } }));
  const sums = new Map(row.monthly.map(([month, cents]) => [month, BigInt(cents)]));
  return presentCustomerFile(row, {
    locale: caller.locale,
    tierMonth: evaluation,
    days,
    monthly: closedDays.firstDay && lastDay ? monthlyAverages(sums, months, { firstDay: closedDays.firstDay, lastDay }) : [],
  });
}

export async function showInFull(context: CustomerContext, caller: Caller, customerId: bigint, request: { fields: InFullField[]; reason: string }) {
  const values = await findSensitiveValues(context.pool, { viewer: viewerOf(caller), customerId, fields: new Set(request.fields) });
  if (!values) {
    await context.audit.record(
      auditEvent(caller, {
        action: AUDIT_ACTIONS.showInFull,
        result: 'DENIED',
        customerIds: [customerId],
        reason: request.reason,
        details: { reason: 'CUSTOMER_NOT_FOUND', requestedFields: request.fields },
      }),
    );
    throw notFound(caller.locale);
  }
  await context.audit.record(
    auditEvent(caller, {
      action: AUDIT_ACTIONS.showInFull,
      result: 'ALLOWED',
      customerIds: [values.id],
      fieldsInFull: request.fields,
      reason: request.reason,
      ...(values.accounts ? { details: { accountIds: values.accounts.map((a) => a.accountId) } } : {}),
    }),
  );
  return presentInFull(values);
}
