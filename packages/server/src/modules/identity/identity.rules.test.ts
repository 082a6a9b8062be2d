import { describe, expect, it } from 'vitest';
import {
  characterClassCount,
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  isLocked,
  lockAfterFailure,
  sessionExpiresAt,
  sessionState,
  type PasswordViolation,
} from './identity.rules.ts';

const at = (iso: string) => new Date(iso);

describe('checkPassword', () => {
  const cases: Array<{ password: string; staffNo?: string; violated: PasswordViolation['rule'][] }> = [
    { password: 'Abcdefgh12', violated: [] },
    { password: 'abcdefgh1!', violated: [] },
    { password: 'ABCDEFGH1!', violated: [] },
    { password: 'Abc1!', violated: ['MIN_LENGTH'] },
    { password: 'abcdefghijk', violated: ['CHARACTER_CLASSES'] },
    { password: 'abcdefgh12', violated: ['CHARACTER_CLASSES'] },
    { password: 'abc', violated: ['MIN_LENGTH', 'CHARACTER_CLASSES'] },
    { password: `Aa1!${'x'.repeat(125)}`, violated: ['MAX_LENGTH'] },
    { password: `Aa1!${'x'.repeat(124)}`, violated: [] },
    { password: 'Xy!r10086zz', staffNo: 'R10086', violated: ['CONTAINS_STAFF_NO'] },
    { password: 'r10086', staffNo: 'R10086', violated: ['MIN_LENGTH', 'CHARACTER_CLASSES', 'CONTAINS_STAFF_NO'] },
    { password: '', violated: ['MIN_LENGTH', 'CHARACTER_CLASSES'] },
    // CJK characters count as one each and as "other".
    { password: '贵宾客户Aa12345', violated: [] },
    { password: '贵宾贵宾贵宾贵宾贵', violated: ['MIN_LENGTH', 'CHARACTER_CLASSES'] },
  ];
  it.each(cases)('$password ($staffNo) → $violated', ({ password, staffNo = 'S0001', violated }) => {
    expect(checkPassword(password, staffNo).map((violation) => violation.rule)).toEqual(violated);
  });

  it('gives a zh-CN and an English message for each violation, with the policy numbers', () => {
    const violations = checkPassword('a', 'S1');
    expect(violations[0]).toEqual({ rule: 'MIN_LENGTH', zh: '密码至少需要 10 个字符', en: 'the password must have at least 10 characters' });
    for (const violation of violations) {
      expect(violation.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(violation.en).toMatch(/^the password/);
    }
  });

  it('follows a configured policy', () => {
    const policy = { ...DEFAULT_PASSWORD_POLICY, minLength: 4, minClasses: 1, forbidStaffNo: false };
    expect(checkPassword('s0001abc', 'S0001', policy)).toEqual([]);
    expect(checkPassword('abc', 'S0001', policy).map((v) => v.rule)).toEqual(['MIN_LENGTH']);
  });

  it.each([
    ['abc', 1],
    ['aB', 2],
    ['aB1', 3],
    ['aB1 ', 4],
    ['', 0],
  ])('counts classes in %j as %i', (password, count) => {
    expect(characterClassCount(password)).toBe(count);
  });
});

describe('lockout', () => {
  const now = at('2026-11-25T08:00:00Z');
  it.each([
    [1, undefined],
    [4, undefined],
    [5, '2026-11-25T08:15:00.000Z'],
    [6, '2026-11-25T08:15:00.000Z'],
  ])('after %i failures → locked until %s', (failures, until) => {
    expect(lockAfterFailure(failures, now)?.toISOString()).toBe(until);
  });

  it('is configurable', () => {
    expect(lockAfterFailure(3, now, { maxFailedAttempts: 3, lockMinutes: 60 })?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });

  it.each([
    [null, false],
    ['2026-11-25T08:00:01Z', true],
    ['2026-11-25T08:00:00Z', false],
    ['2026-11-25T07:59:59Z', false],
  ])('locked until %s → %s', (until, locked) => {
    expect(isLocked(until === null ? null : at(until), now)).toBe(locked);
  });
});

describe('sessions', () => {
  const createdAt = at('2026-11-25T08:00:00Z');
  const expiresAt = sessionExpiresAt(createdAt);
  it('ends 12 hours after login by default', () => {
    expect(expiresAt.toISOString()).toBe('2026-11-25T20:00:00.000Z');
  });

  it.each([
    ['fresh', '2026-11-25T08:00:00Z', '2026-11-25T08:29:59Z', null, 'VALID'],
    ['idle 30 min', '2026-11-25T08:00:00Z', '2026-11-25T08:30:00Z', null, 'IDLE'],
    ['active near the end', '2026-11-25T19:50:00Z', '2026-11-25T19:59:59Z', null, 'VALID'],
    ['at the absolute end', '2026-11-25T19:59:00Z', '2026-11-25T20:00:00Z', null, 'EXPIRED'],
    ['revoked', '2026-11-25T08:00:00Z', '2026-11-25T08:01:00Z', '2026-11-25T08:00:30Z', 'REVOKED'],
  ] as const)('%s → %s', (_label, lastSeenAt, now, revokedAt, state) => {
    const session = { lastSeenAt: at(lastSeenAt), expiresAt, revokedAt: revokedAt ? at(revokedAt) : null };
    expect(sessionState(session, at(now))).toBe(state);
  });

  it('uses a configured idle timeout', () => {
    const session = { lastSeenAt: createdAt, expiresAt, revokedAt: null };
    expect(sessionState(session, at('2026-11-25T08:05:00Z'), { idleMinutes: 5, absoluteHours: 12 })).toBe('IDLE');
  });
});
