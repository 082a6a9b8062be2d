// Daily market data: FX rates to CNY and product NAVs, as integer micro-units (1.000000 =
// 1_000_000). Both are gentle mean-reverting random walks, computed for the whole range up front
// (a few numbers per day), so that account generation can price foreign amounts at the start.

import { NAV_SERIES, PRODUCTS } from './products.ts';
import { Rng } from './random.ts';

const MICRO = 1_000_000;
/** std of Rng.tri() is 1/√6; this rescales it to 1. */
const UNIT_STD = 2.449489742783178;

export interface MarketData {
  days: number;
  /** fx[currency][day] in micro-units; currency 0 (CNY) is always 1_000_000. */
  fx: Int32Array[];
  /** nav[series][day] in micro-units, 1_000_000 on the first day. */
  nav: Float64Array[];
}

export function buildMarket(seed: number, days: number): MarketData {
  const rng = new Rng(seed, 'market');
  const cny = new Int32Array(days).fill(MICRO);
  const usd = new Int32Array(days);
  const hkd = new Int32Array(days);
  const eur = new Int32Array(days);
  // Mid-2025 levels. HKD follows USD through the 7.75–7.85 peg band, as it does in reality.
  let usdRate = 7_170_000;
  let eurRate = 8_380_000;
  let hkdPerUsd = 7_820_000;
  for (let day = 0; day < days; day++) {
    if (day > 0) {
      usdRate += Math.round(usdRate * 0.0012 * UNIT_STD * rng.tri() + (7_170_000 - usdRate) * 0.01);
      eurRate += Math.round(eurRate * 0.0035 * UNIT_STD * rng.tri() + (8_380_000 - eurRate) * 0.01);
      hkdPerUsd += Math.round(2_000 * UNIT_STD * rng.tri() + (7_800_000 - hkdPerUsd) * 0.02);
      hkdPerUsd = Math.min(7_850_000, Math.max(7_750_000, hkdPerUsd));
    }
    usd[day] = usdRate;
    eur[day] = eurRate;
    hkd[day] = Math.round((usdRate * MICRO) / hkdPerUsd);
  }

  const nav = NAV_SERIES.map((series) => {
    const product = PRODUCTS.find((p) => p.navSeries === series)!;
    const drift = product.drift ?? 0;
    const volatility = (product.volatility ?? 0) * UNIT_STD;
    const values = new Float64Array(days);
    let value = MICRO;
    for (let day = 0; day < days; day++) {
      if (day > 0) {
        // Mild pull towards the drift path keeps a 15-month equity fund within a plausible ±40%.
        const path = MICRO * (1 + drift * day);
        value += Math.round(value * (drift + volatility * rng.tri()) + (path - value) * 0.005);
        value = Math.max(MICRO / 5, value);
      }
      values[day] = value;
    }
    return values;
  });
  return { days, fx: [cny, usd, hkd, eur], nav };
}
