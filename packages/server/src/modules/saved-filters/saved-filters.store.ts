/**
 * SQL of saved filters. Every statement names the owner: a staff member reads, changes and
 * deletes their own filters only, and another's id is simply not found.
 */
import type { Queryable } from '../../platform/db/transaction.ts';
import type { SavedCriteria, SavedFilter, SavedFilterBody } from './saved-filters.schemas.ts';

const COLUMNS = `id::text AS id, name, criteria, columns, created_at, updated_at`;

interface Row {
  id: string;
  name: string;
  criteria: SavedCriteria;
  columns: SavedFilter['columns'];
  created_at: Date;
  updated_at: Date;
}

const toFilter = (row: Row): SavedFilter => ({
  id: row.id,
  name: row.name,
  criteria: row.criteria,
  columns: row.columns,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** The Postgres error of a second filter with the same name for one staff member. */
export function isNameTaken(error: unknown): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError.code === '23505' && pgError.constraint === 'saved_filter_staff_name_key';
}

export async function listSavedFilters(db: Queryable, staffId: number): Promise<SavedFilter[]> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM saved_filter WHERE staff_id = $1 ORDER BY name, id`, [staffId]);
  return rows.map(toFilter);
}

export async function insertSavedFilter(db: Queryable, staffId: number, body: SavedFilterBody): Promise<SavedFilter> {
  const { rows } = await db.query<Row>(
    `INSERT INTO saved_filter (staff_id, name, criteria, columns) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
    [staffId, body.name, JSON.stringify(body.criteria), body.columns],
  );
  return toFilter(rows[0]!);
}

export async function updateSavedFilter(db: Queryable, staffId: number, id: bigint, body: SavedFilterBody): Promise<SavedFilter | undefined> {
  const { rows } = await db.query<Row>(
    `UPDATE saved_filter SET name = $3, criteria = $4, columns = $5, updated_at = now()
      WHERE id = $2 AND staff_id = $1 RETURNING ${COLUMNS}`,
    [staffId, id, body.name, JSON.stringify(body.criteria), body.columns],
  );
  return rows[0] ? toFilter(rows[0]) : undefined;
}

export async function deleteSavedFilter(db: Queryable, staffId: number, id: bigint): Promise<{ name: string } | undefined> {
  const { rows } = await db.query<{ name: string }>(`DELETE FROM saved_filter WHERE id = $2 AND staff_id = $1 RETURNING name`, [staffId, id]);
  return rows[0];
}
