/**
 * The shape of a contact rule set (定期联系制度, DOMAIN.md §7; table contact_rule_set, migration
 * 0016): the duties staff owe customers (`rules`) and the thresholds of daily event detection
 * (`eventSettings`). One schema serves the store (what is read back is parsed), the API and the
 * web client, so a rule set that does not parse can never be activated.
 */
import { z } from 'zod';
import { VIP_TIERS } from '../tiers/tiers.rules.ts';

export const CONTACT_CHANNELS = ['PHONE', 'SMS', 'WECHAT', 'EMAIL', 'OUTLET_VISIT', 'HOME_VISIT', 'EVENT'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
/** A call is a phone contact; a meeting is face to face (§7 "2 calls or 1 meeting"). */
export const CALL_CHANNELS: readonly ContactChannel[] = ['PHONE'];
export const MEETING_CHANNELS: readonly ContactChannel[] = ['OUTLET_VISIT', 'HOME_VISIT', 'EVENT'];

export const CONTACT_PURPOSES = ['SERVICE', 'GREETING', 'FOLLOW_UP', 'GIFT', 'PRODUCT', 'SALON_INVITATION'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];
/** Purposes that need the customer's marketing consent on the channel (§13 PIPL). */
export const MARKETING_PURPOSES: readonly ContactPurpose[] = ['PRODUCT', 'SALON_INVITATION'];

/** The listed festivals of the sub-branch plan (§7), solar and lunar. */
export const FESTIVALS = ['NEW_YEAR', 'SPRING_FESTIVAL', 'LANTERN', 'LABOUR_DAY', 'DRAGON_BOAT', 'MID_AUTUMN', 'NATIONAL_DAY'] as const;
export type Festival = (typeof FESTIVALS)[number];
export const OCCASIONS = ['BIRTHDAY', ...FESTIVALS] as const;
export type Occasion = (typeof OCCASIONS)[number];

export const RULE_PERIODS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type RulePeriod = (typeof RULE_PERIODS)[number];

const cents = z.string().regex(/^(0|[1-9]\d{0,17})$/, 'an amount in cents, as a whole-number string');
const ratio = z.string().regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'a ratio between 0 and 1, e.g. "0.30"');
const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens').max(60);

/**
 * Which customers a duty is owed to: the maintainer's customers of these service tiers (any VIP
 * tier when absent) whose AUM (the metric of the evaluation in force) lies in [min, max).
 */
export const ruleScope = z.strictObject({
  tiers: z.array(z.enum(VIP_TIERS)).min(1).optional(),
  minAumCents: cents.optional(),
  maxAumCents: cents.optional(),
});
export type RuleScope = z.infer<typeof ruleScope>;

const base = {
  code,
  /** Where the rule comes from (the bank document), shown with every duty it creates. */
  source: z.string().max(200).default(''),
  appliesTo: ruleScope.default({}),
};

export const contactRule = z.discriminatedUnion('kind', [
  /** Per customer and period: met when calls ≥ minCalls or meetings ≥ minMeetings or any contacts ≥ minContacts. */
  z.strictObject({
    ...base,
    kind: z.literal('CUSTOMER_CONTACTS'),
    period: z.enum(RULE_PERIODS),
    minCalls: z.number().int().min(1).max(100).optional(),
    minMeetings: z.number().int().min(1).max(100).optional(),
    minContacts: z.number().int().min(1).max(100).optional(),
  }),
  /** Per staff member and week: distinct maintained customers contacted (§7 "at least 10 a week"). */
  z.strictObject({
    ...base,
    kind: z.literal('STAFF_WEEKLY_CUSTOMERS'),
    minCustomers: z.number().int().min(1).max(1000),
  }),
  /** A follow-up on `channel` when the customer has had no meeting for `afterDays` days (§7 gold). */
  z.strictObject({
    ...base,
    kind: z.literal('NO_VISIT_FOLLOW_UP'),
    afterDays: z.number().int().min(1).max(365),
    channel: z.enum(CONTACT_CHANNELS),
  }),
  /** A greeting on each occasion, within `daysBefore` days before it up to the day itself. */
  z.strictObject({
    ...base,
    kind: z.literal('GREETING'),
    occasions: z.array(z.enum(OCCASIONS)).min(1),
    channels: z.array(z.enum(CONTACT_CHANNELS)).min(1),
    daysBefore: z.number().int().min(0).max(30),
  }),
  /** At least `minCount` contacts of `purpose` (on `channels` when given) per period. */
  z.strictObject({
    ...base,
    kind: z.literal('PURPOSE_COUNT'),
    purpose: z.enum(CONTACT_PURPOSES),
    channels: z.array(z.enum(CONTACT_CHANNELS)).min(1).optional(),
    period: z.enum(RULE_PERIODS),
    minCount: z.number().int().min(1).max(100),
  }),
  /** A gift on the birthday (flowers or a cake, §7 100万–500万): a GIFT contact within daysBefore of it. */
  z.strictObject({
    ...base,
    kind: z.literal('BIRTHDAY_GIFT'),
    daysBefore: z.number().int().min(0).max(30),
  }),
]);
export type ContactRule = z.infer<typeof contactRule>;
export type ContactRuleKind = ContactRule['kind'];

/** Thresholds and look-ahead days of the daily event detection (§7 contact events). */
export const contactEventSettings = z.strictObject({
  birthdayDaysAhead: z.number().int().min(0).max(60),
  anniversaryDaysAhead: z.number().int().min(0).max(60),
  festivalDaysAhead: z.number().int().min(0).max(60),
  festivals: z.array(z.enum(FESTIVALS)),
  /** A day's AUM change is large when |change| ≥ minAmountCents, or when it is ≥ minShareOfAum of the
   * previous day's AUM and at least shareFloorCents (so that small books do not flood the plan). */
  largeMovement: z.strictObject({ minAmountCents: cents, minShareOfAum: ratio, shareFloorCents: cents }),
  maturityDaysAhead: z.number().int().min(0).max(90),
  cardExpiryDaysAhead: z.number().int().min(0).max(180),
  specialAdmissionExpiryDaysAhead: z.number().int().min(0).max(180),
  /** AUM within this share below the next tier's threshold, e.g. "0.10": at least 90 % of it. */
  nearThresholdWithin: ratio,
  noVisitDays: z.number().int().min(1).max(730),
  /** A product is new for this many days after it first appears in the feed. */
  newProductDays: z.number().int().min(1).max(365),
});
export type ContactEventSettings = z.infer<typeof contactEventSettings>;

export const contactRuleSetBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    rules: z.array(contactRule).min(1).max(100),
    eventSettings: contactEventSettings,
  })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.rules.forEach((rule, index) => {
      if (seen.has(rule.code)) context.addIssue({ code: 'custom', path: ['rules', index, 'code'], message: `duplicate rule code ${rule.code}` });
      seen.add(rule.code);
      const { minAumCents, maxAumCents } = rule.appliesTo;
      if (minAumCents !== undefined && maxAumCents !== undefined && BigInt(minAumCents) >= BigInt(maxAumCents)) {
        context.addIssue({ code: 'custom', path: ['rules', index, 'appliesTo', 'maxAumCents'], message: 'the band must end above where it starts' });
      }
      if (rule.kind === 'CUSTOMER_CONTACTS' && rule.minCalls === undefined && rule.minMeetings === undefined && rule.minContacts === undefined) {
        context.addIssue({ code: 'custom', path: ['rules', index, 'minContacts'], message: 'give at least one of minCalls, minMeetings, minContacts' });
      }
    });
  });
export type ContactRuleSetBody = z.infer<typeof contactRuleSetBody>;
