/**
 * Links from a figure to the customer list behind it. The list reads its filters from the URL
 * query (the contract of /customers, issue 5): serviceTier (comma list), orgId, status (comma
 * list), tierChange (UP or DOWN: service tier this month against the previous month),
 * maintainerStaffNo, q.
 *
 * RMs and advisors get no org and no maintainer in their links: their figures count the customers
 * they maintain or support (basis OWN_CUSTOMERS), which is exactly their record scope, so the list
 * shows the same customers without a filter (a maintainer filter would drop the supported ones).
 */
import type { EvaluationStatus, TierCode } from '../dashboards/tier-api.ts';

export interface CustomerListFilter {
  orgId?: number | undefined;
  serviceTier?: readonly TierCode[];
  status?: readonly EvaluationStatus[];
  tierChange?: 'UP' | 'DOWN';
  q?: string;
}

export function customerListLink(filter: CustomerListFilter): string {
  const query = new URLSearchParams();
  if (filter.serviceTier?.length) query.set('serviceTier', filter.serviceTier.join(','));
  if (filter.orgId !== undefined) query.set('orgId', String(filter.orgId));
  if (filter.status?.length) query.set('status', filter.status.join(','));
  if (filter.tierChange) query.set('tierChange', filter.tierChange);
  if (filter.q) query.set('q', filter.q);
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `/customers?${text}` : '/customers';
}
