import { describe, expect, it } from 'vitest';
import { aTierTransitions } from '../dashboards/tier-builders.test-support.ts';
import { customerListLink } from './customer-links.ts';
import { tierChangesOf } from './tier-changes.ts';

describe('customerListLink', () => {
  it.each([
    [{}, '/customers'],
    [{ orgId: 12 }, '/customers?orgId=12'],
    [{ orgId: 12, serviceTier: ['GOLD', 'PLATINUM'] as const }, '/customers?serviceTier=GOLD,PLATINUM&orgId=12'],
    [{ status: ['SUBSTANDARD', 'QUALIFIED_NOT_UPGRADED'] as const }, '/customers?status=SUBSTANDARD,QUALIFIED_NOT_UPGRADED'],
    [{ tierChange: 'DOWN' as const, orgId: 3 }, '/customers?orgId=3&tierChange=DOWN'],
    [{ q: '曾 婷&x' }, `/customers?q=${new URLSearchParams({ q: '曾 婷&x' }).toString().slice(2)}`],
  ])('%j → %s', (filter, link) => {
    expect(customerListLink(filter)).toBe(link);
  });
});

describe('tierChangesOf', () => {
  it('counts moves up and down the tier order, leaving first evaluations out', () => {
    expect(tierChangesOf(aTierTransitions())).toEqual({ up: 2, down: 1, substandard: 4, qualifiedNotUpgraded: 7 });
  });
});
