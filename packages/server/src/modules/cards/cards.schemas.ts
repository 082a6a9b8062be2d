/**
 * Request and response shapes of the VIP card routes (docs/api.md "VIP cards"). Requests are
 * strict; responses are whitelists. Card numbers leave the server masked (6 + 4) only.
 */
import { z } from 'zod';
import { TIER_CODES } from '../tiers/tiers.rules.ts';
import { cardNumberProblem, normalizeCardNumber } from './card-number.rules.ts';
import { CARD_ACTIONS, CARD_STATES } from './card-lifecycle.rules.ts';

const VIP_TIER_CODES = ['GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'] as const;
const positiveId = (what: string) =>
  z.string().refine((value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, `${what} is a positive whole number`);
const orgId = z.number().int().positive().max(2_147_483_647);
const reason = z.string().trim().min(1).max(200);

export const cardIdParams = z.strictObject({ cardId: positiveId('a card id') });
export const cardTypeIdParams = z.strictObject({ cardTypeId: z.coerce.number().int().positive().max(2_147_483_647) });
export const customerIdParams = z.strictObject({ customerId: positiveId('a customer id') });
export const issuingOutletParams = z.strictObject({ issuingOutletId: z.coerce.number().int().positive().max(2_147_483_647) });

export const cardTypeBody = z.strictObject({
  code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'a code is letters, digits, - and _'),
  name: z.string().trim().min(1).max(60),
  tiers: z.array(z.enum(VIP_TIER_CODES)).min(1).max(4).refine((tiers) => new Set(tiers).size === tiers.length, 'each tier once'),
  bin: z.string().regex(/^[0-9]{6,8}$/, 'a BIN has 6 to 8 digits'),
  length: z.union([z.literal(16), z.literal(19)]),
  active: z.boolean().default(true),
});
export type CardTypeBody = z.infer<typeof cardTypeBody>;

export const cardType = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  tiers: z.array(z.enum(TIER_CODES)),
  bin: z.string(),
  length: z.number().int(),
  active: z.boolean(),
  demo: z.boolean().describe('seeded by the demo bank, not defined by a bank'),
});
export const cardTypeList = z.object({ items: z.array(cardType) });

export const issuingOutletBody = z.strictObject({ issuing: z.boolean() });
export const issuingOutletList = z.object({
  items: z.array(z.object({ orgId: z.number().int(), code: z.string(), name: z.string(), setBy: z.string(), setAt: z.string() })),
});

/** A card number typed by a person: spaces and dashes allowed, the rest must be a valid number. */
const cardNumberInput = z
  .string()
  .max(40)
  .transform(normalizeCardNumber)
  .superRefine((value, context) => {
    const problem = cardNumberProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: `not a valid card number (${problem})`, params: { problem } });
  });

export const cardSearchBody = z.union([
  z.strictObject({ customerNo: z.string().trim().min(1).max(32) }),
  z.strictObject({ cardNo: cardNumberInput.describe('16 or 19 digits with a valid Luhn check digit; spaces and dashes ignored') }),
]);
export type CardSearchBody = z.infer<typeof cardSearchBody>;

const cardEvent = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  staffNo: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const card = z.object({
  id: z.string(),
  customerId: z.string(),
  cardType: z.object({ id: z.number().int(), code: z.string(), name: z.string(), tiers: z.array(z.enum(TIER_CODES)) }),
  state: z.enum(CARD_STATES).describe('RENEWAL_DUE: issued, within 60 days of expiry or past it'),
  cardNoMasked: z.string().nullable().describe('first 6 + last 4; null until issued'),
  issuingOutlet: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  replacesCardId: z.string().nullable(),
  allowedActions: z.array(z.enum(CARD_ACTIONS)).describe('what the state allows; the caller\'s permissions and outlet are checked on the action'),
  history: z.array(cardEvent),
});
export type CardView = z.infer<typeof card>;

export const customerCards = z.object({
  customer: z.object({
    id: z.string(),
    customerNo: z.string(),
    name: z.string(),
    serviceTier: z.enum(TIER_CODES).nullable().describe('of the evaluation in force; null: not evaluated'),
  }),
  cards: z.array(card),
});

export const applyBody = z.strictObject({ customerId: positiveId('a customer id'), cardTypeId: orgId, reason: reason.optional() });
export const actionBody = z.strictObject({ reason: reason.optional() });
export const exchangeBody = z.strictObject({ cardTypeId: orgId, reason: reason.optional() });
export const cancelBody = z.strictObject({ reason });

/** The answer to an action: the card acted on, and the new card it was replaced by, if any. */
export const actionResponse = z.object({ card, replacement: card.nullable() });

export const stockRow = z.object({
  outlet: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  cardType: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  quantity: z.number().int(),
  shortageLevel: z.number().int().nullable(),
  overstockLevel: z.number().int().nullable(),
  alert: z.enum(['SHORTAGE', 'OVERSTOCK']).nullable(),
});
export const stockList = z.object({ items: z.array(stockRow) });

const quantity = z.number().int().positive().max(100_000);
export const receiptBody = z.strictObject({ outletId: orgId, cardTypeId: orgId, quantity, note: z.string().trim().max(200).optional() });
export const transferBody = z
  .strictObject({ fromOutletId: orgId, toOutletId: orgId, cardTypeId: orgId, quantity, note: z.string().trim().max(200).optional() })
  .refine((body) => body.fromOutletId !== body.toOutletId, { message: 'transfer to another outlet', path: ['toOutletId'] });
export const levelsBody = z
  .strictObject({
    outletId: orgId,
    cardTypeId: orgId,
    shortageLevel: z.number().int().min(0).max(100_000).nullable(),
    overstockLevel: z.number().int().positive().max(100_000).nullable(),
  })
  .refine((body) => body.shortageLevel === null || body.overstockLevel === null || body.shortageLevel < body.overstockLevel, {
    message: 'the shortage level must be below the overstock level',
    path: ['shortageLevel'],
  });
