/**
 * The dashboard's filters live in the URL query (?orgId=&month=&table=), so a view can be
 * bookmarked, shared and reloaded; anything malformed there is ignored (the server's default).
 */
import type { ExportTable, OrgNode } from './tier-api.ts';

export interface DashboardFilters {
  orgId: number | undefined;
  month: string | undefined;
  table: ExportTable;
}

export function filtersOf(params: URLSearchParams): DashboardFilters {
  const orgId = params.get('orgId');
  const month = params.get('month');
  return {
    orgId: orgId && /^[1-9]\d{0,9}$/.test(orgId) ? Number(orgId) : undefined,
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    table: params.get('table') === 'orgs' ? 'orgs' : 'tiers',
  };
}

export function paramsOf(filters: DashboardFilters): Record<string, string> {
  return {
    ...(filters.orgId !== undefined ? { orgId: String(filters.orgId) } : {}),
    ...(filters.month ? { month: filters.month } : {}),
    ...(filters.table !== 'tiers' ? { table: filters.table } : {}),
  };
}

export interface OrgTreeNode {
  value: number;
  title: string;
  children: OrgTreeNode[];
}

/** The org list (parents before children) as a tree; an org whose parent is not listed is a root. */
export function orgTreeOf(orgs: readonly OrgNode[]): OrgTreeNode[] {
  const nodes = new Map(orgs.map((org) => [org.id, { value: org.id, title: org.name, children: [] as OrgTreeNode[] }]));
  const roots: OrgTreeNode[] = [];
  for (const org of orgs) {
    const node = nodes.get(org.id)!;
    const parent = org.parentId === null ? undefined : nodes.get(org.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
