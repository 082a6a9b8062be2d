/**
 * Contact rule set versions (定期联系制度 as data, DOMAIN.md §7): list, draft, activate. Like tier
 * policies, a version in use is never edited: a new one is drafted and activated, the previous one
 * retired, in one transaction; every write is audited.
 */
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { auditEventBy } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import type { ContactRuleSetBody } from './contact-rules.schemas.ts';
import type { RuleSetResponse } from './contact-rule-sets.schemas.ts';
import { activate, findRuleSet, insertDraft, listRuleSets, type StoredRuleSet } from './contact-rule-sets.store.ts';

export const RULE_SET_AUDIT = { draft: 'contact-rule-set.draft', activate: 'contact-rule-set.activate' } as const;

function present(set: StoredRuleSet): RuleSetResponse {
  return {
    id: String(set.id),
    version: set.version,
    name: set.name,
    status: set.status,
    rules: set.rules,
    eventSettings: set.eventSettings,
    createdBy: set.createdBy,
    createdAt: set.createdAt.toISOString(),
    activatedAt: set.activatedAt?.toISOString() ?? null,
  };
}

export async function listVersions(context: ApiContext): Promise<{ items: RuleSetResponse[] }> {
  return { items: (await listRuleSets(context.pool)).map(present) };
}

export async function draftRuleSet(context: ApiContext, caller: ApiCaller, body: ContactRuleSetBody): Promise<RuleSetResponse> {
  const id = await inTransaction(context.pool, (client) => insertDraft(client, body, caller.staffNo));
  const stored = (await findRuleSet(context.pool, id))!;
  await context.audit.record(auditEventBy(caller, { action: RULE_SET_AUDIT.draft, result: 'ALLOWED', details: { ruleSetId: String(id), version: stored.version, rules: body.rules.length } }));
  return present(stored);
}

export async function activateRuleSet(context: ApiContext, caller: ApiCaller, id: number): Promise<RuleSetResponse> {
  const outcome = await inTransaction(context.pool, async (client) => {
    const set = await findRuleSet(client, id, true);
    if (!set) return { refused: new DomainError('CONTACT_RULE_SET_NOT_FOUND', `no contact rule set ${id}`, { id: String(id) }) };
    if (set.status !== 'DRAFT') {
      return { refused: new DomainError('CONTACT_RULE_SET_NOT_DRAFT', `version ${set.version} is ${set.status}; only a draft can be activated`, { version: set.version, status: set.status }) };
    }
    return { set, retiredId: await activate(client, id) };
  });
  if (outcome.refused !== undefined) {
    await context.audit.record(auditEventBy(caller, { action: RULE_SET_AUDIT.activate, result: 'DENIED', details: { ruleSetId: String(id), reason: outcome.refused.code } }));
    throw outcome.refused;
  }
  await context.audit.record(
    auditEventBy(caller, { action: RULE_SET_AUDIT.activate, result: 'ALLOWED', details: { ruleSetId: String(id), version: outcome.set.version, retiredId: outcome.retiredId === null ? null : String(outcome.retiredId) } }),
  );
  return present((await findRuleSet(context.pool, id))!);
}
