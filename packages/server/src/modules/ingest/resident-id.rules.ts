/**
 * PRC resident identity number (GB 11643-1999): 17 digits and a check character computed as
 * ISO 7064 MOD 11-2 over the weights below, mapping 0..10 to '10X98765432'.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * (WEIGHTS[index] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** Returns why the number is not a valid resident ID, or undefined when it is. */
export function residentIdProblem(idNo: string): string | undefined {
  if (!/^\d{17}[\dXx]$/.test(idNo)) return 'RESIDENT_ID must be 17 digits and a check digit or X';
  const expected = residentIdCheckCharacter(idNo.slice(0, 17));
  const actual = idNo.slice(17).toUpperCase();
  if (actual !== expected) return `RESIDENT_ID check character is ${actual}, GB 11643 requires ${expected}`;
  return undefined;
}
