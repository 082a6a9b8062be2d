/**
 * Saved filters as use cases. Each write and its audit row go together: the row is recorded
 * before the write commits, so no saved filter changes without a trace (issue 4 "Audit").
 * Listing one's own filters reads no customer data and is not audited.
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import type { JsonObject } from '../../platform/audit/audit.rules.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { sensitiveCriteriaOf } from './saved-filters.rules.ts';
import type { SavedFilter, SavedFilterBody } from './saved-filters.schemas.ts';
import { deleteSavedFilter, insertSavedFilter, isNameTaken, listSavedFilters, updateSavedFilter } from './saved-filters.store.ts';

export interface SavedFilterContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const SAVED_FILTER_ACTIONS = {
  create: 'POST /api/saved-filters',
  update: 'PUT /api/saved-filters/:id',
  remove: 'DELETE /api/saved-filters/:id',
} as const;

function notFound(id: bigint): DomainError {
  return new DomainError('SAVED_FILTER_NOT_FOUND', `no saved filter ${id} of yours`, { id: id.toString() });
}

function refuseSensitive(body: SavedFilterBody): void {
  const fields = sensitiveCriteriaOf(body.criteria);
  if (fields.length > 0) {
    throw new DomainError('SAVED_FILTER_SENSITIVE', 'a saved filter may not hold a phone or ID number', { fields });
  }
}

/** What the audit row says of a filter: its name and which criteria it uses, not their values. */
function described(filter: Pick<SavedFilter, 'id' | 'name'> & { criteria?: SavedFilterBody['criteria'] }): JsonObject {
  return { savedFilterId: filter.id, name: filter.name, ...(filter.criteria ? { criteria: Object.keys(filter.criteria).sort() } : {}) };
}

/** A name already used by this staff member becomes a 409 with a code the web app can show. */
async function naming<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isNameTaken(error)) throw new DomainError('SAVED_FILTER_NAME_TAKEN', `you already have a saved filter named ${name}`, { name });
    throw error;
  }
}

export async function listFilters(context: SavedFilterContext, caller: ApiCaller) {
  return { items: await listSavedFilters(context.pool, caller.staffId) };
}

export async function createFilter(context: SavedFilterContext, caller: ApiCaller, body: SavedFilterBody): Promise<SavedFilter> {
  refuseSensitive(body);
  return naming(body.name, () =>
    inTransaction(context.pool, async (client) => {
      const filter = await insertSavedFilter(client, caller.staffId, body);
      await context.audit.record(auditEventBy(caller, { action: SAVED_FILTER_ACTIONS.create, result: 'ALLOWED', details: described(filter) }));
      return filter;
    }),
  );
}

export async function replaceFilter(context: SavedFilterContext, caller: ApiCaller, id: bigint, body: SavedFilterBody): Promise<SavedFilter> {
  refuseSensitive(body);
  return naming(body.name, () =>
    inTransaction(context.pool, async (client) => {
      const filter = await updateSavedFilter(client, caller.staffId, id, body);
      if (!filter) throw notFound(id);
      await context.audit.record(auditEventBy(caller, { action: SAVED_FILTER_ACTIONS.update, result: 'ALLOWED', details: described(filter) }));
      return filter;
    }),
  );
}

export async function removeFilter(context: SavedFilterContext, caller: ApiCaller, id: bigint): Promise<void> {
  await inTransaction(context.pool, async (client) => {
    const deleted = await deleteSavedFilter(client, caller.staffId, id);
    if (!deleted) throw notFound(id);
    await context.audit.record(
      auditEventBy(caller, { action: SAVED_FILTER_ACTIONS.remove, result: 'ALLOWED', details: described({ id: id.toString(), name: deleted.name }) }),
    );
  });
}
