/**
 * SQL for the org tree (DOMAIN.md §1: head office → branch → sub-branch → outlet). Which orgs a
 * caller may see is orgScopeCondition (platform/access/scope.sql.ts), inside the statement.
 */
import type pg from 'pg';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { orgScopeCondition } from '../../platform/access/scope.sql.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';

export type Queryable = pg.Pool | pg.PoolClient;

export interface OrgUnit {
  id: number;
  code: string;
  name: string;
  level: string;
}

export interface OrgNode extends OrgUnit {
  parentId: number | null;
}

const LEVEL_ORDER = `CASE o.level WHEN 'HEAD_OFFICE' THEN 0 WHEN 'BRANCH' THEN 1 WHEN 'SUB_BRANCH' THEN 2 ELSE 3 END`;

/** One org by id, whatever the scope: for naming the caller's own org (GET /api/auth/me). */
export async function findOrg(db: Queryable, orgId: number): Promise<OrgUnit | undefined> {
  const { rows } = await db.query<OrgUnit>('SELECT id, code, name, level FROM org WHERE id = $1', [orgId]);
  return rows[0];
}

/**
 * The orgs the viewer may see — their own org and its subtree; an outlet's staff (RMs included)
 * their outlet — top level first, then by code, so that a parent always precedes its children.
 */
export async function listOrgsInScope(db: Queryable, viewer: Viewer): Promise<OrgNode[]> {
  const params = new SqlParams();
  const { rows } = await db.query<OrgNode>(
    `SELECT o.id, o.code, o.name, o.level, o.parent_id AS "parentId" FROM org o
     WHERE ${orgScopeCondition(viewer, 'o', params)}
     ORDER BY ${LEVEL_ORDER}, o.code COLLATE "C"`,
    params.values,
  );
  return rows;
}
