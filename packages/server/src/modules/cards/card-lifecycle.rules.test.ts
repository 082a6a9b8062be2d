import { describe, expect, it } from 'vitest';
import type { TierCode } from '../tiers/tiers.rules.ts';
import { CARD_ACTIONS, CARD_STATES, checkTransition, effectiveState, expiryOf, type CardAction, type CardState, type TransitionInput } from './card-lifecycle.rules.ts';

/** The expected outcome of every state × action for a gold customer with a gold card at an issuing outlet (exchange: to platinum). */
const EXPECTED: Record<CardState, Partial<Record<CardAction, string>>> = {
  APPLIED: { approve: 'APPROVED', cancel: 'CANCELLED' },
  APPROVED: { issue: 'ISSUED', cancel: 'CANCELLED' },
  ISSUED: { 'report-lost': 'LOST', exchange: 'EXCHANGED_UP', cancel: 'CANCELLED' },
  RENEWAL_DUE: { renew: 'RENEWED', 'report-lost': 'LOST', exchange: 'EXCHANGED_UP', cancel: 'CANCELLED' },
  LOST: { reissue: 'REISSUED', exchange: 'EXCHANGED_UP', cancel: 'CANCELLED' },
  RENEWED: {},
  EXCHANGED_UP: {},
  EXCHANGED_DOWN: {},
  REISSUED: {},
  CANCELLED: {},
};

function input(state: CardState, action: CardAction, overrides: Partial<TransitionInput> = {}): TransitionInput {
  const exchange = action === 'exchange';
  return {
    state,
    action,
    serviceTier: exchange ? 'PLATINUM' : 'GOLD',
    targetTiers: exchange ? ['PLATINUM'] : ['GOLD'],
    currentTiers: ['GOLD'],
    callerOutletIssues: true,
    ...overrides,
  };
}

const cells = CARD_STATES.flatMap((state) => CARD_ACTIONS.map((action) => [state, action, EXPECTED[state][action] ?? 'refused'] as const));

describe('card lifecycle: every state × action', () => {
  it.each(cells)('%s + %s → %s', (state, action, expected) => {
    const result = checkTransition(input(state, action));
    if (expected === 'refused') {
      expect(result).toMatchObject({ ok: false, refusal: { code: 'CARD_ACTION_NOT_ALLOWED', state, action } });
    } else {
      expect(result).toMatchObject({ ok: true, transition: { to: expected, replacement: ['reissue', 'renew', 'exchange'].includes(action) } });
    }
  });
});

describe('card lifecycle: the checks around an allowed action', () => {
  const issuing = cells.filter(([, action, to]) => to !== 'refused' && ['issue', 'reissue', 'renew', 'exchange'].includes(action));
  it.each(issuing)('%s + %s needs an issuing outlet', (state, action) => {
    expect(checkTransition(input(state, action, { callerOutletIssues: false }))).toMatchObject({ ok: false, refusal: { code: 'CARD_OUTLET_NOT_ISSUING' } });
  });

  it.each([...issuing, ['APPLIED', 'approve', 'APPROVED'] as const])('%s + %s needs the service tier of the card', (state, action) => {
    for (const serviceTier of [null, 'STANDARD', 'DIAMOND'] as (TierCode | null)[]) {
      expect(checkTransition(input(state, action, { serviceTier }))).toMatchObject({ ok: false, refusal: { code: 'CARD_TIER_MISMATCH', serviceTier } });
    }
  });

  it.each([
    ['report-lost', 'ISSUED'],
    ['cancel', 'ISSUED'],
    ['cancel', 'APPLIED'],
  ] as const)('%s needs neither an issuing outlet nor a matching tier', (action, state) => {
    expect(checkTransition(input(state, action, { callerOutletIssues: false, serviceTier: null })).ok).toBe(true);
  });

  it('exchanges up or down by the tiers of the two card types, and refuses a same-tier exchange', () => {
    const exchange = (current: TierCode[], target: TierCode[], serviceTier: TierCode) =>
      checkTransition(input('ISSUED', 'exchange', { currentTiers: current, targetTiers: target, serviceTier }));
    expect(exchange(['GOLD'], ['DIAMOND', 'PRIVATE'], 'PRIVATE')).toMatchObject({ ok: true, transition: { to: 'EXCHANGED_UP' } });
    expect(exchange(['DIAMOND', 'PRIVATE'], ['PLATINUM'], 'PLATINUM')).toMatchObject({ ok: true, transition: { to: 'EXCHANGED_DOWN' } });
    expect(exchange(['DIAMOND', 'PRIVATE'], ['PRIVATE'], 'PRIVATE')).toMatchObject({ ok: false, refusal: { code: 'CARD_EXCHANGE_SAME_TIER' } });
  });
});

describe('card lifecycle: dates', () => {
  it.each([
    ['ISSUED', '2028-03-14', '2026-03-15', 'ISSUED'],
    ['ISSUED', '2028-03-14', '2028-01-13', 'ISSUED'],
    ['ISSUED', '2028-03-14', '2028-01-14', 'RENEWAL_DUE'],
    
    ['ISSUED', '2028-03-14', '2028-04-01', 'RENEWAL_DUE'],
    ['LOST', '2028-03-14', '2028-04-01', 'LOST'],
    ['APPLIED', null, '2028-04-01', 'APPLIED'],
  ] as const)('%s expiring %s, on %s: %s', (stored, expires, today, expected) => {
    expect(effectiveState(stored, expires, today)).toBe(expected);
  });

  it.each([
    ['2026-03-15', '2028-03-14'],
    ['2026-01-01', '2027-12-31'],
    ['2024-02-29', '2026-02-28'],
    ['2026-03-01', '2028-02-29'],
  ])('issued %s, valid until %s', (issued, expires) => {
    expect(expiryOf(issued)).toBe(expires);
  });
});
