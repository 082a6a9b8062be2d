import type { SearchColumn } from './customer-types.ts';

/** Every column of the customer list, in display order (the saved-filter API's column keys). */
export const SEARCH_COLUMNS: readonly SearchColumn[] = [
  'customerNo',
  'name',
  'gender',
  'serviceTier',
  'qualifiedTier',
  'status',
  'idNumber',
  'mobile',
  'homeOutlet',
  'maintainer',
  'aumMonthAvg',
];

/** The columns the limited view (lobby, counter) has data for: the others are never sent. */
export const LIMITED_COLUMNS: readonly SearchColumn[] = ['customerNo', 'name', 'gender', 'serviceTier', 'homeOutlet', 'maintainer'];

/** The name opens the 360: it cannot be hidden. */
export const FIXED_COLUMNS: readonly SearchColumn[] = ['name'];

/** The chosen columns in display order, fixed ones always in; an empty choice means every column. */
export function normalizeColumns(chosen: readonly string[] | undefined): SearchColumn[] {
  if (!chosen || chosen.length === 0) return [...SEARCH_COLUMNS];
  const wanted = new Set([...chosen, ...FIXED_COLUMNS]);
  return SEARCH_COLUMNS.filter((column) => wanted.has(column));
}

const storageKey = (staffNo: string) => `guibin.customers.columns.${staffNo}`;

/** The columns a staff member chose last time on this browser (a preference, nothing sensitive). */
export function loadColumns(staffNo: string): SearchColumn[] {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey(staffNo));
    const parsed: unknown = stored ? JSON.parse(stored) : undefined;
    return normalizeColumns(Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : undefined);
  } catch {
    // Storage disabled or a value that is not ours: the default columns.
    return [...SEARCH_COLUMNS];
  }
}

export function storeColumns(staffNo: string, columns: readonly SearchColumn[]): void {
  try {
    globalThis.localStorage?.setItem(storageKey(staffNo), JSON.stringify(columns));
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
