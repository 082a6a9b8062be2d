/**
 * Exact decimal handling at the edges (DOMAIN.md §3): amounts arrive as decimal strings and are
 * kept as bigint in minor units (cents for money, millionths for FX rates). No float ever.
 */
export type DecimalParse = { ok: true; units: bigint } | { ok: false; reason: string };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parses '12345.67' into 1234567n (scale 2). Refuses more than `scale` decimals and non-numbers. */
export function parseDecimal(text: string, scale: number): DecimalParse {
  const match = DECIMAL.exec(text);
  if (!match) return { ok: false, reason: `not a decimal number: "${text}"` };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) {
    return { ok: false, reason: `more than ${scale} decimals: "${text}"` };
  }
  const units = BigInt(whole + fraction.padEnd(scale, '0'));
  return { ok: true, units: sign === '-' ? -units : units };
}

/** Formats minor units as a plain decimal string: 1234567n, 2 → '12345.67'. */
export function formatUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

export const formatCents = (cents: bigint): string => formatUnits(cents, 2);

/** Formats cents with thousands separators for people: 52311840n → '523,118.40'. */
export function formatCentsGrouped(cents: bigint): string {
  const plain = formatCents(cents);
  const [whole = '', fraction = ''] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}.${fraction}`;
}

/**
 * Integer division rounded half away from zero — PostgreSQL's round() on numeric, which is
 * "half-up" for the non-negative amounts that count toward AUM.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}
