/**
 * The VIP card lifecycle (DOMAIN.md §5) as pure rules: which action a card in a given state
 * allows, the state it leads to, and the checks around it (issuing outlet, tier match). The
 * service (cards.service.ts) asks these before it writes anything.
 *
 *   APPLIED ─approve→ APPROVED ─issue→ ISSUED (valid two years; RENEWAL_DUE in its last RENEWAL_WINDOW_DAYS)
 *   ISSUED/RENEWAL_DUE ─renew→ RENEWED + a new ISSUED card of the same type
 *   ISSUED/RENEWAL_DUE/LOST ─exchange→ EXCHANGED_UP / EXCHANGED_DOWN + a new ISSUED card of the new tier's type
 *   ISSUED/RENEWAL_DUE ─report lost→ LOST ─reissue→ REISSUED + a new ISSUED card of the same type (补卡)
 *   any live state ─cancel→ CANCELLED
 */
import { tierRank, type TierCode } from '../tiers/tiers.rules.ts';

export const STORED_STATES = ['APPLIED', 'APPROVED', 'ISSUED', 'LOST', 'RENEWED', 'EXCHANGED_UP', 'EXCHANGED_DOWN', 'REISSUED', 'CANCELLED'] as const;
export type StoredState = (typeof STORED_STATES)[number];
/** RENEWAL_DUE is an ISSUED card near or past its expiry: derived from the dates, never stored. */
export const CARD_STATES = [...STORED_STATES, 'RENEWAL_DUE'] as const;
export type CardState = (typeof CARD_STATES)[number];

export const CARD_ACTIONS = ['approve', 'issue', 'report-lost', 'reissue', 'renew', 'exchange', 'cancel'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export const VALID_YEARS = 2;
export const RENEWAL_WINDOW_DAYS = 60;

/** Which permission each action needs (the apply action, which creates a card, needs card.operate). */
export const ACTION_PERMISSION: Record<CardAction, 'card.operate' | 'card.approve'> = {
  approve: 'card.approve',
  issue: 'card.operate',
  'report-lost': 'card.operate',
  reissue: 'card.operate',
  renew: 'card.operate',
  exchange: 'card.operate',
  cancel: 'card.operate',
};

/** Actions that put a newly made card into a customer's hands: they need an issuing outlet and stock. */
export const ISSUING_ACTIONS: ReadonlySet<CardAction> = new Set(['issue', 'reissue', 'renew', 'exchange']);

const ALLOWED: Record<CardState, readonly CardAction[]> = {
  APPLIED: ['approve', 'cancel'],
  APPROVED: ['issue', 'cancel'],
  ISSUED: ['report-lost', 'exchange', 'cancel'],
  RENEWAL_DUE: ['renew', 'report-lost', 'exchange', 'cancel'],
  LOST: ['reissue', 'exchange', 'cancel'],
  RENEWED: [],
  EXCHANGED_UP: [],
  EXCHANGED_DOWN: [],
  REISSUED: [],
  CANCELLED: [],
};

export function allowedActions(state: CardState): readonly CardAction[] {
  return ALLOWED[state];
}

export const isTerminal = (state: CardState): boolean => ALLOWED[state].length === 0;

/** Days from `from` to `to` ('YYYY-MM-DD'), calendar days. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The state the card is in today: an issued card within RENEWAL_WINDOW_DAYS of its expiry (or past it) is due for renewal. */
export function effectiveState(stored: StoredState, expiresOn: string | null, today: string): CardState {
  if (stored === 'ISSUED' && expiresOn !== null && daysBetween(today, expiresOn) <= RENEWAL_WINDOW_DAYS) return 'RENEWAL_DUE';
  return stored;
}

/** Valid two years: a card issued on 2026-03-15 expires on 2028-03-14 (29 February → 28 February). */
export function expiryOf(issuedOn: string): string {
  const [year, month, day] = issuedOn.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(year + VALID_YEARS, month - 1, day));
  // 29 February of a leap year has no anniversary: Date rolls to 1 March; step back to the 28th then.
  if (anniversary.getUTCMonth() !== month - 1) anniversary.setUTCDate(0);
  else anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

export type Refusal =
  | { code: 'CARD_ACTION_NOT_ALLOWED'; state: CardState; action: CardAction; allowed: readonly CardAction[] }
  | { code: 'CARD_OUTLET_NOT_ISSUING' }
  | { code: 'CARD_TIER_MISMATCH'; serviceTier: TierCode | null; cardTiers: readonly TierCode[] }
  | { code: 'CARD_EXCHANGE_SAME_TIER' };

export interface TransitionInput {
  state: CardState;
  action: CardAction;
  /** The customer's service tier now (null: not evaluated). */
  serviceTier: TierCode | null;
  /** Tiers of the card type the action leaves the customer holding (the new type for an exchange). */
  targetTiers: readonly TierCode[];
  /** Tiers of the card's current type (for an exchange: what it is exchanged from). */
  currentTiers: readonly TierCode[];
  /** Whether the caller's outlet is flagged as an issuing outlet. */
  callerOutletIssues: boolean;
}

export interface Transition {
  /** The state the card moves to. */
  to: StoredState;
  /** Whether a new card is issued in its place (renew, reissue, exchange). */
  replacement: boolean;
}

/** Checks one action on one card; the first rule broken is the refusal. */
export function checkTransition(input: TransitionInput): { ok: true; transition: Transition } | { ok: false; refusal: Refusal } {
  const { state, action } = input;
  const allowed = ALLOWED[state];
  if (!allowed.includes(action)) return { ok: false, refusal: { code: 'CARD_ACTION_NOT_ALLOWED', state, action, allowed } };
  if (ISSUING_ACTIONS.has(action) && !input.callerOutletIssues) return { ok: false, refusal: { code: 'CARD_OUTLET_NOT_ISSUING' } };
  // A card in the customer's hands must be of their service tier (exchange when it changes).
  if (action === 'approve' || ISSUING_ACTIONS.has(action)) {
    if (input.serviceTier === null || !input.targetTiers.includes(input.serviceTier)) {
      return { ok: false, refusal: { code: 'CARD_TIER_MISMATCH', serviceTier: input.serviceTier, cardTiers: input.targetTiers } };
    }
  }
  if (action === 'exchange') {
    const from = Math.max(...input.currentTiers.map(tierRank));
    const to = Math.max(...input.targetTiers.map(tierRank));
    if (from === to) return { ok: false, refusal: { code: 'CARD_EXCHANGE_SAME_TIER' } };
    return { ok: true, transition: { to: to > from ? 'EXCHANGED_UP' : 'EXCHANGED_DOWN', replacement: true } };
  }
  const to: Record<Exclude<CardAction, 'exchange'>, StoredState> = {
    approve: 'APPROVED',
    issue: 'ISSUED',
    'report-lost': 'LOST',
    reissue: 'REISSUED',
    renew: 'RENEWED',
    cancel: 'CANCELLED',
  };
  return { ok: true, transition: { to: to[action], replacement: action === 'reissue' || action === 'renew' } };
}

/** Whether a customer of `serviceTier` may apply for a card serving `cardTiers`. */
export function tierMatches(serviceTier: TierCode | null, cardTiers: readonly TierCode[]): boolean {
  return serviceTier !== null && cardTiers.includes(serviceTier);
}
