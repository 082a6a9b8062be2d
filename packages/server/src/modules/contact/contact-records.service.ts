/**
 * Contact records (联络记录, DOMAIN.md §7): logging a contact, which closes the plan items it did,
 * and a customer's contact timeline. A marketing purpose over a channel the customer has not
 * consented to is refused (§13 PIPL); service contacts never need consent.
 */
import { CHANNEL_NAMES } from './contact-duty-messages.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { policyContext } from '../service-tiers/policy-context.ts';
import { needsMarketingConsent } from './contact-duties.rules.ts';
import { closeItems, listItems, lockItem } from './contact-plans.store.ts';
import type { ContactRecordResponse, RecordBody } from './contact-records.schemas.ts';
import { findRecord, insertRecord, isInFuture, listCustomerRecords, type RecordRow } from './contact-records.store.ts';
import { findCustomerInScope } from './contact-scope.store.ts';
import { customerNotFound, viewerOf, worksOwnCustomers } from './contact-support.ts';
import { hasConsent } from './marketing-consent.store.ts';

export const RECORD_AUDIT = { log: 'contact-record.create', list: 'GET /api/customers/:customerId/contact-records' } as const;

function present(row: RecordRow): ContactRecordResponse {
  return {
    id: row.id.toString(),
    customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName },
    staff: { staffNo: row.staffNo, name: row.staffName },
    channel: row.channel as ContactRecordResponse['channel'],
    purpose: row.purpose as ContactRecordResponse['purpose'],
    occurredAt: row.occurredAt.toISOString(),
    durationMinutes: row.durationMinutes,
    outcome: row.outcome as ContactRecordResponse['outcome'],
    notes: row.notes,
    nextStep: row.nextStep,
    nextStepOn: row.nextStepOn,
    planItemIds: row.planItemIds,
  };
}

export async function logContact(context: ApiContext, caller: ApiCaller, body: RecordBody): Promise<ContactRecordResponse> {
  const viewer = viewerOf(caller);
  const deny = async (reason: string, customerId?: bigint) =>
    context.audit.record(auditEventBy(caller, { action: RECORD_AUDIT.log, result: 'DENIED', ...(customerId !== undefined && { customerIds: [customerId] }), details: { customerNo: body.customerNo, reason } }));
  const customer = await findCustomerInScope(context.pool, viewer, { customerNo: body.customerNo });
  if (!customer) {
    await deny('CUSTOMER_NOT_FOUND');
    throw customerNotFound({ customerNo: body.customerNo });
  }
  if (await isInFuture(context.pool, body.occurredAt)) {
    throw new DomainError('CONTACT_OCCURRED_IN_FUTURE', 'a contact is logged after it took place', { occurredAt: body.occurredAt });
  }
  if (needsMarketingConsent(body.purpose, body.channel) && !(await hasConsent(context.pool, customer.id, body.channel))) {
    await deny('CONTACT_CONSENT_REQUIRED', customer.id);
    throw new DomainError('CONTACT_CONSENT_REQUIRED', `customer ${customer.customerNo} has not consented to marketing by ${body.channel}`, {
      customerNo: customer.customerNo,
      channel: body.channel,
      // The message names the channel in the caller's language, not by its code.
      channelName: { zh: CHANNEL_NAMES[body.channel]['zh-CN'], en: CHANNEL_NAMES[body.channel].en },
      purpose: body.purpose,
    });
  }
  const ids = [...new Set(body.planItemIds)].map((id) => BigInt(id));
  const { evaluation } = await policyContext(context.pool);
  const outcome = await inTransaction(context.pool, async (client) => {
    for (const id of ids) await lockItem(client, id);
    // Only this customer's items in the caller's scope can be done by this record; an RM's own or their customers'.
    const items = ids.length === 0 ? [] : await listItems(client, viewer, evaluation, { kind: 'ids', ids, customerId: customer.id });
    const missing = ids.filter((id) => !items.some((item) => item.id === id));
    if (missing.length > 0) return { refused: new DomainError('CONTACT_PLAN_ITEM_NOT_FOUND', `no plan item ${missing.join(', ')} of ${customer.customerNo} in your scope`, { id: missing.join(', ') }) };
    const notYours = items.filter((item) => worksOwnCustomers(caller.role) && item.staffId !== caller.staffId && item.maintainerStaffId !== caller.staffId);
    if (notYours.length > 0) return { refused: new DomainError('CONTACT_PLAN_ITEM_NOT_YOURS', 'a linked plan item belongs to another staff member', { id: notYours.map((item) => item.id.toString()).join(', ') }) };
    const closed = items.filter((item) => item.status !== 'OPEN');
    if (closed.length > 0) {
      return { refused: new DomainError('CONTACT_PLAN_ITEM_CLOSED', `plan item ${closed[0]!.id} is ${closed[0]!.status}`, { id: closed[0]!.id.toString(), status: closed[0]!.status }) };
    }
    const recordId = await insertRecord(client, customer.id, caller.staffId, body);
    const closedIds = await closeItems(client, ids, recordId);
    return { recordId, closedIds };
  });
  if (outcome.refused !== undefined) {
    await deny(outcome.refused.code, customer.id);
    throw outcome.refused;
  }
  await context.audit.record(
    auditEventBy(caller, {
      action: RECORD_AUDIT.log,
      result: 'ALLOWED',
      customerIds: [customer.id],
      details: { recordId: outcome.recordId.toString(), channel: body.channel, purpose: body.purpose, outcome: body.outcome, planItemIds: outcome.closedIds },
    }),
  );
  return present((await findRecord(context.pool, outcome.recordId))!);
}

export async function customerRecords(context: ApiContext, caller: ApiCaller, customerId: bigint): Promise<{ items: ContactRecordResponse[] }> {
  const customer = await findCustomerInScope(context.pool, viewerOf(caller), { id: customerId });
  if (!customer) {
    await context.audit.record(auditEventBy(caller, { action: RECORD_AUDIT.list, result: 'DENIED', details: { customerId: customerId.toString(), reason: 'CUSTOMER_NOT_FOUND' } }));
    throw customerNotFound({ id: customerId });
  }
  const rows = await listCustomerRecords(context.pool, customerId);
  await context.audit.record(auditEventBy(caller, { action: RECORD_AUDIT.list, result: 'ALLOWED', customerIds: [customerId], details: { count: rows.length } }));
  return { items: rows.map(present) };
}
