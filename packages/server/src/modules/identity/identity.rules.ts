/**
 * Staff identity rules: password policy, lockout, session validity. Pure: no IO, no clock —
 * `now` is always passed in, so every rule is tested with fixed instants (docs/identity.md).
 */

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  /** How many of the four classes (lower, upper, digit, other) a password must use. */
  minClasses: number;
  /** A password containing the staff number is the first thing an attacker tries. */
  forbidStaffNo: boolean;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 10, maxLength: 128, minClasses: 3, forbidStaffNo: true };

export interface PasswordViolation {
  rule: 'MIN_LENGTH' | 'MAX_LENGTH' | 'CHARACTER_CLASSES' | 'CONTAINS_STAFF_NO';
  zh: string;
  en: string;
}

interface PasswordRule {
  rule: PasswordViolation['rule'];
  violated(password: string, staffNo: string, policy: PasswordPolicy): boolean;
  message(policy: PasswordPolicy): { zh: string; en: string };
}

const CHARACTER_CLASSES: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

// Length counts code points, not UTF-16 units: a CJK character or emoji is one character to the user.
const lengthOf = (password: string) => [...password].length;

export function characterClassCount(password: string): number {
  return CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
}

/** The policy as a table: each rule is checked independently so that every violation is reported. */
const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    rule: 'MIN_LENGTH',
    violated: (password, _staffNo, policy) => lengthOf(password) < policy.minLength,
    message: (policy) => ({ zh: `密码至少需要 ${policy.minLength} 个字符`, en: `the password must have at least ${policy.minLength} characters` }),
  },
  {
    rule: 'MAX_LENGTH',
    violated: (password, _staffNo, policy) => lengthOf(password) > policy.maxLength,
    message: (policy) => ({ zh: `密码最多 ${policy.maxLength} 个字符`, en: `the password may have at most ${policy.maxLength} characters` }),
  },
  {
    rule: 'CHARACTER_CLASSES',
    violated: (password, _staffNo, policy) => characterClassCount(password) < policy.minClasses,
    message: (policy) => ({
      zh: `密码需包含小写字母、大写字母、数字、其他符号中的至少 ${policy.minClasses} 类`,
      en: `the password must use at least ${policy.minClasses} of: lower-case letters, upper-case letters, digits, other characters`,
    }),
  },
  {
    rule: 'CONTAINS_STAFF_NO',
    violated: (password, staffNo, policy) =>
      policy.forbidStaffNo && staffNo.trim() !== '' && password.toLowerCase().includes(staffNo.trim().toLowerCase()),
    message: () => ({ zh: '密码不得包含工号', en: 'the password must not contain the staff number' }),
  },
];

/** Every rule the password breaks (empty when accepted), each with a zh-CN and an English message. */
export function checkPassword(password: string, staffNo: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): PasswordViolation[] {
  return PASSWORD_RULES.filter((rule) => rule.violated(password, staffNo, policy)).map((rule) => ({
    rule: rule.rule,
    ...rule.message(policy),
  }));
}

export interface LockoutPolicy {
  maxFailedAttempts: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailedAttempts: 5, lockMinutes: 15 };

export function isLocked(lockedUntil: Date | null | undefined, now: Date): boolean {
  return lockedUntil != null && now.getTime() < lockedUntil.getTime();
}

/** After the failure that brought the count to `failedAttempts`: locked until when, if at all. */
export function lockAfterFailure(failedAttempts: number, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): Date | undefined {
  if (failedAttempts < policy.maxFailedAttempts) return undefined;
  return new Date(now.getTime() + policy.lockMinutes * 60_000);
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/** The absolute end of a session: fixed at login, never extended by activity. */
export function sessionExpiresAt(createdAt: Date, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Date {
  return new Date(createdAt.getTime() + policy.absoluteHours * 3_600_000);
}

export type SessionState = 'VALID' | 'REVOKED' | 'EXPIRED' | 'IDLE';

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Valid iff not revoked, now < expires_at, and now − last_seen_at < the idle timeout. */
export function sessionState(session: SessionTimes, now: Date, policy: SessionPolicy = DEFAULT_SESSION_POLICY): SessionState {
  if (session.revokedAt !== null) return 'REVOKED';
  if (now.getTime() >= session.expiresAt.getTime()) return 'EXPIRED';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMinutes * 60_000) return 'IDLE';
  return 'VALID';
}
