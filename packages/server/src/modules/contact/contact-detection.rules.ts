/**
 * Contact event detection (联络事件, DOMAIN.md §7; docs/contact-events.md), pure: what each event
 * type looks for, written plainly. contact-detection.store.ts applies the same rules set-wise in
 * SQL over every customer at once; its tests check the stored events against these functions.
 */
import { addDays, daysBetween, festivalsBetween, type FestivalDay } from '../../platform/calendar/calendar.ts';
import { parseDecimal } from '../../platform/money.ts';
import type { ContactEventSettings, ContactRule, Festival, RuleScope } from './contact-rules.schemas.ts';
import { CONTACT_EVENT_TYPES, type ContactEventType } from './contact-event-messages.ts';

/**
 * A yearly day (birthday, anniversary) in a given year; 29 February falls on 28 February in
 * common years, the day before 1 March, as the customer would celebrate it.
 */
export function yearlyDayIn(date: string, year: number): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${String(Math.min(day, lastOfMonth)).padStart(2, '0')}`;
}

export interface YearlyOccurrence {
  date: string;
  year: number;
  /** Whole years since the original date (the age, or the years as a customer). */
  years: number;
  daysAhead: number;
}

/** The next occurrence of a yearly day within [from, from + daysAhead], strictly after the original day. */
export function nextYearlyDay(original: string, from: string, daysAhead: number): YearlyOccurrence | undefined {
  const firstYear = Number(from.slice(0, 4));
  for (const year of [firstYear, firstYear + 1]) {
    const date = yearlyDayIn(original, year);
    const ahead = daysBetween(from, date);
    if (ahead >= 0 && ahead <= daysAhead && date > original) {
      return { date, year, years: year - Number(original.slice(0, 4)), daysAhead: ahead };
    }
  }
  return undefined;
}

/** The festivals the settings list within [date, date + festivalDaysAhead]. */
export function festivalsAhead(date: string, settings: Pick<ContactEventSettings, 'festivals' | 'festivalDaysAhead'>): FestivalDay[] {
  return festivalsBetween(date, addDays(date, settings.festivalDaysAhead), settings.festivals);
}

/**
 * Who is greeted on a festival: the customers a GREETING rule listing it covers (its scope:
 * service tiers, any VIP tier when absent, and the AUM band). The rule set is the bank's word on
 * whom to greet; to greet every VIP customer, a bank adds a GREETING rule with an empty scope.
 */
export function greetingScopes(rules: readonly ContactRule[], festival: Festival): RuleScope[] {
  return rules.flatMap((rule) => (rule.kind === 'GREETING' && rule.occasions.includes(festival) ? [rule.appliesTo] : []));
}

/**
 * A large movement (大额资金变动): |change| ≥ minAmount, or |change| ≥ minShareOfAum × the
 * previous day's AUM and at least shareFloor (so that small books do not flood the plan).
 */
export function isLargeMovement(beforeCents: bigint, afterCents: bigint, settings: ContactEventSettings['largeMovement']): boolean {
  const change = afterCents > beforeCents ? afterCents - beforeCents : beforeCents - afterCents;
  if (change >= BigInt(settings.minAmountCents)) return true;
  if (beforeCents <= 0n || change < BigInt(settings.shareFloorCents)) return false;
  const share = ratioUnits(settings.minShareOfAum);
  return change * 10_000n >= share * beforeCents;
}

/** A ratio "0.30" in ten-thousandths (3000n), exact. */
export function ratioUnits(ratio: string): bigint {
  const parsed = parseDecimal(ratio, 4);
  if (!parsed.ok) throw new RangeError(parsed.reason);
  return parsed.units;
}

/** Near the next tier: metric < threshold and metric ≥ (1 − within) × threshold. */
export function isNearThreshold(metricCents: bigint, thresholdCents: bigint, within: string): boolean {
  return metricCents < thresholdCents && metricCents * 10_000n >= (10_000n - ratioUnits(within)) * thresholdCents;
}

const RISK_LEVELS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;

/** A new product suits a customer who holds its category and holds risk at least as high, and does not hold it yet. */
export function suitsHoldings(
  product: { id: number; category: string; riskLevel: string },
  holdings: readonly { productId: number; category: string; riskLevel: string }[],
): boolean {
  if (holdings.some((h) => h.productId === product.id)) return false;
  if (!holdings.some((h) => h.category === product.category)) return false;
  const highest = Math.max(...holdings.map((h) => RISK_LEVELS.indexOf(h.riskLevel as (typeof RISK_LEVELS)[number])));
  return RISK_LEVELS.indexOf(product.riskLevel as (typeof RISK_LEVELS)[number]) <= highest;
}

/** Categories that are not sold by suitability (credit, not investment): never NEW_PRODUCT events. */
export const NEW_PRODUCT_EXCLUDED_CATEGORIES = ['LOAN', 'CREDIT_CARD'] as const;

export type DetectionCounts = Record<ContactEventType, number>;

export function emptyCounts(): DetectionCounts {
  return Object.fromEntries(CONTACT_EVENT_TYPES.map((type) => [type, 0])) as DetectionCounts;
}
