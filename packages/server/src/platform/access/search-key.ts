/**
 * Keyed hashes for exact search on phone and ID numbers (issue 4 "Customer APIs": "exact match
 * on a keyed hash, never LIKE on the plain value"). HMAC-SHA256 under a key kept outside the
 * database: a copy of the database alone cannot be searched for a known number, and a lookup
 * compares one indexed hash instead of scanning plain values.
 *
 * The import computes the hashes in SQL (PostgreSQL's built-in sha256, HMAC written out with the
 * inner and outer padded keys as parameters, so no extension is needed); a search computes the
 * same hash in Node. The normalizations below exist twice, once per language, and a test holds
 * them equal.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors/domain-error.ts';

export const SEARCH_KEY_FILE = 'search.key';
const MIN_KEY_BYTES = 32;
/** HMAC-SHA256 block size: keys up to this length are used as they are (RFC 2104). */
const BLOCK_BYTES = 64;

export interface SearchKey {
  /** The key itself; never logged, never stored in the database. */
  readonly key: Buffer;
  /** key XOR 0x36 and key XOR 0x5c, each padded to the block size: the SQL form of the HMAC. */
  readonly innerPad: Buffer;
  readonly outerPad: Buffer;
  /** Identifies the key without revealing it (an HMAC of a fixed text). */
  readonly fingerprint: string;
}

export function searchKeyFrom(key: Buffer): SearchKey {
  if (key.length < MIN_KEY_BYTES || key.length > BLOCK_BYTES) {
    throw new DomainError('SEARCH_KEY_INVALID', `the search key must be ${MIN_KEY_BYTES} to ${BLOCK_BYTES} bytes, got ${key.length}`);
  }
  const padded = Buffer.concat([key, Buffer.alloc(BLOCK_BYTES - key.length)]);
  return {
    key,
    innerPad: Buffer.from(padded.map((byte) => byte ^ 0x36)),
    outerPad: Buffer.from(padded.map((byte) => byte ^ 0x5c)),
    fingerprint: crypto.createHmac('sha256', key).update('guibin-search-key-check-v1').digest('hex'),
  };
}

/**
 * GUIBIN_SEARCH_KEY (base64, 32–64 bytes) when set: a production deployment keeps it in its
 * secret store. Otherwise `<home>/search.key`, created on first use with mode 0600, so the
 * embedded setup works with no configuration and the server and the CLI share one key.
 */
export function loadSearchKey(home: string, env: NodeJS.ProcessEnv = process.env): SearchKey {
  const configured = env.GUIBIN_SEARCH_KEY;
  if (configured) return searchKeyFrom(Buffer.from(configured, 'base64'));
  const file = path.join(home, SEARCH_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(home, { recursive: true });
    try {
      fs.writeFileSync(file, `${crypto.randomBytes(MIN_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return searchKeyFrom(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'));
}

/** Digits only, without the +86 / 0086 country prefix: "+86 138-1234-5678" → "13812345678". */
export function normalizePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}

/** Upper case without white space: the check character "x" of a resident ID is the same as "X". */
export function normalizeIdNumber(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

export function keyedHash(key: SearchKey, normalized: string): Buffer {
  return crypto.createHmac('sha256', key.key).update(normalized, 'utf8').digest();
}

export const phoneHash = (key: SearchKey, phone: string): Buffer => keyedHash(key, normalizePhone(phone));
export const idNumberHash = (key: SearchKey, idNumber: string): Buffer => keyedHash(key, normalizeIdNumber(idNumber));

/** SQL twins of the normalizations above, over a text expression. */
export function normalizedPhoneSql(column: string): string {
  const digits = `regexp_replace(${column}, '\\D', '', 'g')`;
  return `(CASE WHEN length(${digits}) = 13 AND left(${digits}, 2) = '86' THEN substr(${digits}, 3)
                WHEN length(${digits}) = 15 AND left(${digits}, 4) = '0086' THEN substr(${digits}, 5)
                ELSE ${digits} END)`;
}

export function normalizedIdNumberSql(column: string): string {
  return `upper(regexp_replace(${column}, '\\s', '', 'g'))`;
}

/**
 * HMAC-SHA256 in SQL: sha256(outer || sha256(inner || message)). `innerPad` and `outerPad` are
 * parameter references ($n) bound to SearchKey.innerPad / outerPad.
 */
export function keyedHashSql(normalizedText: string, innerPad: string, outerPad: string): string {
  return `sha256(${outerPad}::bytea || sha256(${innerPad}::bytea || convert_to(${normalizedText}, 'UTF8')))`;
}

/**
 * Records the key's fingerprint on first use and refuses a different key afterwards: hashes made
 * under one key never match searches under another, which would look like "no such customer".
 */
export async function ensureSearchKeyMatches(
  db: { query: (text: string, values?: unknown[]) => Promise<{ rows: { fingerprint: string }[] }> },
  key: SearchKey,
): Promise<void> {
  await db.query('INSERT INTO search_key_check (fingerprint) VALUES ($1) ON CONFLICT (singleton) DO NOTHING', [key.fingerprint]);
  const { rows } = await db.query('SELECT fingerprint FROM search_key_check');
  if (rows[0]?.fingerprint !== key.fingerprint) {
    throw new DomainError(
      'SEARCH_KEY_MISMATCH',
      'the search key (GUIBIN_SEARCH_KEY or search.key) is not the one this database was built with; restore the original key',
    );
  }
}
