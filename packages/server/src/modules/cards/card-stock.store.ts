/**
 * SQL of card stock. Taking a card is one conditional UPDATE (… WHERE quantity > 0 RETURNING):
 * of two concurrent issues on the last card, one updates the row and the other, waiting on its
 * lock, re-reads quantity 0 and updates nothing — stock never goes negative, and the CHECK on
 * card_stock.quantity backs that up should any other writer try.
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { orgScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';

export interface StockRow {
  outlet: { id: number; code: string; name: string };
  cardType: { id: number; code: string; name: string };
  quantity: number;
  shortageLevel: number | null;
  overstockLevel: number | null;
}

/** Stock rows of the issuing outlets in the viewer's org scope. */
export async function listStock(db: Queryable, viewer: Viewer): Promise<StockRow[]> {
  const params = new SqlParams();
  const scope = orgScopeCondition(viewer, 'o', params);
  const { rows } = await db.query(
    `SELECT json_build_object('id', o.id, 'code', o.code, 'name', o.name) AS outlet,
            json_build_object('id', t.id, 'code', t.code, 'name', t.name) AS card_type,
            s.quantity, s.shortage_level, s.overstock_level
       FROM card_stock s JOIN org o ON o.id = s.outlet_id JOIN card_type t ON t.id = s.card_type_id
      WHERE ${scope}
      ORDER BY o.code, t.id`,
    params.values,
  );
  return rows.map((row) => ({
    outlet: row.outlet,
    cardType: row.card_type,
    quantity: row.quantity,
    shortageLevel: row.shortage_level,
    overstockLevel: row.overstock_level,
  }));
}

/** Whether `outletId` is an issuing outlet inside the viewer's org scope. */
export async function issuingOutletInScope(db: Queryable, viewer: Viewer, outletId: number): Promise<boolean> {
  const params = new SqlParams();
  const id = params.add(outletId);
  const scope = orgScopeCondition(viewer, 'o', params);
  const { rows } = await db.query(
    `SELECT 1 FROM org o JOIN card_issuing_outlet i ON i.org_id = o.id WHERE o.id = ${id}::int AND ${scope}`,
    params.values,
  );
  return rows.length > 0;
}

/** Takes one card from stock; false when there is none. */
export async function takeOne(db: Queryable, outletId: number, cardTypeId: number): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE card_stock SET quantity = quantity - 1, updated_at = now()
      WHERE outlet_id = $1 AND card_type_id = $2 AND quantity > 0 RETURNING quantity`,
    [outletId, cardTypeId],
  );
  return rows.length === 1;
}

/** Takes `quantity` cards at once (a transfer out); false when fewer are on hand. */
export async function takeMany(db: Queryable, outletId: number, cardTypeId: number, quantity: number): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE card_stock SET quantity = quantity - $3, updated_at = now()
      WHERE outlet_id = $1 AND card_type_id = $2 AND quantity >= $3 RETURNING quantity`,
    [outletId, cardTypeId, quantity],
  );
  return rows.length === 1;
}

export async function addStock(db: Queryable, outletId: number, cardTypeId: number, quantity: number): Promise<void> {
  await db.query(
    `INSERT INTO card_stock (outlet_id, card_type_id, quantity) VALUES ($1, $2, $3)
     ON CONFLICT (outlet_id, card_type_id) DO UPDATE SET quantity = card_stock.quantity + EXCLUDED.quantity, updated_at = now()`,
    [outletId, cardTypeId, quantity],
  );
}

export async function setLevels(db: Queryable, outletId: number, cardTypeId: number, shortage: number | null, overstock: number | null): Promise<void> {
  await db.query(
    `INSERT INTO card_stock (outlet_id, card_type_id, shortage_level, overstock_level) VALUES ($1, $2, $3, $4)
     ON CONFLICT (outlet_id, card_type_id) DO UPDATE SET shortage_level = EXCLUDED.shortage_level, overstock_level = EXCLUDED.overstock_level, updated_at = now()`,
    [outletId, cardTypeId, shortage, overstock],
  );
}

export async function recordMovement(
  db: Queryable,
  movement: { kind: 'RECEIPT' | 'ISSUE' | 'TRANSFER_OUT' | 'TRANSFER_IN'; outletId: number; cardTypeId: number; quantity: number; counterpartOutletId?: number; cardId?: bigint; staffNo: string; note?: string | undefined },
): Promise<void> {
  await db.query(
    `INSERT INTO card_stock_movement (kind, outlet_id, card_type_id, quantity, counterpart_outlet_id, card_id, staff_no, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [movement.kind, movement.outletId, movement.cardTypeId, movement.quantity, movement.counterpartOutletId ?? null, movement.cardId ?? null, movement.staffNo, movement.note ?? null],
  );
}

export async function listIssuingOutlets(db: Queryable) {
  const { rows } = await db.query(
    `SELECT o.id AS "orgId", o.code, o.name, i.set_by AS "setBy", to_char(i.set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "setAt"
       FROM card_issuing_outlet i JOIN org o ON o.id = i.org_id ORDER BY o.code`,
  );
  return rows as { orgId: number; code: string; name: string; setBy: string; setAt: string }[];
}
