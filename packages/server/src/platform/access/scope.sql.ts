/**
 * Record scope inside SQL (issue 4; ARCHITECTURE.md "Access control"): a boolean condition on a
 * customer row that every customer query — list, search, count, detail, export, aggregate — puts
 * in its WHERE clause, so the database never returns a row outside the caller's scope and counts
 * agree with lists. `isInScope` (scope.rules.ts) is the reference it is tested against.
 *
 * Everything about the viewer's org is read in the same statement (not from the session), so a
 * moved RM or a reorganised tree takes effect on the next request.
 */
import type { SqlParams } from '../db/sql-params.ts';
import { SCOPE_VIEWER_LEVEL, scopeOf, type Viewer } from './scope.rules.ts';

/**
 * `customer` is the alias (or table name) of a row with `id` and `home_outlet_id`. Returns a
 * parenthesized condition; values go into `params`.
 */
export function customerScopeCondition(viewer: Viewer, customer: string, params: SqlParams): string {
  const scope = scopeOf(viewer.role);
  if (scope === 'NONE') return '(false)';
  const org = params.add(viewer.orgId);
  // The viewer must sit at the level of their scope (scope.rules.ts SCOPE_VIEWER_LEVEL).
  const viewerAtLevel = `EXISTS (SELECT 1 FROM org scope_viewer_org WHERE scope_viewer_org.id = ${org}::int
    AND scope_viewer_org.level = '${SCOPE_VIEWER_LEVEL[scope]}')`;
  switch (scope) {
    case 'ALL':
      return `(${viewerAtLevel} AND ${customer}.home_outlet_id IN (SELECT scope_outlet.id FROM org scope_outlet WHERE scope_outlet.level = 'OUTLET'))`;
    case 'OUTLET':
      return `(${viewerAtLevel} AND ${customer}.home_outlet_id = ${org}::int)`;
    case 'OWN_CUSTOMERS': {
      const staff = params.add(viewer.staffId);
      // Two index scans joined by UNION ALL rather than one OR, which could use neither index.
      return `(${viewerAtLevel} AND ${customer}.home_outlet_id = ${org}::int AND ${customer}.id IN (
        SELECT scope_own.customer_id FROM customer_maintainer scope_own WHERE scope_own.maintainer_staff_id = ${staff}::int
        UNION ALL
        SELECT scope_own.customer_id FROM customer_maintainer scope_own WHERE scope_own.advisor_staff_id = ${staff}::int))`;
    }
    case 'SUB_BRANCH_SUBTREE':
    case 'BRANCH_SUBTREE':
      // UNION (not UNION ALL) ends the walk even on a cycle in bad data.
      return `(${viewerAtLevel} AND ${customer}.home_outlet_id IN (
        WITH RECURSIVE scope_subtree (id) AS (
          SELECT ${org}::int
          UNION
          SELECT scope_child.id FROM org scope_child JOIN scope_subtree ON scope_child.parent_id = scope_subtree.id)
        SELECT scope_subtree.id FROM scope_subtree JOIN org scope_outlet ON scope_outlet.id = scope_subtree.id
         WHERE scope_outlet.level = 'OUTLET'))`;
  }
}

/**
 * The orgs whose figures the viewer may see in aggregates (tier results per org): the same
 * subtree as the record scope. RMs and advisors see their own customers only, through
 * `customerScopeCondition`; this is for grouping by org, not for deciding which rows count.
 */
export function orgScopeCondition(viewer: Viewer, org: string, params: SqlParams): string {
  const scope = scopeOf(viewer.role);
  if (scope === 'NONE') return '(false)';
  const viewerOrg = params.add(viewer.orgId);
  const viewerAtLevel = `EXISTS (SELECT 1 FROM org scope_viewer_org WHERE scope_viewer_org.id = ${viewerOrg}::int
    AND scope_viewer_org.level = '${SCOPE_VIEWER_LEVEL[scope]}')`;
  if (scope === 'ALL') return `(${viewerAtLevel})`;
  if (scope === 'OUTLET' || scope === 'OWN_CUSTOMERS') return `(${viewerAtLevel} AND ${org}.id = ${viewerOrg}::int)`;
  return `(${viewerAtLevel} AND ${org}.id IN (
    WITH RECURSIVE scope_subtree (id) AS (
      SELECT ${viewerOrg}::int
      UNION
      SELECT scope_child.id FROM org scope_child JOIN scope_subtree ON scope_child.parent_id = scope_subtree.id)
    SELECT id FROM scope_subtree))`;
}
