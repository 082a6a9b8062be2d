// A customer's accounts: what they hold follows how wealthy they are (DOMAIN.md §2). The opening
// amounts split the customer's target wealth; the balances engine moves them from there.

import { ACCOUNT_NUMBER_BASE, AccountStore, MODE, NO_DAY, STATUS, STATUSES } from './account-store.ts';
import { addMonths, civilFromDays, formatIsoDate } from './calendar.ts';
import type { MarketData } from './market.ts';
import { CURRENCIES, PRODUCTS, productIndex, type Product } from './products.ts';
import { cumulative, type Rng } from './random.ts';
import type { FileSink } from './writer.ts';

export interface CustomerProfile {
  index: number;
  customerNo: string;
  /** Target AUM in CNY cents. */
  wealth: number;
  wealthClass: number;
  openDay: number;
  /** For boundary customers: the exact constant CNY balance, in cents. */
  boundaryCents?: number;
}

export interface PortfolioContext {
  rng: Rng;
  store: AccountStore;
  market: MarketData;
  startDay: number;
  endDay: number;
  /** ddByCurrency[customer * 4 + currency]: the demand deposit that receives matured funds. */
  ddByCurrency: Int32Array;
  sink: FileSink;
}

const DEMAND_CNY = productIndex('P-DD-CNY');
const CARD_GOLD = productIndex('P-CC-GOLD');
const CARD_PLATINUM = productIndex('P-CC-PLAT');
const MORTGAGE = productIndex('P-LN-MORT');
const CONSUMER_LOAN = productIndex('P-LN-CONS');
const BUSINESS_LOAN = productIndex('P-LN-BIZ');
const EXTRA_WEIGHTS = [0, 1, 2, 3, 4, 5].map((wealthClass) => cumulative(PRODUCTS.map((p) => p.weights[wealthClass] as number)));
/** How many non-demand AUM products a customer of each wealth class holds: [min, max]. */
const EXTRA_COUNT: readonly (readonly [number, number])[] = [[0, 1], [0, 3], [1, 4], [2, 5], [3, 6], [4, 7]];
const CARD_CHANCE = [0.3, 0.45, 0.55, 0.6, 0.65, 0.7];
const CARD_LIMIT_YUAN = [10_000, 30_000, 50_000, 100_000, 200_000, 500_000];
const MORTGAGE_CHANCE = [0.03, 0.1, 0.15, 0.15, 0.12, 0.08];
const MORTGAGE_YUAN = [300_000, 600_000, 1_000_000, 1_500_000, 2_500_000, 5_000_000];
const CONSUMER_CHANCE = [0.03, 0.06, 0.05, 0.03, 0.02, 0.01];
const BUSINESS_CHANCE = [0, 0.01, 0.03, 0.05, 0.08, 0.1];

export function addPortfolio(context: PortfolioContext, customer: CustomerProfile): void {
  const { rng } = context;
  if (customer.boundaryCents !== undefined) {
    addAccount(context, customer, DEMAND_CNY, customer.openDay, customer.boundaryCents, MODE.CONSTANT, STATUS.ACTIVE);
    return;
  }
  const wealthClass = customer.wealthClass;
  if (customer.openDay < context.startDay && rng.chance(0.04)) addAccount(context, customer, DEMAND_CNY, customer.openDay, 0, MODE.CONSTANT, STATUS.CLOSED);

  const extras: number[] = [];
  const [fewest, most] = EXTRA_COUNT[wealthClass]!;
  const wanted = rng.between(fewest, most);
  for (let attempt = 0; extras.length < wanted && attempt < wanted * 4; attempt++) {
    const product = rng.weighted(EXTRA_WEIGHTS[wealthClass]!);
    const minimum = PRODUCTS[product]!.minimumYuan * 100;
    if (!extras.includes(product) && customer.wealth >= minimum * 1.5) extras.push(product);
  }
  const hasDemand = extras.length === 0 || rng.chance(0.97);
  const demandWeight = hasDemand ? (wealthClass <= 1 ? rng.uniform(1, 3) : rng.uniform(0.3, 1.2)) : 0;
  const weights = extras.map(() => rng.uniform(0.4, 1.6));
  const total = demandWeight + weights.reduce((sum, weight) => sum + weight, 0);

  if (hasDemand) {
    const amount = Math.round((customer.wealth * demandWeight) / total);
    const dormant = wealthClass === 0 && rng.chance(0.12);
    const index = addAccount(context, customer, DEMAND_CNY, customer.openDay, amount,
      dormant ? MODE.CONSTANT : MODE.DEMAND_DRIVER, dormant ? STATUS.DORMANT : STATUS.ACTIVE);
    // The customer's savings trend: up to ±0.1% of wealth a day (±3% a month), so customers
    // drift across tier thresholds over the months.
    if (!dormant) context.store.aux2[index] = customer.wealth * 0.001 * rng.tri();
  }
  extras.forEach((product, i) => {
    const amountCny = Math.max((customer.wealth * (weights[i] as number)) / total, PRODUCTS[product]!.minimumYuan * 100);
    addHolding(context, customer, product, amountCny);
  });
  addLiabilities(context, customer);
}

function addHolding(context: PortfolioContext, customer: CustomerProfile, product: number, amountCny: number): void {
  const { rng, market } = context;
  const info = PRODUCTS[product]!;
  // Foreign holdings are sized at the first day's rate; the balances are in the account's currency.
  let amount = (amountCny * 1_000_000) / (market.fx[info.currency]![0] as number);
  // Deposits and plans are bought in round amounts (CDs in 1万 steps), market products are not.
  const step = info.dynamics === 'FIXED' ? (info.minimumYuan >= 200_000 ? 1_000_000 : 10_000) : 1;
  amount = Math.max(step, Math.round(amount / step) * step);
  const mode = info.dynamics === 'DEMAND' ? MODE.DEMAND : info.dynamics === 'NAV' ? MODE.NAV : MODE.CONSTANT;
  const frozen = mode === MODE.CONSTANT && rng.chance(0.005);
  addAccount(context, customer, product, holdingOpenDay(context, customer.openDay), amount, mode, frozen ? STATUS.FROZEN : STATUS.ACTIVE);
}

function addLiabilities(context: PortfolioContext, customer: CustomerProfile): void {
  const { rng, store } = context;
  const wealthClass = customer.wealthClass;
  if (rng.chance(CARD_CHANCE[wealthClass]!)) {
    const limit = Math.round(CARD_LIMIT_YUAN[wealthClass]! * rng.uniform(0.5, 1.5)) * 100;
    const card = addAccount(context, customer, wealthClass >= 3 ? CARD_PLATINUM : CARD_GOLD,
      holdingOpenDay(context, customer.openDay), Math.round(limit * rng.uniform(0, 0.3)), MODE.CARD, STATUS.ACTIVE);
    store.aux[card] = limit;
  }
  const loans: [number, number, number][] = [
    [MORTGAGE, MORTGAGE_CHANCE[wealthClass]!, MORTGAGE_YUAN[wealthClass]!],
    [CONSUMER_LOAN, CONSUMER_CHANCE[wealthClass]!, 100_000],
    [BUSINESS_LOAN, BUSINESS_CHANCE[wealthClass]!, 2_000_000],
  ];
  for (const [product, chance, typicalYuan] of loans) {
    if (!rng.chance(chance)) continue;
    const amount = Math.round((typicalYuan * rng.uniform(0.3, 1.5)) / 100) * 10_000; // whole 100元, in cents
    const term = product === MORTGAGE ? rng.pick([240, 300, 360]) : 36;
    // A loan still running at the start was taken out within its term.
    const earliest = Math.max(customer.openDay, addMonths(context.startDay, -(term - 6)));
    const openDay = customer.openDay > context.startDay
      ? customer.openDay + rng.int(Math.max(1, context.endDay - customer.openDay + 1))
      : earliest + rng.int(Math.max(1, context.startDay - earliest + 1));
    const loan = addAccount(context, customer, product, openDay, amount, MODE.LOAN, STATUS.ACTIVE, term);
    store.aux[loan] = Math.round(amount / term);
  }
}

/** Most holdings were opened between the customer's first day and the start; some inside. */
function holdingOpenDay(context: PortfolioContext, customerOpenDay: number): number {
  const { rng, startDay, endDay } = context;
  if (customerOpenDay > startDay || (endDay > startDay && rng.chance(0.08 * Math.min(1, (endDay - startDay) / 365)))) {
    const from = Math.max(customerOpenDay, startDay + 1);
    return from + rng.int(Math.max(1, endDay - from + 1));
  }
  return customerOpenDay + rng.int(startDay - customerOpenDay + 1);
}

function addAccount(context: PortfolioContext, customer: CustomerProfile, product: number, openDay: number,
  amount: number, mode: number, status: number, termMonths?: number): number {
  const { store, startDay, endDay } = context;
  const info: Product = PRODUCTS[product]!;
  const index = store.add();
  const term = termMonths ?? info.termMonths;
  // Deposits and plans renew on maturity (自动转存) and the file shows the current maturity. Most
  // renew through the whole range; the others are paid out into the customer's demand deposit
  // the day after maturity, and the account is closed (balances.ts).
  let maturity = 0;
  if (term > 0) {
    maturity = addMonths(openDay, term);
    if (mode !== MODE.LOAN && maturity < endDay) {
      const renewUntil = context.rng.chance(0.6) ? endDay : startDay;
      // Jump straight to the renewal period that contains the start (products opened in 2006
      // with a 3-month term would otherwise loop 80 times).
      const start = civilFromDays(startDay);
      const open = civilFromDays(openDay);
      let k = Math.max(1, Math.floor((start.year * 12 + start.month - open.year * 12 - open.month) / term));
      while (maturity < renewUntil) maturity = addMonths(openDay, term * k++);
    }
  }
  let finalStatus = status;
  let lastRowDay = NO_DAY;
  if (status === STATUS.CLOSED) lastRowDay = -1;
  else if (maturity > 0 && maturity < endDay) {
    lastRowDay = maturity;
    finalStatus = STATUS.CLOSED;
  }
  store.customer[index] = customer.index;
  store.product[index] = product;
  store.mode[index] = mode;
  store.status[index] = finalStatus;
  store.anchor[index] = Math.min(28, civilFromDays(openDay).day);
  store.openDay[index] = openDay;
  store.maturityDay[index] = maturity;
  store.firstRowDay[index] = Math.max(openDay, startDay);
  store.lastRowDay[index] = lastRowDay;
  store.principal[index] = amount;
  if ((mode === MODE.DEMAND_DRIVER || mode === MODE.DEMAND) && status === STATUS.ACTIVE) {
    const slot = customer.index * CURRENCIES.length + info.currency;
    if (context.ddByCurrency[slot] === -1) context.ddByCurrency[slot] = index;
  }
  context.sink.text(`${ACCOUNT_NUMBER_BASE + index + 1},${customer.customerNo},${info.code},${CURRENCIES[info.currency]},` +
    `${formatIsoDate(openDay)},${maturity > 0 ? formatIsoDate(maturity) : ''},${STATUSES[finalStatus]}\n`);
  return index;
}
