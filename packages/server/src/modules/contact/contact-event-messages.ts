/**
 * Contact events in words (联络事件, DOMAIN.md §7): every event names its rule and its data, e.g.
 * "定期存款 ¥500,000.00 到期于 2026-10-08，还有 7 天". Pure: detection stores the facts
 * (contact_event.facts, migration 0016), and whoever shows an event — the events API, the contact
 * plan's reasons — renders them here in the reader's language, so the text never drifts from the
 * data and a language switch needs no re-detection.
 *
 * Facts keep amounts as decimal strings ("500000.00") and dates as ISO strings; money is printed
 * from integer cents (platform/money.ts), never through a float.
 */
import { formatCentsGrouped, parseDecimal } from '../../platform/money.ts';
import type { Locale } from '../../platform/http/locale.ts';
import type { TierCode } from '../tiers/tiers.rules.ts';
import type { Festival } from './contact-rules.schemas.ts';

/** The same list, in the same order, as the CHECK on contact_event.type (migration 0016). */
export const CONTACT_EVENT_TYPES = [
  'BIRTHDAY',
  'ANNIVERSARY',
  'FESTIVAL',
  'LARGE_MOVEMENT',
  'MATURITY',
  'TIER_CHANGE',
  'SUBSTANDARD',
  'CARD_EXPIRY',
  'SPECIAL_ADMISSION_EXPIRY',
  'NEAR_THRESHOLD',
  'NO_VISIT',
  'NEW_PRODUCT',
  'EXTERNAL',
] as const;
export type ContactEventType = (typeof CONTACT_EVENT_TYPES)[number];

export const CONTACT_EVENT_KINDS = ['LIFE', 'BEHAVIOUR', 'PRODUCT', 'EXTERNAL'] as const;
export type ContactEventKind = (typeof CONTACT_EVENT_KINDS)[number];

const KIND_OF: Record<ContactEventType, ContactEventKind> = {
  BIRTHDAY: 'LIFE',
  ANNIVERSARY: 'LIFE',
  FESTIVAL: 'LIFE',
  LARGE_MOVEMENT: 'BEHAVIOUR',
  MATURITY: 'BEHAVIOUR',
  TIER_CHANGE: 'BEHAVIOUR',
  SUBSTANDARD: 'BEHAVIOUR',
  CARD_EXPIRY: 'BEHAVIOUR',
  SPECIAL_ADMISSION_EXPIRY: 'BEHAVIOUR',
  NEAR_THRESHOLD: 'BEHAVIOUR',
  NO_VISIT: 'BEHAVIOUR',
  NEW_PRODUCT: 'PRODUCT',
  EXTERNAL: 'EXTERNAL',
};

/** The four kinds of §7: life, behaviour, product, external. */
export function contactEventKind(type: ContactEventType): ContactEventKind {
  return KIND_OF[type];
}

export function isContactEventType(value: string): value is ContactEventType {
  return (CONTACT_EVENT_TYPES as readonly string[]).includes(value);
}

/** The name of each event type, for filters and headings. */
export const CONTACT_EVENT_TYPE_NAMES: Record<ContactEventType, Record<Locale, string>> = {
  BIRTHDAY: { 'zh-CN': '生日', en: 'Birthday' },
  ANNIVERSARY: { 'zh-CN': '客户纪念日', en: 'Customer anniversary' },
  FESTIVAL: { 'zh-CN': '节日问候', en: 'Festival' },
  LARGE_MOVEMENT: { 'zh-CN': '大额资金变动', en: 'Large asset movement' },
  MATURITY: { 'zh-CN': '到期提示', en: 'Maturity' },
  TIER_CHANGE: { 'zh-CN': '等级变动', en: 'Tier change' },
  SUBSTANDARD: { 'zh-CN': '达标不足', en: 'Substandard' },
  CARD_EXPIRY: { 'zh-CN': '卡片到期', en: 'Card expiry' },
  SPECIAL_ADMISSION_EXPIRY: { 'zh-CN': '特殊准入到期', en: 'Special admission expiry' },
  NEAR_THRESHOLD: { 'zh-CN': '临近升级门槛', en: 'Close to the next tier' },
  NO_VISIT: { 'zh-CN': '长期未面谈', en: 'No visit' },
  NEW_PRODUCT: { 'zh-CN': '新产品', en: 'New product' },
  EXTERNAL: { 'zh-CN': '外部事件', en: 'External event' },
};

export const FESTIVAL_NAMES: Record<Festival, Record<Locale, string>> = {
  NEW_YEAR: { 'zh-CN': '元旦', en: "New Year's Day" },
  SPRING_FESTIVAL: { 'zh-CN': '春节', en: 'Spring Festival' },
  LANTERN: { 'zh-CN': '元宵节', en: 'Lantern Festival' },
  LABOUR_DAY: { 'zh-CN': '劳动节', en: 'Labour Day' },
  DRAGON_BOAT: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
  MID_AUTUMN: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' },
  NATIONAL_DAY: { 'zh-CN': '国庆节', en: 'National Day' },
};

export const TIER_NAMES: Record<TierCode, Record<Locale, string>> = {
  STANDARD: { 'zh-CN': '普通客户', en: 'Standard' },
  GOLD: { 'zh-CN': '金卡', en: 'Gold' },
  PLATINUM: { 'zh-CN': '白金', en: 'Platinum' },
  DIAMOND: { 'zh-CN': '钻石', en: 'Diamond' },
  PRIVATE: { 'zh-CN': '私人银行', en: 'Private Banking' },
};

/** Product categories of the feed (product.category, migration 0001). */
export const PRODUCT_CATEGORY_NAMES: Record<string, Record<Locale, string>> = {
  DEMAND_DEPOSIT: { 'zh-CN': '活期存款', en: 'Demand deposit' },
  TIME_DEPOSIT: { 'zh-CN': '定期存款', en: 'Time deposit' },
  LARGE_CD: { 'zh-CN': '大额存单', en: 'Large-denomination CD' },
  TREASURY_BOND: { 'zh-CN': '国债', en: 'Treasury bond' },
  WEALTH_PRODUCT: { 'zh-CN': '理财产品', en: 'Wealth management product' },
  FUND: { 'zh-CN': '基金', en: 'Fund' },
  INSURANCE: { 'zh-CN': '保险', en: 'Insurance' },
  TRUST: { 'zh-CN': '信托', en: 'Trust' },
  ASSET_MGMT_PLAN: { 'zh-CN': '资管计划', en: 'Asset management plan' },
  PRECIOUS_METAL: { 'zh-CN': '贵金属', en: 'Precious metal' },
  LOAN: { 'zh-CN': '贷款', en: 'Loan' },
  CREDIT_CARD: { 'zh-CN': '信用卡', en: 'Credit card' },
};

export interface DescribeOptions {
  /**
   * The day the reader looks from. The stored `daysAhead` counts from the detection date; given
   * `today`, "in N days" is counted again from it, so a plan read a few days later stays true.
   */
  today?: string;
}

type Facts = Record<string, unknown>;

/*
 * The facts each type carries (written by contact-detection.store.ts). `date` is the day the event
 * concerns (= contact_event.event_date) and `daysAhead` counts to it from the detection date.
 *   BIRTHDAY                  date, daysAhead, birthDate, age
 *   ANNIVERSARY               date, daysAhead, since (opened_on), years
 *   FESTIVAL                  date, daysAhead, festival (FESTIVALS), year
 *   LARGE_MOVEMENT            businessDate, previousDate, previousAum, aum, change (signed), share (|change| ÷ previous AUM, or null)
 *   MATURITY                  date, daysAhead, accountNo, productCode, productName, productCategory, balance, balanceDate
 *   TIER_CHANGE               month, previousMonth, fromTier, toTier, direction ('UP' | 'DOWN'), status
 *   SUBSTANDARD               month, serviceTier, qualifiedTier, substandardMonths, metric, threshold
 *   CARD_EXPIRY               date, daysAhead, cardTypeName, cardLast4
 *   SPECIAL_ADMISSION_EXPIRY  date (last day in force), daysAhead, tier, startsOn, endsOn (exclusive)
 *   NEAR_THRESHOLD            month, tier, nextTier, metric, threshold, gap, policy
 *   NO_VISIT                  days, lastVisitOn (or null)
 *   NEW_PRODUCT               productCode, productName, productCategory, riskLevel, firstSeenOn
 *   EXTERNAL                  date, title, description, externalEventId
 */

/**
 * The event in words, in the reader's language. Unknown or missing facts degrade to what is
 * known (never throw): an event detected under an older shape must still be readable.
 */
export function describeContactEvent(type: ContactEventType, facts: Facts, locale: Locale, options: DescribeOptions = {}): string {
  const zh = locale === 'zh-CN';
  const date = str(facts.date);
  const days = daysAhead(facts, options.today);
  const zhWhen = days === undefined ? '' : `，${whenZh(days)}`;
  const enWhen = days === undefined ? '' : `, ${whenEn(days)}`;
  switch (type) {
    case 'BIRTHDAY': {
      const age = int(facts.age);
      if (zh) return `生日 ${date}${age === undefined ? '' : `（${age} 岁）`}${zhWhen}`;
      return `Birthday on ${date}${age === undefined ? '' : ` (turns ${age})`}${enWhen}`;
    }
    case 'ANNIVERSARY': {
      const years = int(facts.years) ?? 0;
      const since = str(facts.since);
      if (zh) return `成为本行客户 ${years} 周年（${since} 开户），纪念日 ${date}${zhWhen}`;
      return `${years} ${years === 1 ? 'year' : 'years'} as a customer (since ${since}) on ${date}${enWhen}`;
    }
    case 'FESTIVAL': {
      const name = FESTIVAL_NAMES[str(facts.festival) as Festival]?.[locale] ?? str(facts.festival);
      if (zh) return `${name} ${date}${zhWhen}`;
      return `${name} on ${date}${enWhen}`;
    }
    case 'LARGE_MOVEMENT': {
      const change = cents(facts.change);
      const up = change >= 0n;
      const amount = money(up ? change : -change);
      const share = percent(facts.share);
      const aum = money(cents(facts.aum));
      const businessDate = str(facts.businessDate);
      const previousDate = str(facts.previousDate);
      if (zh) return `资产 ${businessDate} 较 ${previousDate} ${up ? '增加' : '减少'} ${amount}${share ? `（${up ? '+' : '-'}${share}）` : ''}，现为 ${aum}`;
      return `AUM ${up ? 'rose' : 'fell'} by ${amount}${share ? ` (${up ? '+' : '-'}${share})` : ''} on ${businessDate} against ${previousDate}, now ${aum}`;
    }
    case 'MATURITY': {
      const category = categoryName(facts.productCategory, locale);
      const balance = money(cents(facts.balance));
      if (zh) return `${category} ${balance} 到期于 ${date}${zhWhen}`;
      return `${category} ${balance} matures on ${date}${enWhen}`;
    }
    case 'TIER_CHANGE': {
      const from = tierName(facts.fromTier, locale);
      const to = tierName(facts.toTier, locale);
      const month = str(facts.month);
      const up = str(facts.direction) !== 'DOWN';
      if (!facts.fromTier) return zh ? `${month} 成为 ${to} 客户` : `Became ${to} in ${month}`;
      if (zh) return `${month} 服务等级由 ${from} ${up ? '升为' : '降为'} ${to}`;
      return `Service tier ${up ? 'raised' : 'lowered'} from ${from} to ${to} in ${month}`;
    }
    case 'SUBSTANDARD': {
      const tier = tierName(facts.serviceTier, locale);
      const month = str(facts.month);
      const months = int(facts.substandardMonths) ?? 1;
      const metric = money(cents(facts.metric));
      const threshold = facts.threshold === undefined || facts.threshold === null ? undefined : money(cents(facts.threshold));
      if (zh) return `${month} 评定达标不足：资产 ${metric}${threshold ? ` 低于 ${tier} 门槛 ${threshold}` : ` 未达 ${tier} 标准`}，已连续 ${months} 个月`;
      return `Substandard in ${month}: AUM ${metric}${threshold ? ` is below the ${tier} threshold of ${threshold}` : ` does not meet ${tier}`}, ${months} ${months === 1 ? 'month' : 'months'} in a row`;
    }
    case 'CARD_EXPIRY': {
      const cardType = str(facts.cardTypeName);
      const last4 = str(facts.cardLast4);
      if (zh) return `${cardType}${last4 ? `（尾号 ${last4}）` : ''} 将于 ${date} 到期${zhWhen}`;
      return `${cardType}${last4 ? ` ending ${last4}` : ''} expires on ${date}${enWhen}`;
    }
    case 'SPECIAL_ADMISSION_EXPIRY': {
      const tier = tierName(facts.tier, locale);
      // endsOn is exclusive in the store; `date` is the last day the admission is in force.
      if (zh) return `${tier} 特殊准入有效至 ${date}${zhWhen}`;
      return `Special admission to ${tier} lasts until ${date}${enWhen}`;
    }
    case 'NEAR_THRESHOLD': {
      const next = tierName(facts.nextTier, locale);
      const metric = money(cents(facts.metric));
      const threshold = money(cents(facts.threshold));
      const gap = money(cents(facts.gap));
      const month = str(facts.month);
      if (zh) return `${month} 资产 ${metric}，距 ${next} 门槛 ${threshold} 还差 ${gap}`;
      return `AUM ${metric} in ${month} is ${gap} below the ${next} threshold of ${threshold}`;
    }
    case 'NO_VISIT': {
      const days = int(facts.days) ?? 0;
      const last = facts.lastVisitOn ? str(facts.lastVisitOn) : undefined;
      if (zh) return last ? `已 ${days} 天未面谈（上次面谈 ${last}）` : `${days} 天内无面谈记录`;
      return last ? `No meeting for ${days} days (last on ${last})` : `No meeting on record in ${days} days`;
    }
    case 'NEW_PRODUCT': {
      const name = str(facts.productName);
      const category = categoryName(facts.productCategory, locale);
      const risk = str(facts.riskLevel);
      const since = str(facts.firstSeenOn);
      if (zh) return `新产品 ${name}（${category}，${risk}）${since} 上架，适合客户的风险等级与持仓`;
      return `New product ${name} (${category}, ${risk}) since ${since}, matching the customer's risk level and holdings`;
    }
    case 'EXTERNAL': {
      const title = str(facts.title);
      const description = str(facts.description);
      if (zh) return `${title}（${date}）${description ? `：${description}` : ''}`;
      return `${title} (${date})${description ? `: ${description}` : ''}`;
    }
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function int(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

/** A decimal string of money ("500000.00") as cents; anything else as 0. */
function cents(value: unknown): bigint {
  if (typeof value !== 'string') return 0n;
  const parsed = parseDecimal(value, 2);
  return parsed.ok ? parsed.units : 0n;
}

function money(amount: bigint): string {
  return amount < 0n ? `-¥${formatCentsGrouped(-amount)}` : `¥${formatCentsGrouped(amount)}`;
}

/** A ratio as a percentage with one decimal: "0.3512" → "35.1%" (half up, in integers). */
function percent(value: unknown): string {
  if (typeof value !== 'string') return '';
  const parsed = parseDecimal(value.replace(/^-/, ''), 6);
  if (!parsed.ok) return '';
  const tenthsOfPercent = (parsed.units + 500n) / 1000n;
  return `${tenthsOfPercent / 10n}.${tenthsOfPercent % 10n}%`;
}

function tierName(value: unknown, locale: Locale): string {
  return TIER_NAMES[str(value) as TierCode]?.[locale] ?? str(value);
}

function categoryName(value: unknown, locale: Locale): string {
  return PRODUCT_CATEGORY_NAMES[str(value)]?.[locale] ?? str(value);
}

function daysAhead(facts: Facts, today: string | undefined): number | undefined {
  const date = str(facts.date);
  if (today && /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{4}-\d{2}-\d{2}$/.test(today)) {
    return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  }
  return int(facts.daysAhead);
}

function whenZh(days: number): string {
  if (days === 0) return '就在今天';
  if (days < 0) return `已过 ${-days} 天`;
  return `还有 ${days} 天`;
}

function whenEn(days: number): string {
  if (days === 0) return 'today';
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} ago`;
  return `in ${days} ${days === 1 ? 'day' : 'days'}`;
}
