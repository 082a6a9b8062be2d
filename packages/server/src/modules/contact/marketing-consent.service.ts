/**
 * Marketing consent per channel (§13 PIPL: per purpose and channel, withdrawable as easily as
 * given). Reading and recording are audited; the history is kept (append-only table).
 */
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { findCustomerInScope } from './contact-scope.store.ts';
import { CONSENT_CHANNELS } from './contact-duties.rules.ts';
import { customerNotFound, viewerOf } from './contact-support.ts';
import type { ConsentBody, ConsentState } from './marketing-consent.schemas.ts';
import { insertConsent, latestConsents } from './marketing-consent.store.ts';

export const CONSENT_AUDIT = { read: 'GET /api/customers/:customerId/marketing-consent', record: 'marketing-consent.record' } as const;

async function stateOf(context: ApiContext, customerId: bigint): Promise<ConsentState> {
  const latest = new Map((await latestConsents(context.pool, customerId)).map((row) => [row.channel, row]));
  return {
    channels: CONSENT_CHANNELS.map((channel) => {
      const row = latest.get(channel);
      return {
        channel,
        granted: row?.granted ?? false,
        source: (row?.source as ConsentState['channels'][number]['source']) ?? null,
        recordedAt: row?.recordedAt.toISOString() ?? null,
        recordedBy: row?.staffNo ? { staffNo: row.staffNo, name: row.staffName ?? '' } : null,
      };
    }),
  };
}

export async function readConsent(context: ApiContext, caller: ApiCaller, customerId: bigint): Promise<ConsentState> {
  const customer = await findCustomerInScope(context.pool, viewerOf(caller), { id: customerId });
  if (!customer) {
    await context.audit.record(auditEventBy(caller, { action: CONSENT_AUDIT.read, result: 'DENIED', details: { customerId: customerId.toString(), reason: 'CUSTOMER_NOT_FOUND' } }));
    throw customerNotFound({ id: customerId });
  }
  await context.audit.record(auditEventBy(caller, { action: CONSENT_AUDIT.read, result: 'ALLOWED', customerIds: [customerId] }));
  return stateOf(context, customerId);
}

export async function recordConsent(context: ApiContext, caller: ApiCaller, customerId: bigint, body: ConsentBody): Promise<ConsentState> {
  const customer = await findCustomerInScope(context.pool, viewerOf(caller), { id: customerId });
  if (!customer) {
    await context.audit.record(auditEventBy(caller, { action: CONSENT_AUDIT.record, result: 'DENIED', details: { customerId: customerId.toString(), reason: 'CUSTOMER_NOT_FOUND' } }));
    throw customerNotFound({ id: customerId });
  }
  await insertConsent(context.pool, customerId, body, caller.staffId);
  await context.audit.record(auditEventBy(caller, { action: CONSENT_AUDIT.record, result: 'ALLOWED', customerIds: [customerId], details: { ...body } }));
  return stateOf(context, customerId);
}
