import { divideRoundHalfUp } from '../../platform/money.ts';

/**
 * The AUM rules of DOMAIN.md §3 as plain TypeScript: the reference the set-based SQL path is
 * tested against (aum.property.test.ts). Money in bigint cents, rates in bigint millionths.
 */
export type WindowMetric = 'MONTH_AVG' | 'ROLLING_QUARTER_AVG' | 'MIN_OF_3_MONTH_AVGS' | 'TWELVE_MONTH_AVG' | 'POINT';
export type GapHandling = 'REFUSE' | 'CARRY_FORWARD';
export const WINDOW_METRICS: readonly WindowMetric[] = [
  'MONTH_AVG',
  'ROLLING_QUARTER_AVG',
  'MIN_OF_3_MONTH_AVGS',
  'TWELVE_MONTH_AVG',
  'POINT',
];

/** How many months (ending with M) each metric reads. */
const WINDOW_LENGTH: Record<WindowMetric, number> = {
  MONTH_AVG: 1,
  ROLLING_QUARTER_AVG: 3,
  MIN_OF_3_MONTH_AVGS: 3,
  TWELVE_MONTH_AVG: 12,
  POINT: 1,
};

export const RATE_SCALE = 1_000_000n;

/** One holding-day: balance × rate, rounded half-up to the cent (per holding-day, then summed). */
export function holdingDayCents(balanceCents: bigint, rateMicros: bigint): bigint {
  return rateMicros === RATE_SCALE ? balanceCents : divideRoundHalfUp(balanceCents * rateMicros, RATE_SCALE);
}

export interface HoldingDay {
  balanceCents: bigint;
  rateMicros: bigint;
  countsTowardAum: boolean;
}

export function dailyAumCents(holdings: Iterable<HoldingDay>): bigint {
  let total = 0n;
  for (const holding of holdings) {
    if (holding.countsTowardAum) total += holdingDayCents(holding.balanceCents, holding.rateMicros);
  }
  return total;
}

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** 'YYYY-MM' shifted by n months. */
export function addMonths(month: string, n: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

export const firstDay = (month: string): string => `${month}-01`;
export const lastDay = (month: string): string => `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;

/** The months a metric evaluated "as of the end of month M" reads, oldest first. */
export function windowMonths(metric: WindowMetric, month: string): string[] {
  const length = WINDOW_LENGTH[metric];
  return Array.from({ length }, (_, index) => addMonths(month, index - length + 1));
}

/** Every calendar day of the given months, 'YYYY-MM-DD'. */
export function daysOf(months: readonly string[]): string[] {
  return months.flatMap((month) =>
    Array.from({ length: daysInMonth(month) }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`),
  );
}

/**
 * The metric of one customer from its daily AUM (absent day = 0), straight from the definitions:
 * the SQL path computes the same from monthly sums.
 */
export function referenceMetric(dailyAum: ReadonlyMap<string, bigint>, metric: WindowMetric, month: string): bigint {
  const months = windowMonths(metric, month);
  const sumOf = (days: string[]) => days.reduce((total, day) => total + (dailyAum.get(day) ?? 0n), 0n);
  switch (metric) {
    case 'POINT':
      return dailyAum.get(lastDay(month)) ?? 0n;
    case 'MIN_OF_3_MONTH_AVGS':
      return months
        .map((m) => divideRoundHalfUp(sumOf(daysOf([m])), BigInt(daysInMonth(m))))
        .reduce((min, value) => (value < min ? value : min));
    default: {
      const days = daysOf(months);
      return divideRoundHalfUp(sumOf(days), BigInt(days.length));
    }
  }
}
