/**
 * The VIP card lifecycle as use cases (DOMAIN.md §5): find a customer's cards, apply, and act on
 * a card. Each action runs in one transaction that locks the card, checks the lifecycle rules
 * (card-lifecycle.rules.ts), takes a blank from the outlet's stock when a card is issued, and
 * writes the history row; the audit row is written before the answer. Card numbers are masked
 * in every answer and never written to a log or to the audit trail.
 */
import crypto from 'node:crypto';
import type pg from 'pg';
import { maskCardNumber } from '../../platform/access/masking.rules.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { keyedHash, type SearchKey } from '../../platform/access/search-key.ts';
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { auditEventBy } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import type { AuditResult, JsonObject } from '../../platform/audit/audit.rules.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { composeCardNumber } from './card-number.rules.ts';
import { allowedActions, checkTransition, effectiveState, expiryOf, tierMatches, type CardAction, type Refusal } from './card-lifecycle.rules.ts';
import { takeOne, recordMovement } from './card-stock.store.ts';
import type { CardSearchBody, CardView } from './cards.schemas.ts';
import {
  findCard,
  findCardType,
  findCustomer,
  findCustomerIdByCardHash,
  insertCard,
  insertEvent,
  isIssuingOutlet,
  listCards,
  lockCard,
  markIssued,
  setState,
  today,
  type CardRow,
  type CardTypeRow,
  type CustomerRow,
} from './cards.store.ts';

export interface CardContext {
  pool: pg.Pool;
  audit: AuditWriter;
  searchKey: SearchKey;
}

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

/** Audit actions: the route of each request. */
export const CARD_AUDIT = {
  search: 'POST /api/cards/search',
  customerCards: 'GET /api/customers/:customerId/cards',
  apply: 'POST /api/cards',
  action: (action: CardAction) => `POST /api/cards/:cardId/${action}`,
} as const;

async function audit(context: CardContext, caller: ApiCaller, action: string, result: AuditResult, customerIds: bigint[], details: JsonObject = {}) {
  await context.audit.record(auditEventBy(caller, { action, result, customerIds, details }));
}

const customerNotFound = () => new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope');
const cardNotFound = (cardId: bigint) => new DomainError('CARD_NOT_FOUND', 'no such card in your scope', { cardId: String(cardId) });

export function presentCard(card: CardRow, todayIs: string): CardView {
  const state = effectiveState(card.state, card.expiresOn, todayIs);
  return {
    id: card.id,
    customerId: card.customerId,
    cardType: card.cardType,
    state,
    cardNoMasked: card.cardNo === null ? null : maskCardNumber(card.cardNo),
    issuingOutlet: card.issuingOutlet,
    issuedOn: card.issuedOn,
    expiresOn: card.expiresOn,
    replacesCardId: card.replacesCardId,
    allowedActions: [...allowedActions(state)],
    history: card.history,
  };
}

async function cardsOf(context: CardContext, customer: CustomerRow) {
  const [cards, todayIs] = await Promise.all([listCards(context.pool, customer.id), today(context.pool)]);
  return {
    customer: { id: String(customer.id), customerNo: customer.customerNo, name: customer.name, serviceTier: customer.serviceTier },
    cards: cards.map((card) => presentCard(card, todayIs)),
  };
}

/** By customer number, or by a card's number (its keyed hash; the number itself goes no further). */
export async function searchCards(context: CardContext, caller: ApiCaller, body: CardSearchBody) {
  const viewer = viewerOf(caller);
  let customer: CustomerRow | undefined;
  if ('customerNo' in body) {
    customer = await findCustomer(context.pool, viewer, { customerNo: body.customerNo });
  } else {
    const customerId = await findCustomerIdByCardHash(context.pool, viewer, keyedHash(context.searchKey, body.cardNo));
    customer = customerId === undefined ? undefined : await findCustomer(context.pool, viewer, { customerId });
  }
  const by = 'customerNo' in body ? 'customerNo' : 'cardNo';
  if (!customer) {
    await audit(context, caller, CARD_AUDIT.search, 'DENIED', [], { by, reason: 'CUSTOMER_NOT_FOUND' });
    throw customerNotFound();
  }
  await audit(context, caller, CARD_AUDIT.search, 'ALLOWED', [customer.id], { by });
  return cardsOf(context, customer);
}

export async function customerCards(context: CardContext, caller: ApiCaller, customerId: bigint) {
  const customer = await findCustomer(context.pool, viewerOf(caller), { customerId });
  if (!customer) {
    await audit(context, caller, CARD_AUDIT.customerCards, 'DENIED', [customerId], { reason: 'CUSTOMER_NOT_FOUND' });
    throw customerNotFound();
  }
  await audit(context, caller, CARD_AUDIT.customerCards, 'ALLOWED', [customer.id]);
  return cardsOf(context, customer);
}

function refusalError(refusal: Refusal): DomainError {
  switch (refusal.code) {
    case 'CARD_ACTION_NOT_ALLOWED':
      return new DomainError('CARD_ACTION_NOT_ALLOWED', "the card's state does not allow this action", {
        state: refusal.state,
        action: refusal.action,
        allowed: [...refusal.allowed],
      });
    case 'CARD_OUTLET_NOT_ISSUING':
      return new DomainError('CARD_OUTLET_NOT_ISSUING', 'your outlet is not an issuing outlet');
    case 'CARD_TIER_MISMATCH':
      return new DomainError('CARD_TIER_MISMATCH', "the card type does not serve the customer's service tier", {
        serviceTier: refusal.serviceTier,
        cardTiers: [...refusal.cardTiers],
      });
    case 'CARD_EXCHANGE_SAME_TIER':
      return new DomainError('CARD_EXCHANGE_SAME_TIER', "an exchange goes to another tier's card");
  }
}

async function activeType(db: pg.PoolClient | pg.Pool, cardTypeId: number): Promise<CardTypeRow> {
  const type = await findCardType(db, cardTypeId);
  if (!type || !type.active) throw new DomainError('CARD_TYPE_NOT_FOUND', 'no such active card type', { cardTypeId });
  return type;
}

export async function applyForCard(context: CardContext, caller: ApiCaller, body: { customerId: string; cardTypeId: number; reason?: string | undefined }) {
  const customerId = BigInt(body.customerId);
  const result = await inTransaction(context.pool, async (client) => {
    const customer = await findCustomer(client, viewerOf(caller), { customerId });
    if (!customer) return undefined;
    const type = await activeType(client, body.cardTypeId);
    if (!tierMatches(customer.serviceTier, type.tiers)) {
      throw new DomainError('CARD_TIER_MISMATCH', 'the card type does not serve the customer\'s service tier', { serviceTier: customer.serviceTier, cardTiers: type.tiers });
    }
    const held = await client.query(`SELECT 1 FROM card WHERE customer_id = $1 AND state IN ('APPLIED', 'APPROVED', 'ISSUED', 'LOST') FOR UPDATE`, [customerId]);
    if (held.rows.length > 0) throw new DomainError('CARD_ALREADY_HELD', 'the customer already holds or has applied for a card');
    const cardId = await insertCard(client, { customerId, cardTypeId: type.id, state: 'APPLIED' });
    await insertEvent(client, { cardId, action: 'apply', fromState: null, toState: 'APPLIED', staffNo: caller.staffNo, orgId: caller.orgId, reason: body.reason });
    return cardId;
  }).catch(async (error: unknown) => {
    // Two applications at once: the partial unique index refuses the second.
    const refusal =
      (error as { constraint?: string }).constraint === 'card_one_live_per_customer'
        ? new DomainError('CARD_ALREADY_HELD', 'the customer already holds or has applied for a card')
        : error;
    // The customer was found in scope before any of these refusals: the row may name them.
    if (refusal instanceof DomainError) await audit(context, caller, CARD_AUDIT.apply, 'DENIED', [customerId], { reason: refusal.code });
    throw refusal;
  });
  if (result === undefined) {
    await audit(context, caller, CARD_AUDIT.apply, 'DENIED', [customerId], { reason: 'CUSTOMER_NOT_FOUND' });
    throw customerNotFound();
  }
  await audit(context, caller, CARD_AUDIT.apply, 'ALLOWED', [customerId], { cardId: String(result), cardTypeId: body.cardTypeId });
  return presentCard((await findCard(context.pool, result))!, await today(context.pool));
}

const NUMBER_ATTEMPTS = 5;

/** Draws a number for the card type, gives it to the card, and takes a blank from the outlet's stock. */
async function issueNumber(context: CardContext, client: pg.PoolClient, cardId: bigint, type: CardTypeRow, caller: ApiCaller, issuedOn: string) {
  if (!(await takeOne(client, caller.orgId, type.id))) {
    throw new DomainError('CARD_STOCK_EMPTY', 'no blank card of this type in your outlet\'s stock', { cardTypeId: type.id, outletId: caller.orgId });
  }
  await recordMovement(client, { kind: 'ISSUE', outletId: caller.orgId, cardTypeId: type.id, quantity: 1, cardId, staffNo: caller.staffNo });
  for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt += 1) {
    const randomDigits = Array.from({ length: type.length - type.bin.length - 1 }, () => crypto.randomInt(10)).join('');
    const cardNo = composeCardNumber(type.bin, type.length, randomDigits);
    const issued = await markIssued(client, cardId, {
      cardNo,
      cardNoHash: keyedHash(context.searchKey, cardNo),
      outletId: caller.orgId,
      issuedOn,
      expiresOn: expiryOf(issuedOn),
    });
    if (issued) return;
  }
  throw new DomainError('CARD_NUMBER_EXHAUSTED', 'could not draw an unused card number for this BIN', { cardTypeId: type.id });
}

/** One lifecycle action on one card; `cardTypeId` names the new type of an exchange. */
export async function actOnCard(
  context: CardContext,
  caller: ApiCaller,
  cardId: bigint,
  action: CardAction,
  body: { reason?: string | undefined; cardTypeId?: number | undefined },
) {
  const outcome = await inTransaction(context.pool, async (client) => {
    const locked = await lockCard(client, viewerOf(caller), cardId);
    if (!locked) return undefined;
    const { card, customer } = locked;
    const todayIs = await today(client);
    const state = effectiveState(card.state, card.expiresOn, todayIs);
    const currentType = (await findCardType(client, card.cardType.id))!;
    const targetType = action === 'exchange' ? await activeType(client, body.cardTypeId!) : currentType;
    const checked = checkTransition({
      state,
      action,
      serviceTier: customer.serviceTier,
      targetTiers: targetType.tiers,
      currentTiers: currentType.tiers,
      callerOutletIssues: await isIssuingOutlet(client, caller.orgId),
    });
    if (!checked.ok) throw refusalError(checked.refusal);
    const { to, replacement } = checked.transition;
    let replacementId: bigint | undefined;
    if (action === 'issue') {
      await issueNumber(context, client, cardId, targetType, caller, todayIs);
    } else {
      await setState(client, cardId, to);
    }
    await insertEvent(client, { cardId, action, fromState: state, toState: to, staffNo: caller.staffNo, orgId: caller.orgId, reason: body.reason });
    if (replacement) {
      replacementId = await insertCard(client, { customerId: customer.id, cardTypeId: targetType.id, state: 'APPROVED', replacesCardId: card.id });
      await issueNumber(context, client, replacementId, targetType, caller, todayIs);
      await insertEvent(client, { cardId: replacementId, action, fromState: null, toState: 'ISSUED', staffNo: caller.staffNo, orgId: caller.orgId, reason: body.reason });
    }
    return { customerId: customer.id, replacementId, from: state, to };
  }).catch(async (error: unknown) => {
    if (error instanceof DomainError) {
      await audit(context, caller, CARD_AUDIT.action(action), 'DENIED', [], { cardId: String(cardId), reason: error.code });
    }
    throw error;
  });
  if (!outcome) {
    await audit(context, caller, CARD_AUDIT.action(action), 'DENIED', [], { cardId: String(cardId), reason: 'CARD_NOT_FOUND' });
    throw cardNotFound(cardId);
  }
  await audit(context, caller, CARD_AUDIT.action(action), 'ALLOWED', [outcome.customerId], {
    cardId: String(cardId),
    from: outcome.from,
    to: outcome.to,
    ...(outcome.replacementId !== undefined ? { replacementCardId: String(outcome.replacementId) } : {}),
  });
  const todayIs = await today(context.pool);
  const [card, replacement] = await Promise.all([
    findCard(context.pool, cardId),
    outcome.replacementId === undefined ? undefined : findCard(context.pool, outcome.replacementId),
  ]);
  return { card: presentCard(card!, todayIs), replacement: replacement ? presentCard(replacement, todayIs) : null };
}
