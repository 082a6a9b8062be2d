/**
 * Request and response shapes of /api/saved-filters (docs/customer-api.md "Saved filters"). The
 * criteria are the customer search's own schema, so a saved filter is always a search the API
 * accepts; paging is not saved, the order is.
 */
import { z } from 'zod';
import { SEARCH_SORTS, searchCriteria } from '../customers/customers.schemas.ts';

/** The columns of the customer list a staff member may choose (the web app's column keys). */
export const SEARCH_COLUMNS = [
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
] as const;

export const savedCriteria = searchCriteria.extend({
  sort: z.enum(SEARCH_SORTS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type SavedCriteria = z.infer<typeof savedCriteria>;

export const savedFilterBody = z.strictObject({
  name: z.string().trim().min(1).max(40),
  criteria: savedCriteria.describe('the search body without paging; phone and idNumber are refused (SAVED_FILTER_SENSITIVE)'),
  columns: z
    .array(z.enum(SEARCH_COLUMNS))
    .max(SEARCH_COLUMNS.length)
    .refine((columns) => new Set(columns).size === columns.length, 'each column at most once')
    .describe('the columns shown, in order; empty: the default columns'),
});
export type SavedFilterBody = z.infer<typeof savedFilterBody>;

export const savedFilterParams = z.strictObject({
  id: z.string().refine((value) => /^[1-9]\d{0,17}$/.test(value), 'a saved filter id is a positive whole number'),
});

export const savedFilter = z.object({
  id: z.string().describe('a bigint as a decimal string'),
  name: z.string(),
  criteria: savedCriteria,
  columns: z.array(z.enum(SEARCH_COLUMNS)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedFilter = z.infer<typeof savedFilter>;

export const savedFilterList = z.object({ items: z.array(savedFilter).describe('yours only, by name') });
