/**
 * Password hashing (argon2id via @node-rs/argon2) and token digests. The PHC string records its
 * own parameters, so hashes made with other settings (tests, an older default) still verify.
 */
import crypto from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { checkPassword, DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './identity.rules.ts';

export interface HashingSettings {
  /** KiB. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

// OWASP Password Storage Cheat Sheet minimum for argon2id: m = 19 MiB, t = 2, p = 1.
export const DEFAULT_HASHING: HashingSettings = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export async function hashPassword(password: string, settings: HashingSettings = DEFAULT_HASHING): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id, ...settings });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, not a crash that tells the caller something.
    return false;
  }
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * Verifies against a hash of a random password made with the same settings, so that a login
 * for an unknown staff number costs as long as one with a wrong password.
 */
export async function dummyVerify(password: string, settings: HashingSettings = DEFAULT_HASHING): Promise<void> {
  const key = `${settings.memoryCost}/${settings.timeCost}/${settings.parallelism}`;
  let dummy = dummyHashes.get(key);
  if (!dummy) {
    dummy = hashPassword(crypto.randomBytes(24).toString('base64url'), settings);
    dummyHashes.set(key, dummy);
  }
  await verifyPassword(await dummy, password);
}

/** A new session token (32 random bytes, base64url) — given to the client once, never stored. */
export function newSessionToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** What is stored and looked up instead of the token: a leaked table cannot be replayed. */
export function sessionIdOf(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

const GENERATED_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!@#%+=';

/** A random password that satisfies the policy (look-alike characters left out for reading aloud). */
export function generatePassword(staffNo: string, length = 20, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string {
  for (;;) {
    let password = '';
    for (let index = 0; index < length; index += 1) password += GENERATED_ALPHABET[crypto.randomInt(GENERATED_ALPHABET.length)];
    if (checkPassword(password, staffNo, policy).length === 0) return password;
  }
}
