/**
 * Potential customers (潜力客户, DOMAIN.md §4), pure: the kinds of list, the "near the next
 * threshold" test in exact integers, and each entry's reason in words, zh-CN and en
 * ("滚动季日均 ¥412,000.00，达白金门槛 ¥500,000.00 的 82.4%"). potentials.store.ts applies the
 * same test set-wise in SQL; the tests check both agree.
 */
import { formatCentsGrouped } from '../../platform/money.ts';
import type { Locale } from '../tiers/tiers.explanation.ts';
import type { TierCode, WindowMetric } from '../tiers/tiers.rules.ts';

export const POTENTIAL_KINDS = ['QUALIFIED_NOT_UPGRADED', 'NEAR_THRESHOLD', 'MANY_PRODUCTS', 'FLAGGED'] as const;
export type PotentialKind = (typeof POTENTIAL_KINDS)[number];

/** Default distance to the next threshold: metric ≥ 80 % of it (issue 6). In hundredths, so that the test is integer arithmetic. */
export const DEFAULT_NEAR_HUNDREDTHS = 80;
/** Default "many products": at least this many distinct products in active accounts. */
export const DEFAULT_MIN_PRODUCTS = 3;

/** "0.8", "0.80", "80%" are not all accepted: the API takes a decimal ratio with at most two decimals, 0.01–0.99. */
export function parseRatioHundredths(ratio: string): number | undefined {
  const match = /^0\.(\d{1,2})$/.exec(ratio);
  if (!match) return undefined;
  const hundredths = Number.parseInt(match[1]!.padEnd(2, '0'), 10);
  return hundredths >= 1 ? hundredths : undefined;
}

/** metric ≥ ratio × threshold, exactly: metric × 100 ≥ hundredths × threshold. */
export function isNear(metricCents: bigint, thresholdCents: bigint, hundredths: number): boolean {
  return metricCents < thresholdCents && metricCents * 100n >= BigInt(hundredths) * thresholdCents;
}

/** The metric as a percentage of the threshold, one decimal, rounded half up ("82.4"). */
export function percentOf(metricCents: bigint, thresholdCents: bigint): string {
  const tenths = (metricCents * 2000n + thresholdCents) / (2n * thresholdCents);
  return `${tenths / 10n}.${tenths % 10n}`;
}

const TIER_ZH: Record<TierCode, string> = { STANDARD: '普通客户', GOLD: '金卡', PLATINUM: '白金', DIAMOND: '钻石', PRIVATE: '私人银行' };
const TIER_EN: Record<TierCode, string> = { STANDARD: 'standard', GOLD: 'gold', PLATINUM: 'platinum', DIAMOND: 'diamond', PRIVATE: 'private banking' };
const METRIC: Record<WindowMetric, Record<Locale, string>> = {
  MONTH_AVG: { 'zh-CN': '月日均', en: 'month average' },
  ROLLING_QUARTER_AVG: { 'zh-CN': '滚动季日均', en: 'rolling-quarter average' },
  MIN_OF_3_MONTH_AVGS: { 'zh-CN': '连续三个月日均', en: 'lowest of three month averages' },
  TWELVE_MONTH_AVG: { 'zh-CN': '12个月日均', en: 'twelve-month average' },
  POINT: { 'zh-CN': '月末时点余额', en: 'month-end balance' },
};
const yuan = (cents: bigint) => `¥${formatCentsGrouped(cents)}`;
const tierName = (tier: TierCode, locale: Locale) => (locale === 'en' ? TIER_EN[tier] : TIER_ZH[tier]);

export type PotentialFacts =
  | { kind: 'QUALIFIED_NOT_UPGRADED'; metric: WindowMetric; metricCents: bigint; qualifiedTier: TierCode; serviceTier: TierCode; month: string }
  | { kind: 'NEAR_THRESHOLD'; metric: WindowMetric; metricCents: bigint; nextTier: TierCode; thresholdCents: bigint }
  | { kind: 'MANY_PRODUCTS'; products: number; productNames: string[] }
  | { kind: 'FLAGGED'; reason: string; flaggedBy: string; flaggedOn: string };

export function potentialReason(facts: PotentialFacts, locale: Locale): string {
  const en = locale === 'en';
  switch (facts.kind) {
    case 'QUALIFIED_NOT_UPGRADED':
      return en
        ? `${facts.month} ${METRIC[facts.metric].en} ${yuan(facts.metricCents)} qualifies for ${tierName(facts.qualifiedTier, locale)}; serviced as ${tierName(facts.serviceTier, locale)} until the customer signs the service agreement`
        : `${facts.month} ${METRIC[facts.metric]['zh-CN']} ${yuan(facts.metricCents)}，已达${tierName(facts.qualifiedTier, locale)}标准，尚按${tierName(facts.serviceTier, locale)}服务，待客户签署贵宾服务协议`;
    case 'NEAR_THRESHOLD': {
      const percent = percentOf(facts.metricCents, facts.thresholdCents);
      return en
        ? `${METRIC[facts.metric].en} ${yuan(facts.metricCents)}, ${percent}% of the ${tierName(facts.nextTier, locale)} threshold ${yuan(facts.thresholdCents)}`
        : `${METRIC[facts.metric]['zh-CN']} ${yuan(facts.metricCents)}，达${tierName(facts.nextTier, locale)}门槛 ${yuan(facts.thresholdCents)} 的 ${percent}%`;
    }
    case 'MANY_PRODUCTS':
      return en
        ? `holds ${facts.products} different products: ${facts.productNames.join(', ')}`
        : `持有 ${facts.products} 种产品：${facts.productNames.join('、')}`;
    case 'FLAGGED':
      return en ? `flagged by ${facts.flaggedBy} on ${facts.flaggedOn}: ${facts.reason}` : `${facts.flaggedBy} 于 ${facts.flaggedOn} 标记：${facts.reason}`;
  }
}
