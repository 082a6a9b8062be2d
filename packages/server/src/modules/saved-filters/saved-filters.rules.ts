/**
 * Pure rules of saved filters. No IO.
 */
import type { SavedCriteria } from './saved-filters.schemas.ts';

/**
 * Criteria that may not be saved: a phone or ID number is personal data of one customer (DOMAIN.md
 * §11, §13), and a saved filter is stored in clear, listed and kept. Refusing them is simpler and
 * safer than storing a hash that would have to be explained and rotated with the search key.
 */
export const SENSITIVE_CRITERIA = ['phone', 'idNumber'] as const;

export function sensitiveCriteriaOf(criteria: SavedCriteria): string[] {
  return SENSITIVE_CRITERIA.filter((key) => criteria[key] !== undefined);
}
