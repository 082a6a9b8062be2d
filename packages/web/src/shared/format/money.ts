/**
 * Money arrives from the API as a decimal string in yuan with two decimals ("523118.40"):
 * JSON numbers would lose cents. Everything here is string and BigInt (integer) work, never
 * floating point, so a displayed figure is exactly the server's figure.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;
const PLACEHOLDER = '—';

/** "1234.5" → 123450n cents. Throws on anything that is not a plain decimal string. */
export function parseCents(value: string): bigint {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`not a money amount: ${JSON.stringify(value)}`);
  const [, minus, whole, fraction = ''] = match;
  const cents = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return minus ? -cents : cents;
}

/** "1234567" → "1,234,567" (digits only). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An amount in hundredths as "-1,234.56" (the sign, grouping and exactly two decimals). */
function hundredthsToText(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const digits = (negative ? -hundredths : hundredths).toString().padStart(3, '0');
  const text = `${groupThousands(digits.slice(0, -2))}.${digits.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/** Integer division rounding half away from zero (the bank's "四舍五入"). */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

const CURRENCY_SYMBOL: Record<string, string> = { CNY: '¥' };

/**
 * "1234567.89" → "¥1,234,567.89"; with another currency "USD 1,234.00". A null amount (a
 * figure the server does not have) shows as a dash.
 */
export function formatMoney(value: string | null | undefined, currency = 'CNY'): string {
  if (value === null || value === undefined) return PLACEHOLDER;
  const text = hundredthsToText(parseCents(value));
  const symbol = CURRENCY_SYMBOL[currency];
  const [sign, unsigned] = text.startsWith('-') ? ['-', text.slice(1)] : ['', text];
  return symbol ? `${sign}${symbol}${unsigned}` : `${sign}${currency} ${unsigned}`;
}

/** The same without a currency sign: "1,234,567.89" (tables whose header names the currency). */
export function formatAmount(value: string | null | undefined): string {
  if (value === null || value === undefined) return PLACEHOLDER;
  return hundredthsToText(parseCents(value));
}

interface CompactUnit {
  /** The unit in cents. */
  cents: bigint;
  suffix: string;
}

// Chinese reads large sums in 万 (10^4) and 亿 (10^8); English in thousands, millions, billions.
const COMPACT_UNITS: Record<'zh-CN' | 'en', CompactUnit[]> = {
  'zh-CN': [
    { cents: 10_000_000_000n, suffix: '亿' },
    { cents: 1_000_000n, suffix: '万' },
  ],
  en: [
    { cents: 100_000_000_000n, suffix: 'B' },
    { cents: 100_000_000n, suffix: 'M' },
    { cents: 100_000n, suffix: 'K' },
  ],
};

/**
 * A large figure in the reader's units, two decimals, rounded half up:
 * zh-CN "12345678.90" → "¥1,234.57万", "250000000.00" → "¥2.50亿"; en → "¥12.35M".
 * Below the smallest unit the full amount is shown.
 */
export function formatMoneyCompact(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined) return PLACEHOLDER;
  const cents = parseCents(value);
  const magnitude = cents < 0n ? -cents : cents;
  const units = COMPACT_UNITS[language === 'en' ? 'en' : 'zh-CN'];
  const unit = units.find((candidate) => magnitude >= candidate.cents);
  if (!unit) return formatMoney(value);
  const text = hundredthsToText(divideHalfUp(cents * 100n, unit.cents));
  return text.startsWith('-') ? `-¥${text.slice(1)}${unit.suffix}` : `¥${text}${unit.suffix}`;
}

/**
 * For charts only: the plotting library needs numbers for positions on an axis. Labels and
 * tooltips show the exact string through formatMoney; no sum is ever made from these numbers.
 */
export function moneyToChartNumber(value: string): number {
  return Number(value);
}
