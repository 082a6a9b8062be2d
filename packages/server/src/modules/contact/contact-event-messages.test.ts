import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_EVENT_TYPES,
  contactEventKind,
  describeContactEvent,
  type ContactEventType,
} from './contact-event-messages.ts';

describe('CONTACT_EVENT_TYPES', () => {
  it('is the list of the CHECK on contact_event.type, in order', () => {
    const sql = readFileSync(new URL('../../platform/db/migrations/0016_contact.sql', import.meta.url), 'utf8');
    const check = /type\s+text NOT NULL CHECK \(type IN \(([^)]*)\)\)/.exec(sql)?.[1] ?? '';
    const listed = [...check.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]);
    expect(listed).toEqual([...CONTACT_EVENT_TYPES]);
  });
});

describe('contactEventKind', () => {
  it.each([
    ['BIRTHDAY', 'LIFE'],
    ['ANNIVERSARY', 'LIFE'],
    ['FESTIVAL', 'LIFE'],
    ['LARGE_MOVEMENT', 'BEHAVIOUR'],
    ['MATURITY', 'BEHAVIOUR'],
    ['TIER_CHANGE', 'BEHAVIOUR'],
    ['SUBSTANDARD', 'BEHAVIOUR'],
    ['CARD_EXPIRY', 'BEHAVIOUR'],
    ['SPECIAL_ADMISSION_EXPIRY', 'BEHAVIOUR'],
    ['NEAR_THRESHOLD', 'BEHAVIOUR'],
    ['NO_VISIT', 'BEHAVIOUR'],
    ['NEW_PRODUCT', 'PRODUCT'],
    ['EXTERNAL', 'EXTERNAL'],
  ] as const)('%s is %s', (type, kind) => {
    expect(contactEventKind(type)).toBe(kind);
  });
});

type Case = [ContactEventType, Record<string, unknown>, string, string];

const cases: Case[] = [
  [
    'BIRTHDAY',
    { date: '2026-10-08', daysAhead: 7, birthDate: '1966-10-08', age: 60 },
    '生日 2026-10-08（60 岁），还有 7 天',
    'Birthday on 2026-10-08 (turns 60), in 7 days',
  ],
  [
    'BIRTHDAY',
    { date: '2026-10-01', daysAhead: 0, birthDate: '1990-10-01', age: 36 },
    '生日 2026-10-01（36 岁），就在今天',
    'Birthday on 2026-10-01 (turns 36), today',
  ],
  [
    'ANNIVERSARY',
    { date: '2026-10-03', daysAhead: 2, since: '2016-10-03', years: 10 },
    '成为本行客户 10 周年（2016-10-03 开户），纪念日 2026-10-03，还有 2 天',
    '10 years as a customer (since 2016-10-03) on 2026-10-03, in 2 days',
  ],
  [
    'ANNIVERSARY',
    { date: '2026-10-03', daysAhead: 1, since: '2025-10-03', years: 1 },
    '成为本行客户 1 周年（2025-10-03 开户），纪念日 2026-10-03，还有 1 天',
    '1 year as a customer (since 2025-10-03) on 2026-10-03, in 1 day',
  ],
  [
    'FESTIVAL',
    { date: '2026-09-25', daysAhead: 7, festival: 'MID_AUTUMN', year: 2026 },
    '中秋节 2026-09-25，还有 7 天',
    'Mid-Autumn Festival on 2026-09-25, in 7 days',
  ],
  [
    'LARGE_MOVEMENT',
    { businessDate: '2026-09-30', previousDate: '2026-09-29', previousAum: '1700000.00', aum: '2300000.00', change: '600000.00', share: '0.352941' },
    '资产 2026-09-30 较 2026-09-29 增加 ¥600,000.00（+35.3%），现为 ¥2,300,000.00',
    'AUM rose by ¥600,000.00 (+35.3%) on 2026-09-30 against 2026-09-29, now ¥2,300,000.00',
  ],
  [
    'LARGE_MOVEMENT',
    { businessDate: '2026-09-30', previousDate: '2026-09-29', previousAum: '1234567.89', aum: '0.00', change: '-1234567.89', share: '1' },
    '资产 2026-09-30 较 2026-09-29 减少 ¥1,234,567.89（-100.0%），现为 ¥0.00',
    'AUM fell by ¥1,234,567.89 (-100.0%) on 2026-09-30 against 2026-09-29, now ¥0.00',
  ],
  [
    'LARGE_MOVEMENT',
    { businessDate: '2026-09-30', previousDate: '2026-09-29', previousAum: '0.00', aum: '800000.05', change: '800000.05', share: null },
    '资产 2026-09-30 较 2026-09-29 增加 ¥800,000.05，现为 ¥800,000.05',
    'AUM rose by ¥800,000.05 on 2026-09-30 against 2026-09-29, now ¥800,000.05',
  ],
  [
    'MATURITY',
    { date: '2026-10-08', daysAhead: 7, productCategory: 'TIME_DEPOSIT', productName: '三年期定期', balance: '500000.00', accountNo: 'A1' },
    '定期存款 ¥500,000.00 到期于 2026-10-08，还有 7 天',
    'Time deposit ¥500,000.00 matures on 2026-10-08, in 7 days',
  ],
  [
    'TIER_CHANGE',
    { month: '2026-09', previousMonth: '2026-08', fromTier: 'GOLD', toTier: 'PLATINUM', direction: 'UP' },
    '2026-09 服务等级由 金卡 升为 白金',
    'Service tier raised from Gold to Platinum in 2026-09',
  ],
  [
    'TIER_CHANGE',
    { month: '2026-09', previousMonth: '2026-08', fromTier: 'DIAMOND', toTier: 'STANDARD', direction: 'DOWN' },
    '2026-09 服务等级由 钻石 降为 普通客户',
    'Service tier lowered from Diamond to Standard in 2026-09',
  ],
  [
    'SUBSTANDARD',
    { month: '2026-09', serviceTier: 'PLATINUM', qualifiedTier: 'GOLD', substandardMonths: 2, metric: '480000.00', threshold: '500000.00' },
    '2026-09 评定达标不足：资产 ¥480,000.00 低于 白金 门槛 ¥500,000.00，已连续 2 个月',
    'Substandard in 2026-09: AUM ¥480,000.00 is below the Platinum threshold of ¥500,000.00, 2 months in a row',
  ],
  [
    'CARD_EXPIRY',
    { date: '2026-10-31', daysAhead: 30, cardTypeName: '白金卡', cardLast4: '1234' },
    '白金卡（尾号 1234） 将于 2026-10-31 到期，还有 30 天',
    '白金卡 ending 1234 expires on 2026-10-31, in 30 days',
  ],
  [
    'SPECIAL_ADMISSION_EXPIRY',
    { date: '2026-10-31', daysAhead: 30, tier: 'DIAMOND', startsOn: '2026-05-01', endsOn: '2026-11-01' },
    '钻石 特殊准入有效至 2026-10-31，还有 30 天',
    'Special admission to Diamond lasts until 2026-10-31, in 30 days',
  ],
  [
    'NEAR_THRESHOLD',
    { month: '2026-09', tier: 'GOLD', nextTier: 'PLATINUM', metric: '950000.00', threshold: '1000000.00', gap: '50000.00' },
    '2026-09 资产 ¥950,000.00，距 白金 门槛 ¥1,000,000.00 还差 ¥50,000.00',
    'AUM ¥950,000.00 in 2026-09 is ¥50,000.00 below the Platinum threshold of ¥1,000,000.00',
  ],
  [
    'NO_VISIT',
    { days: 95, lastVisitOn: '2026-06-27' },
    '已 95 天未面谈（上次面谈 2026-06-27）',
    'No meeting for 95 days (last on 2026-06-27)',
  ],
  ['NO_VISIT', { days: 90, lastVisitOn: null }, '90 天内无面谈记录', 'No meeting on record in 90 days'],
  [
    'NEW_PRODUCT',
    { productCode: 'WM-9', productName: '稳享90天', productCategory: 'WEALTH_PRODUCT', riskLevel: 'R2', firstSeenOn: '2026-09-20' },
    '新产品 稳享90天（理财产品，R2）2026-09-20 上架，适合客户的风险等级与持仓',
    "New product 稳享90天 (Wealth management product, R2) since 2026-09-20, matching the customer's risk level and holdings",
  ],
  [
    'EXTERNAL',
    { date: '2026-10-15', title: '四季度投资策略会', description: '邀请参加', externalEventId: '3' },
    '四季度投资策略会（2026-10-15）：邀请参加',
    '四季度投资策略会 (2026-10-15): 邀请参加',
  ],
];

describe('describeContactEvent', () => {
  it.each(cases)('%s %j', (type, facts, zh, en) => {
    expect(describeContactEvent(type, facts, 'zh-CN')).toBe(zh);
    expect(describeContactEvent(type, facts, 'en')).toBe(en);
  });

  it('has a case for every type', () => {
    expect(new Set(cases.map(([type]) => type))).toEqual(new Set(CONTACT_EVENT_TYPES));
  });

  it.each([
    ['2026-10-01', '还有 7 天', 'in 7 days'],
    ['2026-10-07', '还有 1 天', 'in 1 day'],
    ['2026-10-08', '就在今天', 'today'],
    ['2026-10-10', '已过 2 天', '2 days ago'],
  ])('counts the days again from today %s', (today, zh, en) => {
    const facts = { date: '2026-10-08', daysAhead: 99, productCategory: 'TIME_DEPOSIT', balance: '500000.00' };
    expect(describeContactEvent('MATURITY', facts, 'zh-CN', { today })).toBe(`定期存款 ¥500,000.00 到期于 2026-10-08，${zh}`);
    expect(describeContactEvent('MATURITY', facts, 'en', { today })).toBe(`Time deposit ¥500,000.00 matures on 2026-10-08, ${en}`);
  });

  it('degrades to what is known when facts are missing', () => {
    expect(describeContactEvent('MATURITY', { date: '2026-10-08' }, 'en')).toBe(' ¥0.00 matures on 2026-10-08');
    expect(describeContactEvent('TIER_CHANGE', { month: '2026-09', toTier: 'GOLD' }, 'zh-CN')).toBe('2026-09 成为 金卡 客户');
    expect(describeContactEvent('TIER_CHANGE', { month: '2026-09', toTier: 'GOLD' }, 'en')).toBe('Became Gold in 2026-09');
  });
});
