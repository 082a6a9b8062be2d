/**
 * Card types, issuing outlets and card stock (DOMAIN.md §5): the bank's reference data for cards
 * and the blanks each issuing outlet holds. Every write is audited; stock is read within the
 * caller's org scope, and written only for issuing outlets inside it.
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { auditEventBy } from '../../platform/audit/audit.routes-support.ts';
import type { JsonObject } from '../../platform/audit/audit.rules.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { stockAlert } from './card-stock.rules.ts';
import { addStock, issuingOutletInScope, listIssuingOutlets, listStock, recordMovement, setLevels, takeMany } from './card-stock.store.ts';
import type { CardContext } from './cards.service.ts';
import type { CardTypeBody } from './cards.schemas.ts';
import { findCardType, listCardTypes } from './cards.store.ts';

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

async function audited(context: CardContext, caller: ApiCaller, action: string, details: JsonObject) {
  await context.audit.record(auditEventBy(caller, { action, result: 'ALLOWED', details }));
}

export async function cardTypes(context: CardContext) {
  return { items: await listCardTypes(context.pool) };
}

function codeTaken(error: unknown, code: string): never {
  if ((error as { constraint?: string }).constraint === 'card_type_code_key') {
    throw new DomainError('CARD_TYPE_CODE_TAKEN', 'another card type has this code', { code });
  }
  throw error;
}

export async function createCardType(context: CardContext, caller: ApiCaller, body: CardTypeBody) {
  const { rows } = await context.pool
    .query(`INSERT INTO card_type (code, name, tiers, bin, length, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
      body.code,
      body.name,
      body.tiers,
      body.bin,
      body.length,
      body.active,
    ])
    .catch((error: unknown) => codeTaken(error, body.code));
  await audited(context, caller, 'POST /api/card-types', { cardTypeId: rows[0].id, code: body.code, tiers: body.tiers, bin: body.bin, length: body.length });
  return (await findCardType(context.pool, rows[0].id))!;
}

/** Changing BIN or length affects cards issued from now on; numbers already given stay as they are. */
export async function updateCardType(context: CardContext, caller: ApiCaller, id: number, body: CardTypeBody) {
  const { rowCount } = await context.pool
    .query(`UPDATE card_type SET code = $2, name = $3, tiers = $4, bin = $5, length = $6, active = $7, updated_at = now() WHERE id = $1`, [
      id,
      body.code,
      body.name,
      body.tiers,
      body.bin,
      body.length,
      body.active,
    ])
    .catch((error: unknown) => codeTaken(error, body.code));
  if (rowCount !== 1) throw new DomainError('CARD_TYPE_NOT_FOUND', 'no such card type', { cardTypeId: id });
  await audited(context, caller, 'PUT /api/card-types/:cardTypeId', { cardTypeId: id, code: body.code, tiers: body.tiers, bin: body.bin, length: body.length, active: body.active });
  return (await findCardType(context.pool, id))!;
}

export async function issuingOutlets(context: CardContext) {
  return { items: await listIssuingOutlets(context.pool) };
}

/** Flags or unflags an outlet as issuing; unflagging keeps its stock rows (they stay listed). */
export async function setIssuingOutlet(context: CardContext, caller: ApiCaller, orgId: number, issuing: boolean) {
  const { rows } = await context.pool.query(`SELECT level FROM org WHERE id = $1`, [orgId]);
  if (rows[0]?.level !== 'OUTLET') throw new DomainError('CARD_OUTLET_NOT_FOUND', 'no such outlet', { outletId: orgId });
  if (issuing) {
    await context.pool.query(`INSERT INTO card_issuing_outlet (org_id, set_by) VALUES ($1, $2) ON CONFLICT (org_id) DO NOTHING`, [orgId, caller.staffNo]);
  } else {
    const stock = await context.pool.query(`SELECT 1 FROM card_stock WHERE outlet_id = $1 LIMIT 1`, [orgId]);
    if (stock.rows.length > 0) throw new DomainError('CARD_OUTLET_HAS_STOCK', 'the outlet keeps card stock: transfer it before unflagging', { outletId: orgId });
    await context.pool.query(`DELETE FROM card_issuing_outlet WHERE org_id = $1`, [orgId]);
  }
  await audited(context, caller, 'PUT /api/card-issuing-outlets/:issuingOutletId', { orgId, issuing });
  return issuingOutlets(context);
}

export async function stock(context: CardContext, caller: ApiCaller, onlyAlerts: boolean) {
  const rows = (await listStock(context.pool, viewerOf(caller))).map((row) => ({ ...row, alert: stockAlert(row) }));
  return { items: onlyAlerts ? rows.filter((row) => row.alert !== null) : rows };
}

async function requireOutlet(context: CardContext, caller: ApiCaller, outletId: number, field: string) {
  if (!(await issuingOutletInScope(context.pool, viewerOf(caller), outletId))) {
    throw new DomainError('CARD_OUTLET_NOT_FOUND', 'no such issuing outlet in your scope', { outletId, field });
  }
}

async function requireType(context: CardContext, cardTypeId: number) {
  if (!(await findCardType(context.pool, cardTypeId))) throw new DomainError('CARD_TYPE_NOT_FOUND', 'no such card type', { cardTypeId });
}

export async function receive(context: CardContext, caller: ApiCaller, body: { outletId: number; cardTypeId: number; quantity: number; note?: string | undefined }) {
  await requireOutlet(context, caller, body.outletId, 'outletId');
  await requireType(context, body.cardTypeId);
  await inTransaction(context.pool, async (client) => {
    await addStock(client, body.outletId, body.cardTypeId, body.quantity);
    await recordMovement(client, { kind: 'RECEIPT', ...body, staffNo: caller.staffNo });
  });
  await audited(context, caller, 'POST /api/card-stock/receipts', { ...body });
  return stock(context, caller, false);
}

/** Both outlets in the caller's scope; the sender must hold the cards (no negative stock). */
export async function transfer(
  context: CardContext,
  caller: ApiCaller,
  body: { fromOutletId: number; toOutletId: number; cardTypeId: number; quantity: number; note?: string | undefined },
) {
  await requireOutlet(context, caller, body.fromOutletId, 'fromOutletId');
  await requireOutlet(context, caller, body.toOutletId, 'toOutletId');
  await requireType(context, body.cardTypeId);
  await inTransaction(context.pool, async (client) => {
    if (!(await takeMany(client, body.fromOutletId, body.cardTypeId, body.quantity))) {
      throw new DomainError('CARD_STOCK_INSUFFICIENT', 'the sending outlet holds fewer cards of this type', { quantity: body.quantity });
    }
    await addStock(client, body.toOutletId, body.cardTypeId, body.quantity);
    const movement = { cardTypeId: body.cardTypeId, quantity: body.quantity, staffNo: caller.staffNo, note: body.note };
    await recordMovement(client, { kind: 'TRANSFER_OUT', outletId: body.fromOutletId, counterpartOutletId: body.toOutletId, ...movement });
    await recordMovement(client, { kind: 'TRANSFER_IN', outletId: body.toOutletId, counterpartOutletId: body.fromOutletId, ...movement });
  });
  await audited(context, caller, 'POST /api/card-stock/transfers', { ...body });
  return stock(context, caller, false);
}

export async function updateLevels(
  context: CardContext,
  caller: ApiCaller,
  body: { outletId: number; cardTypeId: number; shortageLevel: number | null; overstockLevel: number | null },
) {
  await requireOutlet(context, caller, body.outletId, 'outletId');
  await requireType(context, body.cardTypeId);
  await setLevels(context.pool, body.outletId, body.cardTypeId, body.shortageLevel, body.overstockLevel);
  await audited(context, caller, 'PUT /api/card-stock/levels', { ...body });
  return stock(context, caller, false);
}
