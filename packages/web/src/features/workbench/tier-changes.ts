/**
 * This month's tier changes from the transitions matrix (GET /api/tiers/transitions): up and down
 * compare the service tier with last month's, as the customer list's tierChange filter does;
 * substandard and qualified-not-upgraded are evaluation statuses (DOMAIN.md §4).
 */
import { TIER_ORDER, type TierTransitions } from '../dashboards/tier-api.ts';

export interface TierChanges {
  up: number;
  down: number;
  substandard: number;
  qualifiedNotUpgraded: number;
}

export function tierChangesOf(transitions: TierTransitions): TierChanges {
  let up = 0;
  let down = 0;
  for (const row of transitions.matrix) {
    // First evaluated this month: no previous tier to move from.
    if (row.previousServiceTier === null) continue;
    const from = TIER_ORDER.indexOf(row.previousServiceTier);
    for (const tier of TIER_ORDER) {
      const to = TIER_ORDER.indexOf(tier);
      if (to > from) up += row.serviceTiers[tier];
      if (to < from) down += row.serviceTiers[tier];
    }
  }
  return { up, down, substandard: transitions.statuses.SUBSTANDARD, qualifiedNotUpgraded: transitions.statuses.QUALIFIED_NOT_UPGRADED };
}
