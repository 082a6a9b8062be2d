/**
 * SQL of the card lifecycle. Every statement that reads a card or a customer puts the caller's
 * record scope in its WHERE clause (platform/access/scope.sql.ts): a card of a customer outside
 * the scope does not exist for the caller.
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import { findEvaluatedRun } from '../customers/customer-search.store.ts';
import { findPolicyInForce } from '../tiers/policy-in-force.ts';
import type { TierCode } from '../tiers/tiers.rules.ts';
import type { StoredState } from './card-lifecycle.rules.ts';

export interface CustomerRow {
  id: bigint;
  customerNo: string;
  name: string;
  serviceTier: TierCode | null;
}

export interface CardRow {
  id: string;
  customerId: string;
  cardType: { id: number; code: string; name: string; tiers: TierCode[] };
  state: StoredState;
  cardNo: string | null;
  issuingOutlet: { id: number; name: string } | null;
  issuedOn: string | null;
  expiresOn: string | null;
  replacesCardId: string | null;
  history: { action: string; fromState: string | null; toState: string; staffNo: string; reason: string | null; at: string }[];
}

/** The evaluation in force (tiers/policy-in-force.ts): its policy version and month, whose service tier a card must match. */
export async function evaluationInForce(db: Queryable): Promise<{ policyId: number; month: string } | undefined> {
  const inForce = await findPolicyInForce(db);
  const run = inForce && (await findEvaluatedRun(db, inForce.policyCode, inForce.month));
  return inForce && run ? { policyId: run.policyId, month: inForce.month } : undefined;
}

async function serviceTierSql(db: Queryable, params: SqlParams): Promise<string> {
  const evaluation = await evaluationInForce(db);
  return `(SELECT e.service_tier FROM tier_evaluation e WHERE e.policy_id = ${params.add(evaluation?.policyId ?? null)}::int
             AND e.month = ${params.add(evaluation?.month ?? null)}::date AND e.customer_id = c.id)`;
}

export async function findCustomer(db: Queryable, viewer: Viewer, by: { customerId: bigint } | { customerNo: string }): Promise<CustomerRow | undefined> {
  const params = new SqlParams();
  const where = 'customerId' in by ? `c.id = ${params.add(by.customerId)}::bigint` : `c.customer_no = ${params.add(by.customerNo)}`;
  const scope = customerScopeCondition(viewer, 'c', params);
  const serviceTier = await serviceTierSql(db, params);
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no, c.name, ${serviceTier} AS service_tier FROM customer c WHERE ${where} AND ${scope}`,
    params.values,
  );
  const row = rows[0];
  return row ? { id: BigInt(row.id), customerNo: row.customer_no, name: row.name, serviceTier: row.service_tier } : undefined;
}

/** The customer a card belongs to, found by the card's number hash, within the scope. */
export async function findCustomerIdByCardHash(db: Queryable, viewer: Viewer, hash: Buffer): Promise<bigint | undefined> {
  const params = new SqlParams();
  const h = params.add(hash);
  const scope = customerScopeCondition(viewer, 'c', params);
  const { rows } = await db.query(`SELECT c.id FROM card k JOIN customer c ON c.id = k.customer_id WHERE k.card_no_hash = ${h} AND ${scope} LIMIT 1`, params.values);
  return rows[0] ? BigInt(rows[0].id) : undefined;
}

const CARD_COLUMNS = `k.id::text AS id, k.customer_id::text AS customer_id, k.state, k.card_no,
  to_char(k.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(k.expires_on, 'YYYY-MM-DD') AS expires_on, k.replaces_card_id::text AS replaces_card_id,
  json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'tiers', t.tiers) AS card_type,
  (SELECT json_build_object('id', o.id, 'name', o.name) FROM org o WHERE o.id = k.issuing_outlet_id) AS issuing_outlet,
  (SELECT coalesce(json_agg(json_build_object('action', ev.action, 'fromState', ev.from_state, 'toState', ev.to_state, 'staffNo', ev.staff_no,
            'reason', ev.reason, 'at', to_char(ev.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY ev.id), '[]')
     FROM card_event ev WHERE ev.card_id = k.id) AS history`;

function cardOf(row: Record<string, unknown>): CardRow {
  return {
    id: row.id as string,
    customerId: row.customer_id as string,
    cardType: row.card_type as CardRow['cardType'],
    state: row.state as StoredState,
    cardNo: row.card_no as string | null,
    issuingOutlet: row.issuing_outlet as CardRow['issuingOutlet'],
    issuedOn: row.issued_on as string | null,
    expiresOn: row.expires_on as string | null,
    replacesCardId: row.replaces_card_id as string | null,
    history: row.history as CardRow['history'],
  };
}

/** A customer's cards, newest first (the caller has found the customer within its scope). */
export async function listCards(db: Queryable, customerId: bigint): Promise<CardRow[]> {
  const { rows } = await db.query(
    `SELECT ${CARD_COLUMNS} FROM card k JOIN card_type t ON t.id = k.card_type_id WHERE k.customer_id = $1 ORDER BY k.id DESC`,
    [customerId],
  );
  return rows.map(cardOf);
}

export async function findCard(db: Queryable, cardId: bigint): Promise<CardRow | undefined> {
  const { rows } = await db.query(`SELECT ${CARD_COLUMNS} FROM card k JOIN card_type t ON t.id = k.card_type_id WHERE k.id = $1`, [cardId]);
  return rows[0] ? cardOf(rows[0]) : undefined;
}

/** Locks a card of a customer in scope for an action; with the customer (and their service tier). */
export async function lockCard(db: Queryable, viewer: Viewer, cardId: bigint): Promise<{ card: CardRow; customer: CustomerRow } | undefined> {
  const params = new SqlParams();
  const id = params.add(cardId);
  const scope = customerScopeCondition(viewer, 'c', params);
  const { rows } = await db.query(
    `SELECT k.customer_id FROM card k JOIN customer c ON c.id = k.customer_id WHERE k.id = ${id}::bigint AND ${scope} FOR UPDATE OF k`,
    params.values,
  );
  if (!rows[0]) return undefined;
  const customerId = BigInt(rows[0].customer_id);
  const [card, customer] = await Promise.all([findCard(db, cardId), findCustomer(db, viewer, { customerId })]);
  return card && customer ? { card, customer } : undefined;
}

export interface CardTypeRow {
  id: number;
  code: string;
  name: string;
  tiers: TierCode[];
  bin: string;
  length: 16 | 19;
  active: boolean;
  demo: boolean;
}

export async function listCardTypes(db: Queryable): Promise<CardTypeRow[]> {
  const { rows } = await db.query(`SELECT id, code, name, tiers, bin, length, active, demo FROM card_type ORDER BY id`);
  return rows as CardTypeRow[];
}

export async function findCardType(db: Queryable, id: number): Promise<CardTypeRow | undefined> {
  const { rows } = await db.query(`SELECT id, code, name, tiers, bin, length, active, demo FROM card_type WHERE id = $1`, [id]);
  return rows[0] as CardTypeRow | undefined;
}

export async function isIssuingOutlet(db: Queryable, orgId: number): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM card_issuing_outlet WHERE org_id = $1`, [orgId]);
  return rows.length > 0;
}

export async function insertCard(db: Queryable, card: { customerId: bigint; cardTypeId: number; state: StoredState; replacesCardId?: string }): Promise<bigint> {
  const { rows } = await db.query(
    `INSERT INTO card (customer_id, card_type_id, state, replaces_card_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [card.customerId, card.cardTypeId, card.state, card.replacesCardId ?? null],
  );
  return BigInt(rows[0].id);
}

export async function setState(db: Queryable, cardId: bigint, state: StoredState): Promise<void> {
  await db.query(`UPDATE card SET state = $2, updated_at = now() WHERE id = $1`, [cardId, state]);
}

/** Gives an issued card its number and dates. False when the number is taken (the caller draws another). */
export async function markIssued(
  db: Queryable,
  cardId: bigint,
  issue: { cardNo: string; cardNoHash: Buffer; outletId: number; issuedOn: string; expiresOn: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE card SET state = 'ISSUED', card_no = $2, card_no_hash = $3, issuing_outlet_id = $4, issued_on = $5, expires_on = $6, updated_at = now()
      WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM card other WHERE other.card_no = $2)`,
    [cardId, issue.cardNo, issue.cardNoHash, issue.outletId, issue.issuedOn, issue.expiresOn],
  );
  return rowCount === 1;
}

export async function insertEvent(
  db: Queryable,
  event: { cardId: bigint; action: string; fromState: string | null; toState: string; staffNo: string; orgId: number; reason?: string | undefined },
): Promise<void> {
  await db.query(
    `INSERT INTO card_event (card_id, action, from_state, to_state, staff_no, org_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.cardId, event.action, event.fromState, event.toState, event.staffNo, event.orgId, event.reason ?? null],
  );
}

/** Today in China Standard Time, the bank's calendar. */
export async function today(db: Queryable): Promise<string> {
  const { rows } = await db.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS today`);
  return rows[0].today as string;
}
