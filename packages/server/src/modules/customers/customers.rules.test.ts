import { describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/access/permissions.ts';
import { choosesTierLookup, countStrategy, isSortable, monthlyAverages, monthsEndingWith, prefixPattern, searchCounts, SORT_LIMIT, tierLookupOf, viewOf } from './customers.rules.ts';

describe('viewOf', () => {
  it.each([
    ['HQ_WEALTH_ADMIN', 'FULL'],
    ['BRANCH_ADMIN', 'FULL'],
    ['SUB_BRANCH_HEAD', 'FULL'],
    ['OUTLET_HEAD', 'FULL'],
    ['RELATIONSHIP_MANAGER', 'FULL'],
    ['WEALTH_ADVISOR', 'FULL'],
    ['LOBBY_MANAGER', 'LIMITED'],
    ['TELLER', 'LIMITED'],
    ['AUDITOR', 'LIMITED'],
    ['SOMEONE_NEW', 'LIMITED'],
  ])('%s → %s', (role, view) => expect(viewOf(role)).toBe(view));
});

describe('prefixPattern', () => {
  it.each([
    ['王', '王%'],
    ['王_', '王\\_%'],
    ['100%', '100\\%%'],
    ['a\\b', 'a\\\\b%'],
  ])('%s → %s', (text, pattern) => expect(prefixPattern(text)).toBe(pattern));
});

describe('countStrategy', () => {
  it('uses the per-outlet counts only for outlet-based scopes filtered by tier and outlet', () => {
    const summary = ROLES.filter((role) => countStrategy(role, { serviceTiers: ['GOLD'], outletId: 3 }) === 'SUMMARY');
    expect(summary).toEqual(['HQ_WEALTH_ADMIN', 'BRANCH_ADMIN', 'SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'LOBBY_MANAGER', 'TELLER']);
    expect(countStrategy('BRANCH_ADMIN', { orgId: 7 })).toBe('SUMMARY');
  });

  it.each([
    { nameOrCustomerNo: '王' },
    { customerNo: 'C1' },
    { phoneHash: Buffer.alloc(32) },
    { idNumberHash: Buffer.alloc(32) },
    { maintainerStaffNo: 'S1' },
    { statuses: ['SUBSTANDARD' as const] },
    { tierChange: 'UP' as const },
  ])(
    'counts rows when a row filter is present: %o',
    (filters) => expect(countStrategy('HQ_WEALTH_ADMIN', filters)).toBe('CAPPED'),
  );
});

describe('searchCounts', () => {
  const rows = [
    { serviceTier: 'GOLD' as const, customers: 3 },
    { serviceTier: 'PRIVATE' as const, customers: 1 },
    { serviceTier: null, customers: 2 },
  ];

  it('counts every tier, and the unevaluated apart', () => {
    expect(searchCounts(rows, undefined)).toEqual({
      total: 6,
      totalExact: true,
      countsByTier: { STANDARD: 0, GOLD: 3, PLATINUM: 0, DIAMOND: 0, PRIVATE: 1 },
      notEvaluated: 2,
    });
  });

  it('totals the selected tiers only, the tabs keep every tier', () => {
    expect(searchCounts(rows, ['GOLD', 'PLATINUM'])).toMatchObject({ total: 3, countsByTier: { GOLD: 3, PRIVATE: 1 } });
  });
});

describe('monthsEndingWith', () => {
  it('crosses years', () => expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']));
});

describe('monthlyAverages', () => {
  const covered = { firstDay: '2025-11-15', lastDay: '2026-02-10' };
  const sums = new Map([
    ['2025-11', 1600n], // 16 days covered
    ['2025-12', 3100n],
    ['2026-02', 1005n], // 10 days covered: 100.5 → 101 half-up
  ]);

  it('averages whole months over their calendar days and partial ones over the days covered', () => {
    expect(monthlyAverages(sums, monthsEndingWith('2026-02', 24), covered)).toEqual([
      { month: '2025-11', averageCents: 100n, days: 16, complete: false },
      { month: '2025-12', averageCents: 100n, days: 31, complete: true },
      { month: '2026-01', averageCents: 0n, days: 31, complete: true },
      { month: '2026-02', averageCents: 101n, days: 10, complete: false },
    ]);
  });
});

describe('isSortable', () => {
  it.each([
    ['customerNo', { total: 1000, totalExact: false }, true],
    ['name', { total: 1000, totalExact: false }, true],
    ['serviceTier', { total: SORT_LIMIT, totalExact: true }, true],
    ['aum', { total: SORT_LIMIT + 1, totalExact: true }, false],
    ['aum', { total: 1000, totalExact: false }, false],
  ] as const)('%s over %o → %s', (sort, counts, sortable) => expect(isSortable(sort, counts)).toBe(sortable));
});

describe('tierLookupOf', () => {
  const exact = (total: number) => ({ total, totalExact: true });
  it('starts from the tiers only for a rare tier across a wide scope', () => {
    expect(tierLookupOf('HQ_WEALTH_ADMIN', { serviceTiers: ['PRIVATE'] }, exact(300))).toBe('FROM_TIERS');
    expect(tierLookupOf('BRANCH_ADMIN', { serviceTiers: ['PRIVATE'] }, exact(300))).toBe('FROM_TIERS');
    expect(tierLookupOf('HQ_WEALTH_ADMIN', { serviceTiers: ['GOLD'] }, exact(90_000))).toBe('PER_CUSTOMER');
    expect(tierLookupOf('HQ_WEALTH_ADMIN', { serviceTiers: ['PRIVATE'] }, { total: 1000, totalExact: false })).toBe('PER_CUSTOMER');
  });

  it('walks an outlet or a maintainer book, which bound the walk themselves', () => {
    expect(choosesTierLookup('OUTLET_HEAD', { serviceTiers: ['PRIVATE'] })).toBe(false);
    expect(choosesTierLookup('RELATIONSHIP_MANAGER', { serviceTiers: ['PRIVATE'] })).toBe(false);
    expect(choosesTierLookup('HQ_WEALTH_ADMIN', { serviceTiers: ['PRIVATE'], outletId: 4 })).toBe(false);
    expect(choosesTierLookup('HQ_WEALTH_ADMIN', {})).toBe(false);
    expect(tierLookupOf('OUTLET_HEAD', { serviceTiers: ['PRIVATE'] }, exact(3))).toBe('PER_CUSTOMER');
  });
});
