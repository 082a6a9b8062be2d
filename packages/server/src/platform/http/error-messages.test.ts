import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, localizedMessage, type CatalogueCode } from './error-messages.ts';
import { LOCALES } from './locale.ts';
import { MISSING, PIPES, placeholdersOf, renderTemplate, SENSITIVE_NAME } from './message-template.ts';

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODES = Object.keys(ERROR_CATALOGUE) as CatalogueCode[];
const CJK = /[\u4e00-\u9fff]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !/\.test(-support)?\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Every `new DomainError('CODE'` in the server (tests excluded: they raise made-up codes). */
function raisedCodes(): { codes: Set<string>; nonLiteral: string[] } {
  const codes = new Set<string>();
  const nonLiteral: string[] = [];
  for (const file of sourceFiles(SERVER_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/new DomainError\(\s*(?:'([A-Z0-9_]+)'|"([A-Z0-9_]+)")?/g)) {
      const code = match[1] ?? match[2];
      if (code) codes.add(code);
      else nonLiteral.push(path.relative(SERVER_SRC, file));
    }
  }
  return { codes, nonLiteral };
}

/** Details as the modules raise them, so that every message is seen as callers will see it. */
const SAMPLE_DETAILS: Partial<Record<CatalogueCode, Record<string, unknown>>> = {
  REQUEST_INVALID: { issues: [{ path: '/password', message: 'Required' }] },
  REQUEST_BODY_TOO_LARGE: { limitBytes: 1_048_576 },
  UNSUPPORTED_MEDIA_TYPE: { expected: 'application/json' },
  NOT_FOUND: { method: 'GET', path: '/api/nothing' },
  ACCOUNT_LOCKED: { lockedUntil: '2026-11-25T08:15:00.000Z' },
  FORBIDDEN: { permission: 'tier-policy.write' },
  RATE_LIMITED: { retryAfterMs: 42_500 },
  PASSWORD_REJECTED: { violations: [{ rule: 'CONTAINS_STAFF_NO', zh: '密码不得包含工号', en: 'the password must not contain the staff number' }] },
  STAFF_NOT_FOUND: { staffNo: 'R77001' },
  ORG_NOT_FOUND: { orgCode: 'BR-310' },
  CUSTOMER_NOT_FOUND: { customerNo: 'C00000042' },
  TIER_POLICY_NOT_FOUND: { code: 'STANDARD', version: 3 },
  TIER_POLICY_INVALID: { problems: [{ path: 'tiers[1].threshold', message: 'must be above the previous tier' }] },
  EVALUATION_NOT_FOUND: { customerNo: 'C00000042', month: '2026-09', code: 'STANDARD' },
  EVALUATION_RUNNING: { month: '2026-09' },
  INVALID_MONTH: { month: '2026-13' },
  MONTH_NOT_CLOSED: { month: '2026-09' },
  DATA_GAP: { gaps: ['2026-09-03', '2026-09-04'] },
  AUDIT_QUERY_INVALID: { limit: 5000 },
  AUDIT_PURGE_TOO_RECENT: { cutoff: '2026-11-01T00:00:00.000Z', retentionDays: 180 },
  AUDIT_RETENTION_INVALID: { value: '30' },
};

describe('the error catalogue', () => {
  it('has an entry for every code raised in the server, so that every code is translated', () => {
    const { codes, nonLiteral } = raisedCodes();
    // A code held in a variable cannot be checked: raise codes as literals.
    expect(nonLiteral).toEqual([]);
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !(code in ERROR_CATALOGUE)).sort()).toEqual([]);
  });

  it('gives the statuses the other parts rely on', () => {
    expect({
      ORG_NOT_FOUND: ERROR_CATALOGUE.ORG_NOT_FOUND.status,
      CUSTOMER_NOT_FOUND: ERROR_CATALOGUE.CUSTOMER_NOT_FOUND.status,
      EVALUATION_RUNNING: ERROR_CATALOGUE.EVALUATION_RUNNING.status,
      SEARCH_KEY_MISMATCH: ERROR_CATALOGUE.SEARCH_KEY_MISMATCH.status,
      SEARCH_KEY_INVALID: ERROR_CATALOGUE.SEARCH_KEY_INVALID.status,
      LOGIN_FAILED: ERROR_CATALOGUE.LOGIN_FAILED.status,
      ACCOUNT_LOCKED: ERROR_CATALOGUE.ACCOUNT_LOCKED.status,
      RATE_LIMITED: ERROR_CATALOGUE.RATE_LIMITED.status,
    }).toEqual({
      ORG_NOT_FOUND: 404,
      CUSTOMER_NOT_FOUND: 404,
      EVALUATION_RUNNING: 409,
      SEARCH_KEY_MISMATCH: 500,
      SEARCH_KEY_INVALID: 500,
      LOGIN_FAILED: 401,
      ACCOUNT_LOCKED: 423,
      RATE_LIMITED: 429,
    });
    for (const code of CODES) expect(ERROR_CATALOGUE[code].status, code).toSatisfy((status: number) => status >= 400 && status < 600);
  });

  it('never names a sensitive detail, and uses known pipes only', () => {
    for (const code of CODES) {
      for (const locale of LOCALES) {
        for (const { name, pipe } of placeholdersOf(ERROR_CATALOGUE[code][locale])) {
          expect(SENSITIVE_NAME.test(name), `${code} ${locale} {${name}}`).toBe(false);
          if (pipe !== undefined) expect(PIPES, `${code} ${locale} {${name}|${pipe}}`).toContain(pipe);
        }
      }
    }
  });

  it('uses the same details in both languages, each inside an optional part, none in a 5xx message', () => {
    for (const code of CODES) {
      const entry = ERROR_CATALOGUE[code];
      const names = (template: string) => placeholdersOf(template).map((p) => p.name).sort();
      expect(names(entry.en), code).toEqual(names(entry['zh-CN']));
      if (entry.status >= 500) expect(names(entry.en), code).toEqual([]);
      for (const locale of LOCALES) expect(renderTemplate(entry[locale], {}, locale), `${code} ${locale}`).not.toContain(MISSING);
    }
  });

  describe.each(CODES)('%s', (code) => {
    const details = SAMPLE_DETAILS[code] ?? {};
    it.each(LOCALES)('reads well in %s, with and without details', (locale) => {
      for (const given of [details, {}]) {
        const message = localizedMessage(code, locale, given, 'module message');
        expect(message).not.toBe('module message');
        expect(message).not.toMatch(/[{}[\]|]|…|undefined|null|\[object/);
        expect(message.length).toBeGreaterThanOrEqual(4);
        // Chinese in zh-CN; no Chinese in English
        expect(CJK.test(message), message).toBe(locale === 'zh-CN');
      }
    });
  });

  it.each([
    ['FORBIDDEN', '您的角色无权执行此操作（tier-policy.write）', 'your role may not do this (tier-policy.write)'],
    ['RATE_LIMITED', '尝试次数过多，请 43 秒后重试', 'too many attempts; retry in 43 s'],
    ['ACCOUNT_LOCKED', '账户已锁定，请于北京时间 2026-11-25 16:15:00 后再试', 'the account is locked until 2026-11-25 16:15:00 China Standard Time'],
    ['PASSWORD_REJECTED', '密码不符合要求：密码不得包含工号', 'the password was refused: the password must not contain the staff number'],
    ['DATA_GAP', '评定窗口内有日期缺少余额数据（2 天）：2026-09-03、2026-09-04', 'days of the evaluation window have no balances (2): 2026-09-03, 2026-09-04'],
    [
      'EVALUATION_NOT_FOUND',
      '没有 2026-09 的等级评定结果（等级政策 STANDARD）：客户 C00000042 不在该次评定中，请重新评定',
      'no tier evaluation of 2026-09 under policy STANDARD: customer C00000042 was not in it; evaluate the month again',
    ],
    ['TIER_POLICY_NOT_FOUND', '找不到等级政策 STANDARD 的第 3 版', 'no such tier policy STANDARD version 3'],
    ['REQUEST_INVALID', '请求内容不符合接口要求（1 处问题）', 'the request does not match its schema (1 problem(s))'],
  ] as const)('%s interpolates its details', (code, zh, en) => {
    expect(localizedMessage(code, 'zh-CN', SAMPLE_DETAILS[code]!, '')).toBe(zh);
    expect(localizedMessage(code, 'en', SAMPLE_DETAILS[code]!, '')).toBe(en);
  });

  it('keeps the module message for a code it does not know', () => {
    expect(localizedMessage('SOMETHING_NEW', 'zh-CN', {}, 'something new happened')).toBe('something new happened');
    expect(localizedMessage('toString', 'en', {}, 'not a catalogue entry')).toBe('not a catalogue entry');
  });
});

describe('docs/errors.md', () => {
  it('lists every code with its status', () => {
    const markdown = readFileSync(path.resolve(SERVER_SRC, '../../../docs/errors.md'), 'utf8');
    const documented = new Map(
      [...markdown.matchAll(/^\| `([A-Z0-9_]+)` \| (\d{3}) \|/gm)].map((match) => [match[1]!, Number(match[2])]),
    );
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(CODES.map((code) => [code, ERROR_CATALOGUE[code].status])));
  });
});
