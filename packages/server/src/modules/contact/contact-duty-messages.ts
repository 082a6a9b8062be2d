/**
 * Contact duties in words (DOMAIN.md §7), in the reader's language: why a RULE plan item exists
 * and why a customer shows as overdue in compliance. Pure, like contact-event-messages.ts: the
 * facts are stored, the text is rendered when read.
 */
import type { Locale } from '../../platform/http/locale.ts';
import { FESTIVAL_NAMES } from './contact-event-messages.ts';
import type { ContactChannel, ContactPurpose, ContactRuleKind, Festival } from './contact-rules.schemas.ts';

export const CHANNEL_NAMES: Record<ContactChannel, Record<Locale, string>> = {
  PHONE: { 'zh-CN': '电话', en: 'phone' },
  SMS: { 'zh-CN': '短信', en: 'SMS' },
  WECHAT: { 'zh-CN': '微信', en: 'WeChat' },
  EMAIL: { 'zh-CN': '邮件', en: 'email' },
  OUTLET_VISIT: { 'zh-CN': '网点面谈', en: 'outlet visit' },
  HOME_VISIT: { 'zh-CN': '上门拜访', en: 'home or office visit' },
  EVENT: { 'zh-CN': '活动', en: 'event' },
};

export const PURPOSE_NAMES: Record<ContactPurpose, Record<Locale, string>> = {
  SERVICE: { 'zh-CN': '服务', en: 'service' },
  GREETING: { 'zh-CN': '问候', en: 'greeting' },
  FOLLOW_UP: { 'zh-CN': '跟进', en: 'follow-up' },
  GIFT: { 'zh-CN': '赠礼', en: 'gift' },
  PRODUCT: { 'zh-CN': '产品推介', en: 'product' },
  SALON_INVITATION: { 'zh-CN': '沙龙邀请', en: 'salon invitation' },
};

/** "at least 4 product contacts": the English count needs the plural. */
const PURPOSE_PLURALS_EN: Record<ContactPurpose, string> = {
  SERVICE: 'service contacts',
  GREETING: 'greetings',
  FOLLOW_UP: 'follow-ups',
  GIFT: 'gifts',
  PRODUCT: 'product contacts',
  SALON_INVITATION: 'salon invitations',
};

type Facts = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);

function channelList(channels: unknown, locale: Locale): string {
  if (!Array.isArray(channels) || channels.length === 0) return '';
  const names = channels.map((channel) => CHANNEL_NAMES[channel as ContactChannel]?.[locale] ?? String(channel));
  return locale === 'zh-CN' ? names.join('或') : names.join(' or ');
}

function occasionName(occasion: string, locale: Locale): string {
  if (occasion === 'BIRTHDAY') return locale === 'zh-CN' ? '生日' : 'birthday';
  return FESTIVAL_NAMES[occasion as Festival]?.[locale] ?? occasion;
}

/**
 * The duty in words: what the rule asks, for which period or day, and what is done so far.
 * `facts` are those of contact-duties.store.ts with the rule's parameters (contact-plans.store.ts).
 */
export function describeDuty(kind: ContactRuleKind, facts: Facts, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const period = str(facts.period);
  switch (kind) {
    case 'CUSTOMER_CONTACTS': {
      const wants: string[] = [];
      const [minCalls, minMeetings, minContacts] = [num(facts.minCalls), num(facts.minMeetings), num(facts.minContacts)];
      if (minCalls !== undefined) wants.push(zh ? `电话 ${minCalls} 次` : `${minCalls} call(s)`);
      if (minMeetings !== undefined) wants.push(zh ? `面谈 ${minMeetings} 次` : `${minMeetings} meeting(s)`);
      if (minContacts !== undefined) wants.push(zh ? `联系 ${minContacts} 次` : `${minContacts} contact(s)`);
      const [calls, meetings, contacts] = [num(facts.calls) ?? 0, num(facts.meetings) ?? 0, num(facts.contacts) ?? 0];
      return zh
        ? `${period} 定期联系：至少${wants.join('或')}（已电话 ${calls} 次、面谈 ${meetings} 次、共联系 ${contacts} 次）`
        : `Regular contact for ${period}: at least ${wants.join(' or ')} (so far ${calls} call(s), ${meetings} meeting(s), ${contacts} contact(s) in all)`;
    }
    case 'PURPOSE_COUNT': {
      const purpose = (zh ? PURPOSE_NAMES[facts.purpose as ContactPurpose]?.[locale] : PURPOSE_PLURALS_EN[facts.purpose as ContactPurpose]) ?? str(facts.purpose);
      const channels = channelList(facts.channels, locale);
      const [minCount, count] = [num(facts.minCount) ?? 1, num(facts.count) ?? 0];
      return zh
        ? `${period} ${channels ? `${channels}` : ''}${purpose}至少 ${minCount} 次（已 ${count} 次）`
        : `${period}: at least ${minCount} ${purpose}${channels ? ` by ${channels}` : ''} (so far ${count})`;
    }
    case 'GREETING': {
      const occasion = occasionName(str(facts.occasion), locale);
      const channels = channelList(facts.channels, locale);
      const day = str(facts.dueOn);
      return zh ? `${occasion}（${day}）${channels}问候` : `Greet the customer for ${occasion} (${day}) by ${channels}`;
    }
    case 'BIRTHDAY_GIFT': {
      const day = str(facts.dueOn);
      return zh ? `生日（${day}）赠送鲜花或蛋糕` : `Birthday gift, flowers or a cake (${day})`;
    }
    case 'NO_VISIT_FOLLOW_UP': {
      const [days, afterDays] = [num(facts.days) ?? 0, num(facts.afterDays) ?? 0];
      const last = str(facts.lastMeetingOn);
      const channel = CHANNEL_NAMES[facts.channel as ContactChannel]?.[locale] ?? str(facts.channel);
      // Never met since the relation began: say so, rather than counting from a meeting that never was.
      if (facts.lastMeetingOn === null && typeof facts.countedFrom === 'string') {
        return zh
          ? `自 ${facts.countedFrom} 起尚无面谈记录（已 ${days} 天，超过 ${afterDays} 天），请${channel}跟进`
          : `No meeting recorded since ${facts.countedFrom} (${days} days, more than ${afterDays}); follow up by ${channel}`;
      }
      return zh
        ? `已 ${days} 天未面谈（上次 ${last}，超过 ${afterDays} 天），请${channel}跟进`
        : `No meeting for ${days} days (last on ${last}, more than ${afterDays}); follow up by ${channel}`;
    }
    case 'STAFF_WEEKLY_CUSTOMERS': {
      const [contacted, required] = [num(facts.contacted) ?? 0, num(facts.required) ?? 0];
      return zh ? `${period} 本周已联系 ${contacted}/${required} 位管户客户` : `${period}: ${contacted} of ${required} maintained customers contacted this week`;
    }
  }
}
