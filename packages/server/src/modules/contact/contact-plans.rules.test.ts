import { describe, expect, it } from 'vitest';
import { contactRule } from './contact-rules.schemas.ts';
import { planPriority, prioritySql, reasonKey, ruleChannel, talkingPoint } from './contact-plans.rules.ts';

describe('plan priority', () => {
  it.each([
    // tier, source, code, days to due → priority
    ['DIAMOND', 'RULE', 'CUSTOMER_CONTACTS', 10, 400 + 50 + 0],
    ['DIAMOND', 'RULE', 'CUSTOMER_CONTACTS', 5, 400 + 50 + 20],
    ['DIAMOND', 'RULE', 'CUSTOMER_CONTACTS', 2, 400 + 50 + 40],
    ['DIAMOND', 'RULE', 'CUSTOMER_CONTACTS', 0, 400 + 50 + 60],
    ['DIAMOND', 'RULE', 'CUSTOMER_CONTACTS', -1, 400 + 50 + 151],
    ['DIAMOND', 'RULE', 'CUSTOMER_CONTACTS', -90, 400 + 50 + 180],
    ['GOLD', 'EVENT', 'MATURITY', 0, 200 + 80 + 60],
    ['GOLD', 'EVENT', 'BIRTHDAY', 0, 200 + 40 + 60],
    ['GOLD', 'EVENT', 'NEW_PRODUCT', 0, 200 + 30 + 60],
    ['GOLD', 'EVENT', 'EXTERNAL', 0, 200 + 20 + 60],
    ['PLATINUM', 'RULE', 'PURPOSE_COUNT', 3, 300 + 20 + 40],
    ['PRIVATE', 'RULE', 'NO_VISIT_FOLLOW_UP', 0, 500 + 60 + 60],
    [null, 'EVENT', 'LARGE_MOVEMENT', 8, 100 + 80 + 0],
  ] as const)('%s %s %s due in %i days → %i', (tier, source, code, dueInDays, priority) => {
    expect(planPriority({ tier, source, code, dueInDays })).toBe(priority);
  });

  it('ranks a higher tier first, then behaviour events before rule duties, and overdue above due today', () => {
    const p = (tier: string, source: 'RULE' | 'EVENT', code: string, dueInDays: number) => planPriority({ tier, source, code, dueInDays });
    expect(p('DIAMOND', 'RULE', 'GREETING', 0)).toBeGreaterThan(p('PLATINUM', 'EVENT', 'MATURITY', 0));
    expect(p('GOLD', 'EVENT', 'LARGE_MOVEMENT', 0)).toBeGreaterThan(p('GOLD', 'RULE', 'CUSTOMER_CONTACTS', 0));
    expect(p('GOLD', 'RULE', 'PURPOSE_COUNT', -1)).toBeGreaterThan(p('GOLD', 'EVENT', 'LARGE_MOVEMENT', 0));
  });

  it('brackets the key and the day count itself, so a caller cannot hand it an expression that binds wrongly', () => {
    const sql = prioritySql('d.tier', `'RULE:' || d.kind`, `d.due_on - $1::date`, '$2', '$3');
    // `->>` binds tighter than `||`: unbracketed, the key would be looked up as 'RULE:' alone.
    expect(sql).toContain(`$3::jsonb ->> ('RULE:' || d.kind)`);
    expect(sql).toContain(`$2::jsonb ->> coalesce((d.tier), 'STANDARD')`);
    expect(sql).toContain('least(-(d.due_on - $1::date), 30)');
    expect(sql).not.toMatch(/->> 'RULE:'/);
  });

  it('keys reasons by event kind', () => {
    expect(reasonKey('EVENT', 'SUBSTANDARD')).toBe('EVENT:BEHAVIOUR');
    expect(reasonKey('EVENT', 'FESTIVAL')).toBe('EVENT:LIFE');
    expect(reasonKey('RULE', 'GREETING')).toBe('RULE:GREETING');
  });
});

describe('suggested channel and talking point', () => {
  it.each([
    [{ code: 'a', kind: 'CUSTOMER_CONTACTS', period: 'MONTH', minCalls: 2, minMeetings: 1 }, 'PHONE'],
    [{ code: 'a', kind: 'CUSTOMER_CONTACTS', period: 'MONTH', minMeetings: 1 }, 'OUTLET_VISIT'],
    [{ code: 'a', kind: 'NO_VISIT_FOLLOW_UP', afterDays: 7, channel: 'WECHAT' }, 'WECHAT'],
    [{ code: 'a', kind: 'GREETING', occasions: ['BIRTHDAY'], channels: ['SMS', 'PHONE'], daysBefore: 3 }, 'SMS'],
    [{ code: 'a', kind: 'PURPOSE_COUNT', purpose: 'PRODUCT', channels: ['SMS'], period: 'MONTH', minCount: 4 }, 'SMS'],
    [{ code: 'a', kind: 'PURPOSE_COUNT', purpose: 'SALON_INVITATION', period: 'YEAR', minCount: 2 }, 'PHONE'],
    [{ code: 'a', kind: 'PURPOSE_COUNT', purpose: 'GIFT', period: 'YEAR', minCount: 1 }, 'HOME_VISIT'],
    [{ code: 'a', kind: 'BIRTHDAY_GIFT', daysBefore: 3 }, 'HOME_VISIT'],
  ])('%o → %s', (value, channel) => expect(ruleChannel(contactRule.parse(value))).toBe(channel));

  it('says something for every reason, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const kind of ['CUSTOMER_CONTACTS', 'STAFF_WEEKLY_CUSTOMERS', 'NO_VISIT_FOLLOW_UP', 'GREETING', 'PURPOSE_COUNT', 'BIRTHDAY_GIFT']) expect(talkingPoint('RULE', kind, locale)).not.toBe('');
      for (const type of ['BIRTHDAY', 'MATURITY', 'LARGE_MOVEMENT', 'NEW_PRODUCT', 'EXTERNAL']) expect(talkingPoint('EVENT', type, locale)).not.toBe('');
    }
    expect(talkingPoint('EVENT', 'MATURITY', 'zh-CN')).toContain('到期');
  });
});
