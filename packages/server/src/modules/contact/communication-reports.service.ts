/**
 * Communication report use cases (客户沟通报告, DOMAIN.md §7): write a draft, edit, submit, review
 * or return, list, read. Scope is in the SQL (communication-reports.store.ts); who may do what in
 * which state is pure (communication-reports.rules.ts); writes carry the version read, so two
 * heads reviewing at once get one success and one 409; every step writes an audit row (§11).
 */
import type pg from 'pg';
import { can } from '../../platform/access/permissions.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction, type Queryable } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import {
  allowedActions,
  checkReview,
  missingForSubmission,
  reviewAction,
  transition,
  type ReportAction,
  type ReportActor,
  type ReportStatus,
  type TransitionProblem,
} from './communication-reports.rules.ts';
import type { CreateReportBody, ReportListKind, ReportResponse, ReviewReportBody, UpdateReportBody } from './communication-reports.schemas.ts';
import {
  findReport,
  findScopedCustomer,
  insertReport,
  isRecordOfCustomer,
  listReports,
  moveReport,
  updateContent,
  type ReportContentInput,
  type ReportRow,
} from './communication-reports.store.ts';
import { todayInDatabase } from './work-log.store.ts';

export interface ContactContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const REPORT_AUDIT = {
  create: 'communication-report.create',
  update: 'communication-report.update',
  submit: 'communication-report.submit',
  review: 'communication-report.review',
  list: 'GET /api/contact/reports',
  read: 'GET /api/contact/reports/:reportId',
} as const;

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });
const actorOf = (caller: ApiCaller): ReportActor => ({ staffId: caller.staffId, mayReview: can(caller.role, 'contact.review') });

function notFound(id: bigint): DomainError {
  return new DomainError('COMMUNICATION_REPORT_NOT_FOUND', `no communication report ${id} in your scope`, { id: id.toString() });
}

function conflict(id: bigint): DomainError {
  return new DomainError('COMMUNICATION_REPORT_VERSION_CONFLICT', `communication report ${id} was changed by someone else first`, { id: id.toString() });
}

/** The refusals of the rules as errors; each code written out, so the catalogue test sees it. */
const REFUSALS: Record<TransitionProblem, (message: string, details: Record<string, unknown>) => DomainError> = {
  COMMUNICATION_REPORT_NOT_AUTHOR: (m, d) => new DomainError('COMMUNICATION_REPORT_NOT_AUTHOR', m, d),
  COMMUNICATION_REPORT_OWN_REPORT: (m, d) => new DomainError('COMMUNICATION_REPORT_OWN_REPORT', m, d),
  COMMUNICATION_REPORT_NOT_REVIEWER: (m, d) => new DomainError('COMMUNICATION_REPORT_NOT_REVIEWER', m, d),
  COMMUNICATION_REPORT_WRONG_STATE: (m, d) => new DomainError('COMMUNICATION_REPORT_WRONG_STATE', m, d),
};

export function presentReport(row: ReportRow, actor: ReportActor): ReportResponse {
  return {
    id: row.id.toString(),
    customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName, outletCode: row.outletCode, outletName: row.outletName },
    author: row.author,
    contactRecord: row.contactRecord && { id: row.contactRecord.id.toString(), channel: row.contactRecord.channel, occurredAt: row.contactRecord.occurredAt.toISOString() },
    opportunityId: row.opportunityId?.toString() ?? null,
    metOn: row.metOn,
    keyPoints: row.keyPoints,
    needs: row.needs,
    nextActions: row.nextActions,
    status: row.status,
    version: row.version,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    review:
      row.review && (row.status === 'REVIEWED' || row.status === 'RETURNED')
        ? {
            decision: row.status,
            reviewer: row.review.reviewer,
            ratings: row.review.ratings,
            comment: row.review.comment,
            reviewedAt: row.review.reviewedAt.toISOString(),
          }
        : null,
    history: row.history.map((t) => ({ from: t.from, to: t.to, by: t.by, ratings: t.ratings, comment: t.comment, at: t.at.toISOString() })),
    actions: allowedActions(row, actor),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Checks the linked contact record and the meeting day; returns the content as stored. */
async function contentOf(db: Queryable, customerId: bigint, body: Omit<CreateReportBody, 'customerId'>): Promise<ReportContentInput> {
  if (body.metOn > (await todayInDatabase(db))) {
    throw new DomainError('COMMUNICATION_REPORT_MET_ON_FUTURE', 'the meeting reported on cannot be in the future', { field: 'metOn', metOn: body.metOn });
  }
  const contactRecordId = body.contactRecordId === null ? null : BigInt(body.contactRecordId);
  if (contactRecordId !== null && !(await isRecordOfCustomer(db, contactRecordId, customerId))) {
    throw new DomainError('COMMUNICATION_REPORT_RECORD_MISMATCH', 'the contact record is not one of this customer', { field: 'contactRecordId', contactRecordId: body.contactRecordId });
  }
  return {
    contactRecordId,
    opportunityId: body.opportunityId === null ? null : BigInt(body.opportunityId),
    metOn: body.metOn,
    keyPoints: body.keyPoints,
    needs: body.needs,
    nextActions: body.nextActions,
  };
}

async function readUnaudited(context: ContactContext, caller: ApiCaller, id: bigint): Promise<ReportResponse> {
  const row = await findReport(context.pool, viewerOf(caller), id);
  if (!row) throw notFound(id);
  return presentReport(row, actorOf(caller));
}

export async function createReport(context: ContactContext, caller: ApiCaller, body: CreateReportBody): Promise<ReportResponse> {
  const customer = await findScopedCustomer(context.pool, viewerOf(caller), BigInt(body.customerId));
  if (!customer) {
    await context.audit.record(auditEventBy(caller, { action: REPORT_AUDIT.create, result: 'DENIED', details: { reason: 'CUSTOMER_NOT_FOUND', customerId: body.customerId } }));
    throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope', { customerId: body.customerId });
  }
  const id = await inTransaction(context.pool, async (client) => {
    const content = await contentOf(client, customer.customerId, body);
    return insertReport(client, { ...content, customerId: customer.customerId, authorStaffId: caller.staffId });
  });
  await context.audit.record(
    auditEventBy(caller, { action: REPORT_AUDIT.create, result: 'ALLOWED', customerIds: [customer.customerId], details: { reportId: id.toString() } }),
  );
  return readUnaudited(context, caller, id);
}

/**
 * The common path of every change: load in scope, check the rule, check the version, write
 * conditionally (the write fails when another change won the race), audit either way.
 */
async function change(
  context: ContactContext,
  caller: ApiCaller,
  id: bigint,
  input: { action: ReportAction; auditAction: string; version: number },
  write: (client: pg.PoolClient, row: ReportRow, to: ReportStatus) => Promise<boolean>,
): Promise<ReportResponse> {
  type Outcome =
    | { done: true; row: ReportRow; to: ReportStatus }
    | { done: false; row: ReportRow | undefined; refused: TransitionProblem | 'COMMUNICATION_REPORT_NOT_FOUND' | 'COMMUNICATION_REPORT_VERSION_CONFLICT' };
  const refusedBy = async (error: unknown, row: ReportRow | undefined) => {
    // A refusal of the content (incomplete, a future day, another customer's record) is audited too.
    if (error instanceof DomainError) {
      await context.audit.record(
        auditEventBy(caller, { action: input.auditAction, result: 'DENIED', ...(row && { customerIds: [row.customerId] }), details: { reportId: id.toString(), action: input.action, reason: error.code } }),
      );
    }
    return error;
  };
  let loaded: ReportRow | undefined;
  const outcome = await inTransaction(context.pool, async (client): Promise<Outcome> => {
    const row = await findReport(client, viewerOf(caller), id);
    if (!row) return { done: false, row: undefined, refused: 'COMMUNICATION_REPORT_NOT_FOUND' };
    loaded = row;
    const next = transition(row, actorOf(caller), input.action);
    // Who may act comes first; then a stale version (the state read was someone else's before):
    // a head who lost a review race learns that, not that the report is no longer submitted.
    if ('problem' in next && next.problem !== 'COMMUNICATION_REPORT_WRONG_STATE') return { done: false, row, refused: next.problem };
    if (row.version !== input.version) return { done: false, row, refused: 'COMMUNICATION_REPORT_VERSION_CONFLICT' };
    if ('problem' in next) return { done: false, row, refused: next.problem };
    if (!(await write(client, row, next.to))) return { done: false, row, refused: 'COMMUNICATION_REPORT_VERSION_CONFLICT' };
    return { done: true, row, to: next.to };
  }).catch(async (error: unknown) => {
    throw await refusedBy(error, loaded);
  });
  const details = { reportId: id.toString(), action: input.action };
  if (!outcome.done) {
    const { row, refused } = outcome;
    await context.audit.record(
      auditEventBy(caller, { action: input.auditAction, result: 'DENIED', ...(row && { customerIds: [row.customerId] }), details: { ...details, reason: refused } }),
    );
    if (!row || refused === 'COMMUNICATION_REPORT_NOT_FOUND') throw notFound(id);
    if (refused === 'COMMUNICATION_REPORT_VERSION_CONFLICT') throw conflict(id);
    throw REFUSALS[refused](`communication report ${id} cannot be changed that way by ${caller.staffNo} now`, { id: id.toString(), status: row.status });
  }
  const row = outcome.row;
  await context.audit.record(auditEventBy(caller, { action: input.auditAction, result: 'ALLOWED', customerIds: [row.customerId], details: { ...details, status: outcome.to } }));
  return readUnaudited(context, caller, id);
}

export async function updateReport(context: ContactContext, caller: ApiCaller, id: bigint, body: UpdateReportBody): Promise<ReportResponse> {
  return change(context, caller, id, { action: 'EDIT', auditAction: REPORT_AUDIT.update, version: body.version }, async (client, row) =>
    updateContent(client, id, body.version, await contentOf(client, row.customerId, body)),
  );
}

export async function submitReport(context: ContactContext, caller: ApiCaller, id: bigint, body: { version: number }): Promise<ReportResponse> {
  return change(context, caller, id, { action: 'SUBMIT', auditAction: REPORT_AUDIT.submit, version: body.version }, async (client, row, to) => {
    const missing = missingForSubmission(row);
    if (missing.length > 0) {
      throw new DomainError('COMMUNICATION_REPORT_INCOMPLETE', `communication report ${id} lacks ${missing.join(', ')}`, { id: id.toString(), fields: missing });
    }
    return moveReport(client, { id, version: body.version, from: row.status, to, staffId: caller.staffId });
  });
}

export async function reviewReport(context: ContactContext, caller: ApiCaller, id: bigint, body: ReviewReportBody): Promise<ReportResponse> {
  const problem = checkReview(body);
  if (problem?.code === 'COMMUNICATION_REPORT_COMMENT_REQUIRED') {
    throw new DomainError('COMMUNICATION_REPORT_COMMENT_REQUIRED', 'returning a report needs a comment', { field: 'comment' });
  }
  if (problem?.code === 'COMMUNICATION_REPORT_RATINGS_REQUIRED') {
    throw new DomainError('COMMUNICATION_REPORT_RATINGS_REQUIRED', 'approving a report needs the three ratings', { fields: problem.fields });
  }
  const complete = body.effectiveness !== null && body.compliance !== null && body.progress !== null;
  return change(context, caller, id, { action: reviewAction(body.decision), auditAction: REPORT_AUDIT.review, version: body.version }, (client, row, to) =>
    moveReport(client, {
      id,
      version: body.version,
      from: row.status,
      to,
      staffId: caller.staffId,
      comment: body.comment,
      ...(complete && { ratings: { effectiveness: body.effectiveness!, compliance: body.compliance!, progress: body.progress! } }),
    }),
  );
}

export async function readReport(context: ContactContext, caller: ApiCaller, id: bigint): Promise<ReportResponse> {
  const row = await findReport(context.pool, viewerOf(caller), id);
  if (!row) {
    await context.audit.record(auditEventBy(caller, { action: REPORT_AUDIT.read, result: 'DENIED', details: { reportId: id.toString(), reason: 'COMMUNICATION_REPORT_NOT_FOUND' } }));
    throw notFound(id);
  }
  await context.audit.record(auditEventBy(caller, { action: REPORT_AUDIT.read, result: 'ALLOWED', customerIds: [row.customerId], details: { reportId: id.toString() } }));
  return presentReport(row, actorOf(caller));
}

export async function listForCaller(context: ContactContext, caller: ApiCaller, kind: ReportListKind): Promise<{ items: ReportResponse[] }> {
  if (kind !== 'mine' && !can(caller.role, 'contact.review')) {
    throw new DomainError('FORBIDDEN', 'only heads review communication reports', { permission: 'contact.review' });
  }
  const rows = await listReports(context.pool, viewerOf(caller), { kind });
  await context.audit.record(
    auditEventBy(caller, { action: REPORT_AUDIT.list, result: 'ALLOWED', customerIds: [...new Set(rows.map((r) => r.customerId))], details: { kind, count: rows.length } }),
  );
  const actor = actorOf(caller);
  return { items: rows.map((row) => presentReport(row, actor)) };
}
