import { PERMISSIONS, can, type Permission } from '../access/permissions.ts';

/** One entry of the side menu: shown only to staff who hold its permission. */
export interface MenuEntry {
  key: string;
  path: string;
  /** i18n key of the label. */
  label: string;
  /** null: every logged-in user (the workbench, whose content follows the permissions). */
  permission: Permission | null;
  /** Roles for whom "/" opens this page rather than the first entry they may use. */
  homeOf?: readonly string[];
}

/** The pages of the app, in menu order; "/" opens the home of the role, else the first one the user may use. */
export const MENU: readonly MenuEntry[] = [
  { key: 'workbench', path: '/workbench', label: 'menu.workbench', permission: null },
  // The RM's day starts with whom to contact (issue 7); the workbench stays one click away.
  { key: 'today', path: '/today', label: 'menu.today', permission: PERMISSIONS.contactWrite, homeOf: ['RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR'] },
  { key: 'contact-plan', path: '/contact/plan', label: 'menu.contactPlan', permission: PERMISSIONS.contactRead },
  { key: 'contact-compliance', path: '/contact/compliance', label: 'menu.contactCompliance', permission: PERMISSIONS.contactRead },
  { key: 'contact-reports', path: '/contact-reports', label: 'menu.contactReports', permission: PERMISSIONS.contactWrite },
  { key: 'report-reviews', path: '/report-reviews', label: 'menu.reportReviews', permission: PERMISSIONS.contactReview },
  { key: 'work-log', path: '/work-log', label: 'menu.workLog', permission: PERMISSIONS.contactWrite },
  { key: 'work-log-week', path: '/work-log/week', label: 'menu.workLogWeek', permission: PERMISSIONS.contactReview },
  { key: 'customers', path: '/customers', label: 'menu.customers', permission: PERMISSIONS.customerReadLimited },
  { key: 'dashboards', path: '/dashboards', label: 'menu.dashboards', permission: PERMISSIONS.tierRead },
  { key: 'allocation', path: '/allocation', label: 'menu.allocation', permission: PERMISSIONS.allocationRead },
  { key: 'potentials', path: '/potentials', label: 'menu.potentials', permission: PERMISSIONS.customerRead },
  { key: 'special-admissions', path: '/special-admissions', label: 'menu.specialAdmissions', permission: PERMISSIONS.specialAdmissionRequest },
  { key: 'approvals', path: '/approvals', label: 'menu.approvals', permission: PERMISSIONS.specialAdmissionApprove },
  { key: 'cards', path: '/cards', label: 'menu.cards', permission: PERMISSIONS.cardRead },
  { key: 'card-stock', path: '/card-stock', label: 'menu.cardStock', permission: PERMISSIONS.cardStockManage },
  { key: 'policies', path: '/policies', label: 'menu.policies', permission: PERMISSIONS.tierPolicyRead },
  { key: 'simulator', path: '/simulator', label: 'menu.simulator', permission: PERMISSIONS.tierPolicyWrite },
  { key: 'contact-rules', path: '/contact/rules', label: 'menu.contactRules', permission: PERMISSIONS.contactRead },
  { key: 'contact-events', path: '/contact/events', label: 'menu.contactEvents', permission: PERMISSIONS.contactEventManage },
  { key: 'data', path: '/data', label: 'menu.data', permission: PERMISSIONS.importRunRead },
  { key: 'audit', path: '/audit', label: 'menu.audit', permission: PERMISSIONS.auditRead },
];

export function visibleMenu(permissions: readonly string[], entries: readonly MenuEntry[] = MENU): MenuEntry[] {
  return entries.filter((entry) => entry.permission === null || can(permissions, entry.permission));
}

/**
 * Where "/" leads: the page made the home of the user's role when they may open it, else the first
 * page the user may open, or null when there is none for the role.
 */
export function homePath(permissions: readonly string[], entries: readonly MenuEntry[] = MENU, role?: string): string | null {
  const visible = visibleMenu(permissions, entries);
  const own = role === undefined ? undefined : visible.find((entry) => entry.homeOf?.includes(role));
  return (own ?? visible[0])?.path ?? null;
}

/** The menu entry a location belongs to (for highlighting), by the longest matching path. */
export function selectedEntry(pathname: string, entries: readonly MenuEntry[] = MENU): MenuEntry | undefined {
  return [...entries]
    .sort((a, b) => b.path.length - a.path.length)
    .find((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
}
