import { describe, expect, it } from 'vitest';
import { looksSensitive, MISSING, renderTemplate } from './message-template.ts';

describe('renderTemplate', () => {
  it('interpolates details', () => {
    expect(renderTemplate('your role may not do this ({permission})', { permission: 'customer.read' }, 'en')).toBe(
      'your role may not do this (customer.read)',
    );
    expect(renderTemplate('{n} / {flag}', { n: 3, flag: false }, 'en')).toBe('3 / false');
  });

  it('drops an optional part whose detail is missing, keeps it when present', () => {
    const template = 'no such customer[ (customer number {customerNo})]';
    expect(renderTemplate(template, {}, 'en')).toBe('no such customer');
    expect(renderTemplate(template, { customerNo: 'C00000042' }, 'en')).toBe('no such customer (customer number C00000042)');
    expect(renderTemplate('a[ {x} and {y}] b', { x: '1' }, 'en')).toBe('a b');
  });

  it('marks a missing required detail instead of failing', () => {
    expect(renderTemplate('month {month} is not closed', {}, 'en')).toBe(`month ${MISSING} is not closed`);
  });

  it('counts lists, converts milliseconds to whole seconds, shows instants in China Standard Time', () => {
    expect(renderTemplate('{gaps|count}', { gaps: ['2026-09-03', '2026-09-04'] }, 'en')).toBe('2');
    expect(renderTemplate('{ms|seconds}', { ms: 59_001 }, 'en')).toBe('60');
    expect(renderTemplate('{ms|seconds}', { ms: 1 }, 'en')).toBe('1');
    expect(renderTemplate('{t|time}', { t: '2026-11-25T08:15:00.000Z' }, 'zh-CN')).toBe('2026-11-25 16:15:00');
    expect(renderTemplate('[{t|time}]', { t: 'not a time' }, 'zh-CN')).toBe('');
    expect(renderTemplate('[{x|count}][{x|nonsense}]', { x: 'text' }, 'en')).toBe('');
  });

  it('shows a localized text in the caller language and joins lists per language', () => {
    const violations = [
      { rule: 'MIN_LENGTH', zh: '密码至少需要 10 个字符', en: 'the password must have at least 10 characters' },
      { rule: 'CONTAINS_STAFF_NO', zh: '密码不得包含工号', en: 'the password must not contain the staff number' },
    ];
    expect(renderTemplate('{violations}', { violations }, 'zh-CN')).toBe('密码至少需要 10 个字符；密码不得包含工号');
    expect(renderTemplate('{violations}', { violations }, 'en')).toBe(
      'the password must have at least 10 characters; the password must not contain the staff number',
    );
    expect(renderTemplate('{days}', { days: ['2026-09-03', '2026-09-04'] }, 'zh-CN')).toBe('2026-09-03、2026-09-04');
    expect(renderTemplate('{days}', { days: ['2026-09-03', '2026-09-04'] }, 'en')).toBe('2026-09-03, 2026-09-04');
  });

  it('cuts long lists, saying how many more there are', () => {
    const days = Array.from({ length: 25 }, (_, index) => `2026-09-${String(index + 1).padStart(2, '0')}`);
    expect(renderTemplate('{days}', { days }, 'en')).toMatch(/^2026-09-01, .*, 2026-09-10 and 15 more$/);
    expect(renderTemplate('{days}', { days }, 'zh-CN')).toMatch(/2026-09-10 等（另有 15 项）$/);
  });

  it('treats objects that are not localized texts, and empty lists, as missing', () => {
    expect(renderTemplate('a[ {x}]', { x: { path: '/a' } }, 'en')).toBe('a');
    expect(renderTemplate('a[ {x}]', { x: [] }, 'en')).toBe('a');
    expect(renderTemplate('a[ {x}]', { x: [{ path: '/a' }] }, 'en')).toBe('a');
  });
});

describe('no sensitive value is ever shown in full', () => {
  it.each([
    ['a mobile number', '13800138000'],
    ['a spaced mobile number', '138 0013 8000'],
    ['a dashed mobile number', '138-0013-8000'],
    ['an ID number', '110105199003071234'],
    ['an ID number ending in X', '11010519900307123X'],
    ['a card number', '6222021234567890123'],
    ['an account number', '622202123456'],
    ['an email address', 'wang.fang@example.com.cn'],
    ['a value embedding one', 'customer 13800138000 not found'],
  ])('drops %s', (_, value) => {
    expect(looksSensitive(value)).toBe(true);
    expect(renderTemplate('x[ {value}]', { value }, 'en')).toBe('x');
    expect(renderTemplate('x[ {value}]', { value: [value] }, 'en')).toBe('x');
    expect(renderTemplate('x {value}', { value }, 'zh-CN')).toBe(`x ${MISSING}`);
  });

  it('drops a number that long, too', () => {
    expect(renderTemplate('x[ {value}]', { value: 13_800_138_000 }, 'en')).toBe('x');
  });

  it.each(['idNumber', 'idNo', 'phone', 'mobile', 'email', 'accountNo', 'cardNumber', 'address', 'password', 'token'])(
    'refuses a detail named %s, whatever its value',
    (name) => {
      expect(renderTemplate(`x[ {${name}}]`, { [name]: 'abc' }, 'en')).toBe('x');
    },
  );

  it.each([
    ['an instant', '2026-11-25T08:15:00.000Z'],
    ['a day', '2026-09-03'],
    ['a customer number', 'C00000042'],
    ['a staff number', 'R77001'],
    ['a month', '2026-09'],
    ['a permission', 'customer.show-in-full'],
  ])('keeps %s', (_, value) => {
    expect(looksSensitive(value)).toBe(false);
  });
});
