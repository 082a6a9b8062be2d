import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import {
  ensureSearchKeyMatches,
  idNumberHash,
  keyedHashSql,
  loadSearchKey,
  normalizeIdNumber,
  normalizePhone,
  normalizedIdNumberSql,
  normalizedPhoneSql,
  phoneHash,
  searchKeyFrom,
} from './search-key.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const key = searchKeyFrom(crypto.randomBytes(32));

describe('normalization', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['(010) 6512 3456', '01065123456'],
    ['8613812345678', '13812345678'],
  ])('phone %s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' E1234 5678 ', 'E12345678'],
  ])('ID number %s → %s', (input, expected) => {
    expect(normalizeIdNumber(input)).toBe(expected);
  });
});

describe('the SQL twins', () => {
  const phoneLike = fc.stringMatching(/^[+0-9 ()\-x]{0,20}$/);
  const idLike = fc.oneof(fc.stringMatching(/^[0-9xXa-zA-Z \t]{0,20}$/), fc.string({ maxLength: 12 }));

  it('hash exactly as Node does, for phone- and ID-like text', async () => {
    await fc.assert(
      fc.asyncProperty(phoneLike, idLike, async (phone, idNumber) => {
        const { rows } = await database.pool.query<{ phone: Buffer; id_number: Buffer; phone_text: string }>(
          `SELECT ${keyedHashSql(normalizedPhoneSql('$1::text'), '$3', '$4')} AS phone,
                  ${keyedHashSql(normalizedIdNumberSql('$2::text'), '$3', '$4')} AS id_number,
                  ${normalizedPhoneSql('$1::text')} AS phone_text`,
          [phone, idNumber, key.innerPad, key.outerPad],
        );
        expect(rows[0]!.phone_text).toBe(normalizePhone(phone));
        expect(rows[0]!.phone.equals(phoneHash(key, phone))).toBe(true);
        expect(rows[0]!.id_number.equals(idNumberHash(key, idNumber))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the key', () => {
  it('is created once under the home with mode 0600 and read back the same', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-key-'));
    const first = loadSearchKey(home, {});
    const second = loadSearchKey(home, {});
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(fs.statSync(path.join(home, 'search.key')).mode & 0o777).toBe(0o600);
    fs.rmSync(home, { recursive: true });
  });

  it('comes from GUIBIN_SEARCH_KEY when set, and must be 32 to 64 bytes', () => {
    const configured = crypto.randomBytes(48);
    expect(loadSearchKey('/nonexistent', { GUIBIN_SEARCH_KEY: configured.toString('base64') }).key.equals(configured)).toBe(true);
    expect(() => loadSearchKey('/nonexistent', { GUIBIN_SEARCH_KEY: crypto.randomBytes(16).toString('base64') })).toThrow(/32 to 64 bytes/);
  });

  it('a database refuses a second, different key', async () => {
    await ensureSearchKeyMatches(database.pool, key);
    await ensureSearchKeyMatches(database.pool, key);
    await expect(ensureSearchKeyMatches(database.pool, searchKeyFrom(crypto.randomBytes(32)))).rejects.toThrow(/not the one this database was built with/);
  });
});
