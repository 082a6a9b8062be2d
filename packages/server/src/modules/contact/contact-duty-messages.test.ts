import { describe, expect, it } from 'vitest';
import { describeDuty } from './contact-duty-messages.ts';

describe('describeDuty', () => {
  it.each([
    ['CUSTOMER_CONTACTS', { period: '2026-11', minCalls: 2, minMeetings: 1, calls: 1, meetings: 0, contacts: 1 }, '2026-11 定期联系：至少电话 2 次或面谈 1 次（已电话 1 次、面谈 0 次、共联系 1 次）', 'Regular contact for 2026-11: at least 2 call(s) or 1 meeting(s) (so far 1 call(s), 0 meeting(s), 1 contact(s) in all)'],
    ['PURPOSE_COUNT', { period: '2026-11', purpose: 'PRODUCT', channels: ['SMS'], minCount: 4, count: 1 }, '2026-11 短信产品推介至少 4 次（已 1 次）', '2026-11: at least 4 product contacts by SMS (so far 1)'],
    ['GREETING', { occasion: 'MID_AUTUMN', channels: ['PHONE', 'SMS'], dueOn: '2026-09-25' }, '中秋节（2026-09-25）电话或短信问候', 'Greet the customer for Mid-Autumn Festival (2026-09-25) by phone or SMS'],
    ['GREETING', { occasion: 'BIRTHDAY', channels: ['PHONE'], dueOn: '2026-11-28' }, '生日（2026-11-28）电话问候', 'Greet the customer for birthday (2026-11-28) by phone'],
    ['BIRTHDAY_GIFT', { dueOn: '2026-11-28' }, '生日（2026-11-28）赠送鲜花或蛋糕', 'Birthday gift, flowers or a cake (2026-11-28)'],
    ['NO_VISIT_FOLLOW_UP', { days: 16, lastMeetingOn: '2026-11-10', afterDays: 7, channel: 'PHONE' }, '已 16 天未面谈（上次 2026-11-10，超过 7 天），请电话跟进', 'No meeting for 16 days (last on 2026-11-10, more than 7); follow up by phone'],
    ['NO_VISIT_FOLLOW_UP', { days: 9, lastMeetingOn: null, countedFrom: '2026-11-17', afterDays: 7, channel: 'PHONE' }, '自 2026-11-17 起尚无面谈记录（已 9 天，超过 7 天），请电话跟进', 'No meeting recorded since 2026-11-17 (9 days, more than 7); follow up by phone'],
    ['STAFF_WEEKLY_CUSTOMERS', { period: '2026-W48', contacted: 4, required: 10 }, '2026-W48 本周已联系 4/10 位管户客户', '2026-W48: 4 of 10 maintained customers contacted this week'],
  ] as const)('%s %o', (kind, facts, zh, en) => {
    expect(describeDuty(kind, facts, 'zh-CN')).toBe(zh);
    expect(describeDuty(kind, facts, 'en')).toBe(en);
  });

  it('degrades to what is known instead of failing on missing facts', () => {
    expect(describeDuty('CUSTOMER_CONTACTS', {}, 'en')).toContain('so far 0 call(s)');
    expect(describeDuty('NO_VISIT_FOLLOW_UP', {}, 'zh-CN')).toContain('未面谈');
  });
});
