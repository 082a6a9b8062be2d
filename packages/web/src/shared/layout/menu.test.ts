import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../access/permissions.ts';
import { homePath, selectedEntry, visibleMenu, type MenuEntry } from './menu.ts';

const ENTRIES: MenuEntry[] = [
  { key: 'workbench', path: '/workbench', label: 'menu.workbench', permission: PERMISSIONS.tierRead },
  { key: 'customers', path: '/customers', label: 'menu.customers', permission: PERMISSIONS.customerReadLimited },
  { key: 'audit', path: '/audit', label: 'menu.audit', permission: PERMISSIONS.auditRead },
];

describe('the menu from the permissions the server sent', () => {
  it('shows exactly the entries whose permission the user holds, in order', () => {
    expect(visibleMenu(['customer.read.limited', 'tier.read'], ENTRIES).map((e) => e.key)).toEqual(['workbench', 'customers']);
    expect(visibleMenu(['audit.read'], ENTRIES).map((e) => e.key)).toEqual(['audit']);
    expect(visibleMenu([], ENTRIES)).toEqual([]);
    // Unknown or near-miss names grant nothing.
    expect(visibleMenu(['customer.read', 'AUDIT.READ', 'tier.read '], ENTRIES)).toEqual([]);
  });

  it('leads "/" to the first page the user may open, or nowhere', () => {
    expect(homePath(['customer.read.limited', 'audit.read'], ENTRIES)).toBe('/customers');
    expect(homePath([], ENTRIES)).toBeNull();
  });

  it('highlights the entry of the current page, including its sub-pages', () => {
    expect(selectedEntry('/customers', ENTRIES)?.key).toBe('customers');
    expect(selectedEntry('/customers/26', ENTRIES)?.key).toBe('customers');
    expect(selectedEntry('/customersearch', ENTRIES)).toBeUndefined();
    expect(selectedEntry('/', ENTRIES)).toBeUndefined();
  });
});

describe('entries for every logged-in user', () => {
  it('are shown with no permission at all, and lead "/" there first', () => {
    const entries: MenuEntry[] = [{ key: 'workbench', path: '/workbench', label: 'menu.workbench', permission: null }, ...ENTRIES];
    expect(visibleMenu([], entries).map((e) => e.key)).toEqual(['workbench']);
    expect(homePath(['audit.read'], entries)).toBe('/workbench');
  });
});

describe('the home of a role', () => {
  const entries: MenuEntry[] = [
    { key: 'workbench', path: '/workbench', label: 'menu.workbench', permission: null },
    { key: 'today', path: '/today', label: 'menu.today', permission: PERMISSIONS.contactWrite, homeOf: ['RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR'] },
  ];

  it('leads "/" there for the roles it is made the home of, when they may open it', () => {
    expect(homePath(['contact.write'], entries, 'RELATIONSHIP_MANAGER')).toBe('/today');
    expect(homePath(['contact.write'], entries, 'WEALTH_ADVISOR')).toBe('/today');
    // A head may open Today too, but starts on the workbench.
    expect(homePath(['contact.write'], entries, 'OUTLET_HEAD')).toBe('/workbench');
    // Without the permission the page is not theirs to open, home or not.
    expect(homePath([], entries, 'RELATIONSHIP_MANAGER')).toBe('/workbench');
  });

  it('makes Today the home of relationship managers and advisors in the app menu', () => {
    expect(homePath(['contact.write', 'customer.read.limited'], undefined, 'RELATIONSHIP_MANAGER')).toBe('/today');
    expect(homePath(['contact.write', 'contact.review', 'customer.read.limited'], undefined, 'OUTLET_HEAD')).toBe('/workbench');
  });
});
