import { PERMISSIONS, can, type Permission } from '../access/permissions.ts';

/** One entry of the side menu: shown only to staff who hold its permission. */
export interface MenuEntry {
  key: string;
  path: string;
  /** i18n key of the label. */
  label: string;
  /** null: every logged-in user (the workbench, whose content follows the permissions). */
  permission: Permission | null;
}

/** The pages of the app, in menu order; "/" opens the first one the user may use. */
export const MENU: readonly MenuEntry[] = [
  { key: 'workbench', path: '/workbench', label: 'menu.workbench', permission: null },
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
  { key: 'data', path: '/data', label: 'menu.data', permission: PERMISSIONS.importRunRead },
  { key: 'audit', path: '/audit', label: 'menu.audit', permission: PERMISSIONS.auditRead },
];

export function visibleMenu(permissions: readonly string[], entries: readonly MenuEntry[] = MENU): MenuEntry[] {
  return entries.filter((entry) => entry.permission === null || can(permissions, entry.permission));
}

/** Where "/" leads: the first page the user may open, or null when there is none for the role. */
export function homePath(permissions: readonly string[], entries: readonly MenuEntry[] = MENU): string | null {
  return visibleMenu(permissions, entries)[0]?.path ?? null;
}

/** The menu entry a location belongs to (for highlighting), by the longest matching path. */
export function selectedEntry(pathname: string, entries: readonly MenuEntry[] = MENU): MenuEntry | undefined {
  return [...entries]
    .sort((a, b) => b.path.length - a.path.length)
    .find((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
}
