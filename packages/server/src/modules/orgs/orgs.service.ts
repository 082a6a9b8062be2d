/**
 * The org tree for org pickers (issue 5: workbench and dashboards drill down by org; the customer
 * list filters by org): the caller's own org and its subtree, nothing outside it (DOMAIN.md §11).
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import type { OrgLevel } from '../../platform/access/scope.rules.ts';
import { findOrg, listOrgsInScope, type OrgUnit } from './orgs.store.ts';

export interface OrgContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const ORG_AUDIT_ACTIONS = { list: 'org.list' } as const;

export async function listOrgs(context: OrgContext, caller: ApiCaller) {
  const orgs = await listOrgsInScope(context.pool, { role: caller.role, staffId: caller.staffId, orgId: caller.orgId });
  await context.audit.record(auditEventBy(caller, { action: ORG_AUDIT_ACTIONS.list, result: 'ALLOWED', details: { orgs: orgs.length } }));
  return { orgs: orgs.map((org) => ({ ...org, level: org.level as OrgLevel })) };
}

/** The caller's own org by id (a staff member's org always exists: staff.org_id is a foreign key). */
export async function orgOf(db: pg.Pool, orgId: number): Promise<OrgUnit & { level: OrgLevel }> {
  const org = await findOrg(db, orgId);
  if (!org) throw new Error(`staff org ${orgId} does not exist`);
  return { ...org, level: org.level as OrgLevel };
}
