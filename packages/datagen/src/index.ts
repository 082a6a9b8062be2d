// @guibin/datagen: deterministic demo and benchmark banks in the feed format of DOMAIN.md §3.
// Same spec (seed included) ⇒ byte-identical files; nothing here reads the clock or Math.random.

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNTS_HEADER, AccountStore } from './account-store.ts';
import { advanceDay, writeBalances } from './balances.ts';
import { formatIsoDate, parseIsoDate } from './calendar.ts';
import { BOUNDARY_CENTS, CUSTOMERS_HEADER, drawCustomer, type CustomerContext } from './customers.ts';
import { MaintainerDealer, type OutletRoster } from './maintainers.ts';
import { buildMarket } from './market.ts';
import { buildOrgTree, writeOrgs, writeStaff } from './orgs.ts';
import { addPortfolio, type PortfolioContext } from './portfolio.ts';
import { CURRENCIES, PRODUCTS, PRODUCTS_HEADER, productLine } from './products.ts';
import { Rng } from './random.ts';
import { FileSink, formatMicros } from './writer.ts';

export interface BankSpec {
  /** Same seed + spec ⇒ byte-identical files. */
  seed: number;
  customers: number;
  /** 'YYYY-MM-DD', first balances day. */
  startDate: string;
  /** 'YYYY-MM-DD', last balances day, inclusive. */
  endDate: string;
  /** Receives orgs.csv, staff.csv, products.csv, customers.csv, accounts.csv, maintainers.csv, fx/<day>.csv, balances/<day>.csv. */
  outDir: string;
  onProgress?: (done: number, total: number, stage: string) => void;
}

export interface BankSummary {
  customers: number;
  accounts: number;
  days: number;
  staff: number;
  orgs: number;
}

/** The demo bank: 5,000 customers over 15 months (2025-07-01 .. 2026-09-30). */
export function demoBankSpec(outDir: string): BankSpec {
  return { seed: 20260101, customers: 5000, startDate: '2025-07-01', endDate: '2026-09-30', outDir };
}

export { isValidResidentId, residentIdCheckChar } from './ids.ts';
export { BOUNDARY_CENTS } from './customers.ts';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.csv(\.tmp)?$/;

export async function generateBank(spec: BankSpec): Promise<BankSummary> {
  if (!Number.isSafeInteger(spec.customers) || spec.customers < 1) throw new Error('customers must be a positive integer');
  if (!Number.isSafeInteger(spec.seed)) throw new Error('seed must be an integer');
  const startDay = parseIsoDate(spec.startDate);
  const endDay = parseIsoDate(spec.endDate);
  if (endDay < startDay) throw new Error(`endDate ${spec.endDate} is before startDate ${spec.startDate}`);
  const days = endDay - startDay + 1;
  const progress = spec.onProgress ?? (() => {});
  const seed = spec.seed >>> 0;

  prepareDirectories(spec.outDir, startDay, endDay);
  const market = buildMarket(seed, days);
  const keys = new Rng(seed, 'keys');
  const phoneKey = keys.next();
  const documentKey = keys.next();

  progress(0, 1, 'orgs');
  const tree = buildOrgTree(seed, spec.customers);
  writeFile(join(spec.outDir, 'orgs.csv'), (sink) => writeOrgs(sink, tree));
  let staffCount = 0;
  let roster: OutletRoster = new Map();
  writeFile(join(spec.outDir, 'staff.csv'), (sink) => {
    ({ count: staffCount, roster } = writeStaff(sink, tree, seed, spec.customers, phoneKey));
  });
  writeFile(join(spec.outDir, 'products.csv'), (sink) => {
    sink.text(`${PRODUCTS_HEADER}\n`);
    for (const product of PRODUCTS) sink.text(`${productLine(product)}\n`);
  });
  progress(1, 1, 'orgs');

  const store = new AccountStore(Math.ceil(spec.customers * 3.1) + 16);
  const ddByCurrency = new Int32Array(spec.customers * CURRENCIES.length).fill(-1);
  const customerWealth = new Float64Array(spec.customers);
  await writeCustomersAndAccounts(spec, { startDay, endDay, days, staffCount, roster, phoneKey, documentKey, tree, store, market, ddByCurrency, customerWealth });

  for (let d = 0; d < days; d++) {
    const dayText = formatIsoDate(startDay + d);
    writeFile(join(spec.outDir, 'fx', `${dayText}.csv`), (sink) => {
      sink.text('as_of,currency,rate_to_cny\n');
      for (let c = 1; c < CURRENCIES.length; c++) sink.text(`${dayText},${CURRENCIES[c]},${formatMicros(market.fx[c]![d]!)}\n`);
    });
  }

  const balanceContext = { rng: new Rng(seed, 'balances'), store, market, startDay, ddByCurrency, customerWealth };
  for (let d = 0; d < days; d++) {
    const day = startDay + d;
    advanceDay(balanceContext, day, d);
    writeBalances(join(spec.outDir, 'balances', `${formatIsoDate(day)}.csv`), store, day, formatIsoDate(day));
    progress(d + 1, days, 'balances');
    await yieldToEventLoop();
  }
  return { customers: spec.customers, accounts: store.count, days, staff: staffCount, orgs: tree.units.length };
}

interface GenerationState {
  startDay: number;
  endDay: number;
  days: number;
  staffCount: number;
  roster: OutletRoster;
  phoneKey: number;
  documentKey: number;
  tree: ReturnType<typeof buildOrgTree>;
  store: AccountStore;
  market: ReturnType<typeof buildMarket>;
  ddByCurrency: Int32Array;
  customerWealth: Float64Array;
}

/** One pass over customers writes the three files, so no customer object outlives its row. */
async function writeCustomersAndAccounts(spec: BankSpec, state: GenerationState): Promise<void> {
  const seed = spec.seed >>> 0;
  const customersSink = new FileSink(join(spec.outDir, 'customers.csv'));
  const accountsSink = new FileSink(join(spec.outDir, 'accounts.csv'));
  customersSink.text(`${CUSTOMERS_HEADER}\n`);
  accountsSink.text(`${ACCOUNTS_HEADER}\n`);
  const maintainers = new MaintainerDealer(state.roster, new FileSink(join(spec.outDir, 'maintainers.csv')));
  const customerContext: CustomerContext = {
    rng: new Rng(seed, 'customers'),
    startDay: state.startDay,
    endDay: state.endDay,
    outletCodes: state.tree.outletCodes,
    outletWeights: state.tree.outletWeights,
    // New-customer acquisition of ~3.5% a year.
    newCustomerShare: Math.min(0.1, (0.035 * (state.days - 1)) / 365),
    staffCount: state.staffCount,
    phoneKey: state.phoneKey,
    documentKey: state.documentKey,
    issuedResidentIds: new Set<number>(),
  };
  const portfolioContext: PortfolioContext = {
    rng: new Rng(seed, 'accounts'),
    store: state.store,
    market: state.market,
    startDay: state.startDay,
    endDay: state.endDay,
    ddByCurrency: state.ddByCurrency,
    sink: accountsSink,
  };
  // Boundary customers are spread through the file rather than bunched at its start.
  const boundary = new Map<number, number>();
  if (spec.customers >= 100) {
    BOUNDARY_CENTS.forEach((cents, k) => boundary.set(Math.floor(((k + 0.5) * spec.customers) / BOUNDARY_CENTS.length), cents));
  }
  for (let i = 0; i < spec.customers; i++) {
    const { profile, line, outlet } = drawCustomer(customerContext, i, boundary.get(i));
    customersSink.text(line);
    maintainers.add(profile.customerNo, outlet, profile.wealthClass);
    addPortfolio(portfolioContext, profile);
    state.customerWealth[i] = profile.wealth;
    if ((i + 1) % 50_000 === 0 || i + 1 === spec.customers) {
      spec.onProgress?.(i + 1, spec.customers, 'customers');
      await yieldToEventLoop();
    }
  }
  customersSink.close();
  accountsSink.close();
  maintainers.close();
}

function writeFile(path: string, write: (sink: FileSink) => void): void {
  const sink = new FileSink(path);
  write(sink);
  sink.close();
}

/** Creates the folders and removes day files outside the range left by an earlier, longer run. */
function prepareDirectories(outDir: string, startDay: number, endDay: number): void {
  for (const folder of ['fx', 'balances']) {
    const path = join(outDir, folder);
    mkdirSync(path, { recursive: true });
    for (const name of readdirSync(path)) {
      const match = DAY_FILE.exec(name);
      if (!match) continue;
      let day: number;
      try {
        day = parseIsoDate(match[1]!);
      } catch {
        continue; // not a real date, so not a file we wrote
      }
      if (match[2] !== undefined || day < startDay || day > endDay) rmSync(join(path, name));
    }
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
