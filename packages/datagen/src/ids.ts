// Identity documents and phone numbers that pass the checks a bank's core system applies.

import { cumulative, permute8, type Rng } from './random.ts';

const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHECK = '10X98765432';

/** The 18th character of a PRC resident ID (GB 11643-1999, ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`need 17 digits, got ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (GB11643_WEIGHTS[i] as number);
  return GB11643_CHECK[sum % 11] as string;
}

export function isValidResidentId(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && residentIdCheckChar(id.slice(0, 17)) === id[17];
}

/**
 * Real county-level administrative codes (GB/T 2260). Customers are mostly local to the bank's
 * three branch cities (杭州 33, 上海 31, 南京 32), the rest from across the country.
 */
const AREA_CODES: readonly (readonly [string, number])[] = [
  ['330102', 6], ['330105', 6], ['330106', 8], ['330108', 5], ['330109', 5], ['330110', 5],
  ['330111', 3], ['330122', 2], ['330203', 2], ['330302', 2], ['330602', 2], ['330402', 2],
  ['310101', 6], ['310104', 6], ['310105', 5], ['310106', 5], ['310107', 4], ['310109', 4],
  ['310110', 4], ['310112', 5], ['310113', 3], ['310115', 9], ['310117', 3],
  ['320102', 6], ['320104', 5], ['320105', 5], ['320106', 6], ['320111', 3], ['320113', 3],
  ['320114', 3], ['320115', 4], ['320205', 2], ['320506', 2], ['321002', 1],
  ['110101', 2], ['110105', 2], ['110108', 2], ['120101', 1], ['340104', 2], ['360102', 1],
  ['350203', 1], ['370102', 1], ['410105', 1], ['420106', 2], ['430102', 1], ['440103', 1],
  ['440106', 2], ['440305', 2], ['450102', 1], ['500103', 1], ['510107', 2], ['610113', 1],
  ['210102', 1], ['230102', 1], ['220102', 1], ['530102', 1], ['620102', 1], ['130102', 1],
];
const AREA_WEIGHTS = cumulative(AREA_CODES.map(([, weight]) => weight));

export function drawAreaIndex(rng: Rng): number {
  return rng.weighted(AREA_WEIGHTS);
}

export const AREA_CODE_COUNT = AREA_CODES.length;

/**
 * Builds the 18-character ID. The 3-digit sequence's last digit carries the gender (odd = male),
 * so gender and birth date printed in the customer file always agree with the ID.
 */
export function residentId(areaIndex: number, birth: string, sequence: number, male: boolean): string {
  // sequence in [0, 500): the ID's order code is 2*sequence + (male ? 1 : 0), so 000..999
  const order = sequence * 2 + (male ? 1 : 0);
  const first17 = `${(AREA_CODES[areaIndex] as readonly [string, number])[0]}${birth.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

// Mobile prefixes in use by the three PRC carriers; all match 1[3-9].
const MOBILE_PREFIXES = (
  '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 ' +
  '166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199'
).split(' ');

/**
 * The phone of the person with global index `index` (staff first, then customers). The
 * 8-digit subscriber part is a keyed bijection of the index, so no two people share a phone.
 */
export function mobilePhone(index: number, key: number): string {
  const subscriber = permute8(index, key);
  const prefix = MOBILE_PREFIXES[(Math.imul(index ^ key, 0x45d9f3b) >>> 0) % MOBILE_PREFIXES.length];
  return `${prefix}${String(subscriber).padStart(8, '0')}`;
}

export type IdType =
  | 'RESIDENT_ID' | 'PASSPORT' | 'HK_MACAO_PERMIT' | 'TAIWAN_PERMIT' | 'FOREIGN_RESIDENT_PERMIT' | 'OTHER';

/**
 * Number formats as printed on the documents: PRC e-passport E+8 digits, home-return permit
 * H/M+8 digits, Taiwan compatriot permit 8 digits, old-style foreign permanent residence card
 * (country code + 12 digits), and an officer's card for OTHER. Uniqueness comes from permute8.
 */
export function otherDocumentNumber(idType: Exclude<IdType, 'RESIDENT_ID'>, index: number, key: number): string {
  const digits = String(permute8(index, key)).padStart(8, '0');
  switch (idType) {
    case 'PASSPORT':
      return `E${digits}`;
    case 'HK_MACAO_PERMIT':
      return `${index % 5 === 0 ? 'M' : 'H'}${digits}`;
    case 'TAIWAN_PERMIT':
      return digits;
    case 'FOREIGN_RESIDENT_PERMIT':
      return `${['USA', 'DEU', 'FRA', 'GBR', 'JPN', 'KOR'][index % 6]}${digits}${String(index % 10000).padStart(4, '0')}`;
    case 'OTHER':
      return `JG${digits}`;
  }
}
