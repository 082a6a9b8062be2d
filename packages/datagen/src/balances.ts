// The daily balances: one full snapshot per calendar day (DOMAIN.md §3). Each day first moves
// every account (so that a maturity can pay into a demand deposit listed earlier in the file),
// then writes the rows. All amounts are integer cents held in a Float64Array; every change is
// rounded to a whole cent before it is added, so no fraction ever accumulates.

import { AccountStore, MODE } from './account-store.ts';
import { civilFromDays } from './calendar.ts';
import type { MarketData } from './market.ts';
import { CURRENCIES, PRODUCT_NAV_SERIES, PRODUCTS } from './products.ts';
import type { Rng } from './random.ts';
import { FileSink } from './writer.ts';

export const BALANCES_HEADER = 'as_of,account_no,balance';

/** About two large movements per customer a year (大额资金变动, a contact event of §7). */
const LARGE_MOVEMENT_CHANCE = 1 / 180;
/** How fast a demand deposit returns to its target level: money passing through stays ~10 days. */
const REVERSION = 0.1;

export interface BalanceContext {
  rng: Rng;
  store: AccountStore;
  market: MarketData;
  startDay: number;
  ddByCurrency: Int32Array;
  /** Target wealth per customer, CNY cents: sizes large movements. */
  customerWealth: Float64Array;
}

/** Moves every live account to `day` (dayIndex days after the start). */
export function advanceDay(context: BalanceContext, day: number, dayIndex: number): void {
  const { rng, store, market, ddByCurrency, customerWealth } = context;
  const { mode, balance, aux, aux2, firstRowDay, lastRowDay, principal } = store;
  const dayOfMonth = civilFromDays(day).day;
  for (let a = 0; a < store.count; a++) {
    const first = firstRowDay[a] as number;
    const last = lastRowDay[a] as number;
    if (day === last + 1 && last >= first) {
      payOut(store, ddByCurrency, a, day);
      continue;
    }
    if (day < first || day > last) continue;
    const accountMode = mode[a] as number;
    if (day === first) {
      initialise(store, market, a, dayIndex);
      continue;
    }
    switch (accountMode) {
      case MODE.DEMAND_DRIVER: {
        let target = (aux[a] as number) + (aux2[a] as number);
        let current = balance[a] as number;
        if (rng.float() < LARGE_MOVEMENT_CHANCE) {
          const wealth = customerWealth[store.customer[a] as number] as number;
          // Inflows and outflows of the same size scale, outflows limited to what is there.
          const size = Math.round(wealth * rng.uniform(0.05, 0.45));
          const move = rng.float() < 0.42 ? size : -Math.min(size, Math.round(current * 0.95));
          current += move;
          if (rng.float() < 0.5) target += move; // a lasting change of wealth, not money passing through
        }
        const noise = 0.015 * Math.max(target, 200_000) * rng.tri();
        current += Math.round((target - current) * REVERSION + noise);
        aux[a] = Math.max(0, target);
        balance[a] = Math.max(0, current);
        break;
      }
      case MODE.DEMAND: {
        const noise = 0.01 * (principal[a] as number) * rng.tri();
        balance[a] = Math.max(0, (balance[a] as number) + Math.round(noise + ((principal[a] as number) - (balance[a] as number)) * 0.05));
        break;
      }
      case MODE.NAV: {
        const nav = market.nav[PRODUCT_NAV_SERIES[store.product[a] as number] as number]![dayIndex] as number;
        balance[a] = Math.round(((aux[a] as number) * nav) / 1_000_000);
        break;
      }
      case MODE.LOAN:
        if (dayOfMonth === store.anchor[a]) balance[a] = Math.max(0, (balance[a] as number) - (aux[a] as number));
        break;
      case MODE.CARD: {
        const limit = aux[a] as number;
        let outstanding = balance[a] as number;
        if (dayOfMonth === store.anchor[a]) outstanding = rng.float() < 0.8 ? 0 : Math.round(outstanding * rng.uniform(0.1, 0.6));
        else if (rng.float() < 0.35) outstanding += Math.round(limit * rng.uniform(0.002, 0.03));
        balance[a] = Math.min(limit, outstanding);
        break;
      }
      default: // CONSTANT
        break;
    }
  }
}

function initialise(store: AccountStore, market: MarketData, a: number, dayIndex: number): void {
  const amount = store.principal[a] as number;
  switch (store.mode[a]) {
    case MODE.DEMAND_DRIVER:
      store.aux[a] = amount;
      store.balance[a] = amount;
      break;
    case MODE.NAV: {
      // Units bought at the day's NAV; the balance is recomputed from units every day.
      const nav = market.nav[PRODUCT_NAV_SERIES[store.product[a] as number] as number]![dayIndex] as number;
      store.aux[a] = (amount * 1_000_000) / nav;
      store.balance[a] = amount;
      break;
    }
    case MODE.LOAN: {
      // Principal repaid so far: one instalment per whole month since the loan was opened.
      const open = civilFromDays(store.openDay[a] as number);
      const now = civilFromDays(store.firstRowDay[a] as number);
      const months = Math.max(0, now.year * 12 + now.month - open.year * 12 - open.month - (now.day < open.day ? 1 : 0));
      store.balance[a] = Math.max(0, amount - months * (store.aux[a] as number));
      break;
    }
    default:
      store.balance[a] = amount;
  }
}

/** A matured deposit or plan pays into the customer's demand deposit of the same currency. */
function payOut(store: AccountStore, ddByCurrency: Int32Array, a: number, day: number): void {
  const amount = store.balance[a] as number;
  store.balance[a] = 0;
  if (store.mode[a] === MODE.LOAN || store.mode[a] === MODE.CARD || amount === 0) return;
  const target = ddByCurrency[(store.customer[a] as number) * CURRENCIES.length + (PRODUCTS[store.product[a] as number]!.currency)] as number;
  if (target < 0 || (store.firstRowDay[target] as number) >= day || (store.lastRowDay[target] as number) < day) return;
  store.balance[target] = (store.balance[target] as number) + amount;
  if (store.mode[target] === MODE.DEMAND_DRIVER) store.aux[target] = (store.aux[target] as number) + amount;
  else store.principal[target] = (store.principal[target] as number) + amount;
}

/** Writes `balances/<day>.csv`: every account with a row that day, in account order. */
export function writeBalances(path: string, store: AccountStore, day: number, dayText: string): void {
  const sink = new FileSink(path);
  sink.text(`${BALANCES_HEADER}\n`);
  const prefix = Buffer.from(`${dayText},62`, 'ascii');
  const { firstRowDay, lastRowDay, balance } = store;
  for (let a = 0; a < store.count; a++) {
    if (day < (firstRowDay[a] as number) || day > (lastRowDay[a] as number)) continue;
    sink.bytes(prefix);
    sink.padded(a + 1, 14);
    sink.byte(44); // ','
    sink.cents(balance[a] as number);
    sink.byte(10); // '\n'
  }
  sink.close();
}
