import { PERMISSIONS, can, type Permission } from '../access/permissions.ts';

/** One entry of the side menu: shown only to staff who hold its permission. */
export interface MenuEntry {
  key: string;
  path: string;
  /** i18n key of the label. */
  label: string;
  permission: Permission;
}

/**
 * The pages of the app, in menu order. A page comes here when it exists; the workbench, tier
 * dashboards, policy admin, data and audit pages join as they are built (issue 5).
 */
export const MENU: readonly MenuEntry[] = [{ key: 'customers', path: '/customers', label: 'menu.customers', permission: PERMISSIONS.customerReadLimited }];

export function visibleMenu(permissions: readonly string[], entries: readonly MenuEntry[] = MENU): MenuEntry[] {
  return entries.filter((entry) => can(permissions, entry.permission));
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
