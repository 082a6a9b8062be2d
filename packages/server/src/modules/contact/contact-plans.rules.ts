/**
 * Ranking and advice of contact plan items (约访计划, DOMAIN.md §7 "ranked by importance, with the
 * reason and a suggested channel and talking point"). Pure; contact-plans.store.ts computes the
 * same priority in SQL from these tables (`prioritySql`), so a million items are ranked in one
 * statement and this function stays their reference.
 */
import type { Locale } from '../../platform/http/locale.ts';
import { contactEventKind, isContactEventType, type ContactEventKind, type ContactEventType } from './contact-event-messages.ts';
import type { ContactChannel, ContactRule, ContactRuleKind } from './contact-rules.schemas.ts';

/** A higher tier first (§6 capacity: a diamond customer carries the most weight). */
export const TIER_WEIGHT: Readonly<Record<string, number>> = { PRIVATE: 500, DIAMOND: 400, PLATINUM: 300, GOLD: 200, STANDARD: 100 };

/**
 * What the item is about. Behaviour events (money moving, a deposit maturing, a tier at risk) come
 * before the regular duties; greetings and life events after; marketing last (it may wait).
 */
export const REASON_WEIGHT: Readonly<Record<string, number>> = {
  'EVENT:BEHAVIOUR': 80,
  'EVENT:LIFE': 40,
  'EVENT:PRODUCT': 30,
  'EVENT:EXTERNAL': 20,
  'RULE:NO_VISIT_FOLLOW_UP': 60,
  'RULE:CUSTOMER_CONTACTS': 50,
  'RULE:GREETING': 40,
  'RULE:BIRTHDAY_GIFT': 40,
  'RULE:PURPOSE_COUNT': 20,
  'RULE:STAFF_WEEKLY_CUSTOMERS': 0,
};

/** Overdue beats everything of the same tier; among overdue items, the longer overdue (up to a month) the higher. */
export const URGENCY = { overdue: 150, overduePerDayCap: 30, dueToday: 60, withinThreeDays: 40, withinAWeek: 20, later: 0 } as const;

export function reasonKey(source: 'RULE' | 'EVENT', code: string): string {
  if (source === 'EVENT') return `EVENT:${isContactEventType(code) ? contactEventKind(code) : 'EXTERNAL'}`;
  return `RULE:${code}`;
}

function urgency(dueInDays: number): number {
  if (dueInDays < 0) return URGENCY.overdue + Math.min(-dueInDays, URGENCY.overduePerDayCap);
  if (dueInDays === 0) return URGENCY.dueToday;
  if (dueInDays <= 3) return URGENCY.withinThreeDays;
  if (dueInDays <= 7) return URGENCY.withinAWeek;
  return URGENCY.later;
}

/** The priority of an item: tier + reason + urgency of its due date seen on `today` (higher first). */
export function planPriority(input: { tier: string | null; source: 'RULE' | 'EVENT'; code: string; dueInDays: number }): number {
  return (TIER_WEIGHT[input.tier ?? 'STANDARD'] ?? 0) + (REASON_WEIGHT[reasonKey(input.source, input.code)] ?? 0) + urgency(input.dueInDays);
}

/**
 * The same as `planPriority`, as an SQL expression over a tier, a reason key and the days to the
 * due date. Every operand is bracketed here, not by the callers: `->>` binds tighter than `||`, so
 * a key such as `'RULE:' || d.kind` left bare would look up `'RULE:'` and append the kind to the
 * answer (and `-` or `<` would bind into a bare day count the same way).
 */
export function prioritySql(tier: string, key: string, dueInDays: string, tiers: string, reasons: string): string {
  const [days, tierKey, reasonKey] = [`(${dueInDays})`, `coalesce((${tier}), 'STANDARD')`, `(${key})`];
  return `(coalesce((${tiers}::jsonb ->> ${tierKey})::int, 0) + coalesce((${reasons}::jsonb ->> ${reasonKey})::int, 0)
    + CASE WHEN ${days} < 0 THEN ${URGENCY.overdue} + least(-${days}, ${URGENCY.overduePerDayCap})
           WHEN ${days} = 0 THEN ${URGENCY.dueToday} WHEN ${days} <= 3 THEN ${URGENCY.withinThreeDays}
           WHEN ${days} <= 7 THEN ${URGENCY.withinAWeek} ELSE ${URGENCY.later} END)`;
}

/** The SQL reason key of an item row `p` (its reason code is the rule kind or the event type). */
export function reasonKeySql(p: string): string {
  const behaviour = ['LARGE_MOVEMENT', 'MATURITY', 'TIER_CHANGE', 'SUBSTANDARD', 'CARD_EXPIRY', 'SPECIAL_ADMISSION_EXPIRY', 'NEAR_THRESHOLD', 'NO_VISIT'];
  const life = ['BIRTHDAY', 'ANNIVERSARY', 'FESTIVAL'];
  const list = (codes: string[]) => codes.map((code) => `'${code}'`).join(', ');
  return `CASE WHEN ${p}.source = 'RULE' THEN 'RULE:' || (${p}.reason ->> 'code')
    WHEN ${p}.reason ->> 'code' IN (${list(behaviour)}) THEN 'EVENT:BEHAVIOUR'
    WHEN ${p}.reason ->> 'code' IN (${list(life)}) THEN 'EVENT:LIFE'
    WHEN ${p}.reason ->> 'code' = 'NEW_PRODUCT' THEN 'EVENT:PRODUCT' ELSE 'EVENT:EXTERNAL' END`;
}

/** How to reach the customer for a rule's duty: the channel the rule names, else the usual one for the kind. */
export function ruleChannel(rule: ContactRule): ContactChannel {
  switch (rule.kind) {
    case 'NO_VISIT_FOLLOW_UP':
      return rule.channel;
    case 'GREETING':
      return rule.channels[0]!;
    case 'PURPOSE_COUNT':
      return rule.channels?.[0] ?? (rule.purpose === 'GIFT' ? 'HOME_VISIT' : 'PHONE');
    case 'BIRTHDAY_GIFT':
      return 'HOME_VISIT';
    case 'CUSTOMER_CONTACTS':
      // A rule that asks for meetings only is met face to face.
      return rule.minCalls === undefined && rule.minContacts === undefined ? 'OUTLET_VISIT' : 'PHONE';
    case 'STAFF_WEEKLY_CUSTOMERS':
      return 'PHONE';
  }
}

export const EVENT_CHANNEL: Readonly<Record<ContactEventType, ContactChannel>> = {
  BIRTHDAY: 'PHONE',
  ANNIVERSARY: 'PHONE',
  FESTIVAL: 'SMS',
  LARGE_MOVEMENT: 'PHONE',
  MATURITY: 'PHONE',
  TIER_CHANGE: 'PHONE',
  SUBSTANDARD: 'PHONE',
  CARD_EXPIRY: 'PHONE',
  SPECIAL_ADMISSION_EXPIRY: 'PHONE',
  NEAR_THRESHOLD: 'OUTLET_VISIT',
  NO_VISIT: 'PHONE',
  NEW_PRODUCT: 'PHONE',
  EXTERNAL: 'PHONE',
};

type Said = Record<Locale, string>;

const RULE_TALKING_POINTS: Record<ContactRuleKind, Said> = {
  CUSTOMER_CONTACTS: { 'zh-CN': '问候近况，了解近期资金安排和理财需求，预约下次面谈', en: 'Ask how they are, learn about upcoming cash needs and plans, and book the next meeting' },
  STAFF_WEEKLY_CUSTOMERS: { 'zh-CN': '本周尚未联系的管户客户优先', en: 'Start with the maintained customers not yet contacted this week' },
  NO_VISIT_FOLLOW_UP: { 'zh-CN': '客户近期未到网点，电话问候，了解是否有需要办理的业务，邀请到网点面谈', en: 'The customer has not come in lately: call, ask whether anything needs doing, and invite them to the outlet' },
  GREETING: { 'zh-CN': '送上节日或生日祝福，不谈业务', en: 'Send the festival or birthday wishes; no business talk' },
  PURPOSE_COUNT: { 'zh-CN': '结合客户风险等级和持仓介绍适合的产品或活动，尊重客户意愿', en: "Present a product or event that fits the customer's risk level and holdings; respect their wishes" },
  BIRTHDAY_GIFT: { 'zh-CN': '生日当天或之前送上鲜花或蛋糕，当面或电话祝福', en: 'Deliver flowers or a cake on or before the birthday, with wishes in person or by phone' },
};

const EVENT_TALKING_POINTS: Record<ContactEventType, Said> = {
  BIRTHDAY: { 'zh-CN': '生日祝福，可提及客户专属生日礼遇', en: "Birthday wishes; mention the customer's birthday privileges" },
  ANNIVERSARY: { 'zh-CN': '感谢客户多年信任，介绍贵宾权益', en: 'Thank the customer for their years with the bank and recall their VIP benefits' },
  FESTIVAL: { 'zh-CN': '节日问候，告知节假日网点营业安排', en: 'Festival wishes, with the outlet opening hours over the holiday' },
  LARGE_MOVEMENT: { 'zh-CN': '了解资金变动原因和去向，提供合适的存放或配置建议', en: 'Learn why the money moved and where to, and offer a fitting place to keep or invest it' },
  MATURITY: { 'zh-CN': '提醒到期日，了解资金安排，介绍续作或适合的产品', en: 'Remind the customer of the maturity date, ask about their plans, and present renewal or suitable products' },
  TIER_CHANGE: { 'zh-CN': '说明等级变动及对应权益变化，升级客户安排换卡', en: 'Explain the tier change and what it means for benefits; arrange the card exchange for an upgrade' },
  SUBSTANDARD: { 'zh-CN': '提示资产未达等级标准及宽限期，了解原因，商讨资产安排', en: 'Explain that assets are below the tier and the grace period; learn why and discuss their assets' },
  CARD_EXPIRY: { 'zh-CN': '提醒贵宾卡即将到期，预约换卡', en: 'Remind the customer that the VIP card expires soon and book the renewal' },
  SPECIAL_ADMISSION_EXPIRY: { 'zh-CN': '特殊准入即将到期，说明到期后的等级和权益', en: 'The special admission ends soon: explain the tier and benefits afterwards' },
  NEAR_THRESHOLD: { 'zh-CN': '客户临近更高等级，介绍升级后的权益，邀请面谈', en: 'The customer is close to the next tier: present its benefits and invite them to a meeting' },
  NO_VISIT: { 'zh-CN': '长时间未面谈，问候近况，邀请到网点或上门拜访', en: 'No meeting for a long time: ask how they are and invite them in or offer a visit' },
  NEW_PRODUCT: { 'zh-CN': '介绍与客户风险等级相符的新产品（需客户营销授权）', en: "Present the new product that fits the customer's risk level (needs marketing consent)" },
  EXTERNAL: { 'zh-CN': '告知相关市场或本行活动信息，了解客户意向', en: 'Share the market or bank news and learn what the customer thinks' },
};

/** What to say, by the reason of the item, in the reader's language. */
export function talkingPoint(source: 'RULE' | 'EVENT', code: string, locale: Locale): string {
  const said = source === 'RULE' ? RULE_TALKING_POINTS[code as ContactRuleKind] : EVENT_TALKING_POINTS[code as ContactEventType];
  return said?.[locale] ?? '';
}

export type { ContactEventKind };
