// The product shelf of the demo bank: every category of DOMAIN.md §3, CNY and foreign currency,
// risk levels R1–R5. Each product also says how its balance moves day to day (`dynamics`) and
// who tends to hold it (`weights` per wealth class), which is what makes portfolios plausible.

export const CURRENCIES = ['CNY', 'USD', 'HKD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

export type Category =
  | 'DEMAND_DEPOSIT' | 'TIME_DEPOSIT' | 'LARGE_CD' | 'TREASURY_BOND' | 'WEALTH_PRODUCT' | 'FUND'
  | 'INSURANCE' | 'TRUST' | 'ASSET_MGMT_PLAN' | 'PRECIOUS_METAL' | 'LOAN' | 'CREDIT_CARD';

/** How a balance evolves: see balances.ts. */
export type Dynamics = 'DEMAND' | 'FIXED' | 'NAV' | 'LOAN' | 'CARD';

export interface Product {
  code: string;
  name: string;
  category: Category;
  risk: 'R1' | 'R2' | 'R3' | 'R4' | 'R5';
  currency: number; // index into CURRENCIES
  series: string;
  dynamics: Dynamics;
  /** Term in months for products that mature (0 = open-ended). */
  termMonths: number;
  /** Minimum subscription in CNY yuan (large CDs start at 20万 by regulation, trusts at 100万). */
  minimumYuan: number;
  /** NAV series shared by products priced off the same underlying (e.g. both gold products). */
  navSeries?: string;
  /** Daily drift and volatility of the NAV, as fractions. */
  drift?: number;
  volatility?: number;
  /** Relative popularity per wealth class 0..5 (<1万, <10万, <50万, <100万, <600万, ≥600万). */
  weights: readonly [number, number, number, number, number, number];
}

type Row = [string, string, Category, Product['risk'], Currency, string, Dynamics, number, number,
  Product['weights'], string?, number?, number?];

// code, name, category, risk, currency, series, dynamics, term, minimum, weights, nav series, drift, vol
const ROWS: readonly Row[] = [
  ['P-DD-CNY', '活期储蓄', 'DEMAND_DEPOSIT', 'R1', 'CNY', '活期', 'DEMAND', 0, 0, [0, 0, 0, 0, 0, 0]],
  ['P-DD-USD', '美元活期储蓄', 'DEMAND_DEPOSIT', 'R1', 'USD', '外币活期', 'DEMAND', 0, 0, [0, 1, 4, 6, 8, 8]],
  ['P-DD-HKD', '港币活期储蓄', 'DEMAND_DEPOSIT', 'R1', 'HKD', '外币活期', 'DEMAND', 0, 0, [0, 1, 2, 4, 5, 5]],
  ['P-DD-EUR', '欧元活期储蓄', 'DEMAND_DEPOSIT', 'R1', 'EUR', '外币活期', 'DEMAND', 0, 0, [0, 0, 1, 2, 3, 3]],
  ['P-TD-CNY-3M', '整存整取三个月', 'TIME_DEPOSIT', 'R1', 'CNY', '定期', 'FIXED', 3, 50, [10, 10, 6, 4, 3, 2]],
  ['P-TD-CNY-1Y', '整存整取一年', 'TIME_DEPOSIT', 'R1', 'CNY', '定期', 'FIXED', 12, 50, [12, 16, 12, 8, 5, 3]],
  ['P-TD-CNY-3Y', '整存整取三年', 'TIME_DEPOSIT', 'R1', 'CNY', '定期', 'FIXED', 36, 50, [4, 10, 10, 8, 5, 3]],
  ['P-TD-USD-1Y', '美元定期一年', 'TIME_DEPOSIT', 'R1', 'USD', '外币定期', 'FIXED', 12, 500, [0, 1, 3, 4, 5, 5]],
  ['P-TD-EUR-1Y', '欧元定期一年', 'TIME_DEPOSIT', 'R1', 'EUR', '外币定期', 'FIXED', 12, 500, [0, 0, 1, 2, 2, 2]],
  ['P-CD-CNY-1Y', '大额存单一年', 'LARGE_CD', 'R1', 'CNY', '大额存单', 'FIXED', 12, 200_000, [0, 0, 6, 10, 10, 8]],
  ['P-CD-CNY-3Y', '大额存单三年', 'LARGE_CD', 'R1', 'CNY', '大额存单', 'FIXED', 36, 200_000, [0, 0, 5, 10, 10, 8]],
  ['P-TB-CNY-3Y', '储蓄国债(电子式)三年期', 'TREASURY_BOND', 'R1', 'CNY', '国债', 'FIXED', 36, 100, [1, 4, 6, 6, 5, 4]],
  ['P-TB-CNY-5Y', '储蓄国债(凭证式)五年期', 'TREASURY_BOND', 'R1', 'CNY', '国债', 'FIXED', 60, 100, [0, 2, 4, 4, 4, 3]],
  ['P-WM-CASH', '天天利现金管理理财', 'WEALTH_PRODUCT', 'R1', 'CNY', '现金管理', 'NAV', 0, 1, [10, 10, 8, 6, 5, 4], 'CASH', 0.00005, 0],
  ['P-WM-R2-90D', '稳健理财90天', 'WEALTH_PRODUCT', 'R2', 'CNY', '稳健', 'NAV', 3, 10_000, [0, 8, 12, 10, 8, 6], 'WM2', 0.00008, 0.0002],
  ['P-WM-R3-1Y', '进取理财一年', 'WEALTH_PRODUCT', 'R3', 'CNY', '进取', 'NAV', 12, 10_000, [0, 3, 8, 10, 9, 8], 'WM3', 0.0001, 0.001],
  ['P-WM-USD-R2', '美元稳健理财', 'WEALTH_PRODUCT', 'R2', 'USD', '外币理财', 'NAV', 6, 10_000, [0, 0, 2, 4, 5, 5], 'WMUSD', 0.00012, 0.0002],
  ['P-FD-MM', '货币市场基金', 'FUND', 'R1', 'CNY', '货币基金', 'NAV', 0, 1, [10, 10, 6, 4, 3, 2], 'MM', 0.00005, 0],
  ['P-FD-BOND', '纯债债券基金', 'FUND', 'R2', 'CNY', '债券基金', 'NAV', 0, 1, [2, 6, 8, 8, 6, 5], 'BOND', 0.0001, 0.0008],
  ['P-FD-IDX', '沪深300指数基金', 'FUND', 'R3', 'CNY', '指数', 'NAV', 0, 1, [4, 8, 8, 6, 5, 4], 'CSI300', 0.0002, 0.011],
  ['P-FD-EQ', '新兴产业混合基金', 'FUND', 'R4', 'CNY', '权益', 'NAV', 0, 1, [2, 5, 6, 6, 5, 4], 'EQ', 0.0002, 0.014],
  ['P-FD-HKD', '港股精选基金', 'FUND', 'R4', 'HKD', '港股', 'NAV', 0, 10, [0, 1, 2, 3, 4, 4], 'HK', 0.0001, 0.013],
  ['P-FD-QDII', '全球科技QDII基金', 'FUND', 'R5', 'USD', 'QDII', 'NAV', 0, 10, [0, 1, 2, 3, 4, 4], 'QDII', 0.0003, 0.015],
  ['P-IN-PAR', '分红型终身寿险', 'INSURANCE', 'R2', 'CNY', '保险', 'NAV', 0, 10_000, [0, 3, 6, 8, 8, 6], 'PAR', 0.0001, 0],
  ['P-IN-ANN', '养老年金保险', 'INSURANCE', 'R1', 'CNY', '年金', 'NAV', 0, 10_000, [0, 3, 5, 6, 6, 5], 'ANN', 0.00008, 0],
  ['P-TR-CNY', '集合资金信托计划', 'TRUST', 'R4', 'CNY', '信托', 'FIXED', 24, 1_000_000, [0, 0, 0, 0, 6, 8]],
  ['P-TR-FAM', '家族信托', 'TRUST', 'R3', 'CNY', '家族信托', 'FIXED', 120, 6_000_000, [0, 0, 0, 0, 0, 8]],
  ['P-AM-CNY', '券商集合资管计划', 'ASSET_MGMT_PLAN', 'R3', 'CNY', '资管', 'NAV', 12, 300_000, [0, 0, 0, 4, 6, 6], 'AM', 0.00012, 0.003],
  ['P-AM-PE', '私募股权资管计划', 'ASSET_MGMT_PLAN', 'R5', 'CNY', '私募股权', 'NAV', 36, 1_000_000, [0, 0, 0, 0, 3, 6], 'PE', 0.0001, 0.002],
  ['P-GD-CNY', '积存金', 'PRECIOUS_METAL', 'R3', 'CNY', '黄金', 'NAV', 0, 1, [2, 4, 5, 5, 4, 4], 'GOLD', 0.00015, 0.009],
  ['P-GD-BAR', '实物投资金条', 'PRECIOUS_METAL', 'R2', 'CNY', '黄金', 'NAV', 0, 5_000, [0, 1, 2, 3, 3, 3], 'GOLD', 0.00015, 0.009],
  ['P-LN-MORT', '个人住房贷款', 'LOAN', 'R1', 'CNY', '房贷', 'LOAN', 300, 0, [0, 0, 0, 0, 0, 0]],
  ['P-LN-CONS', '个人消费贷款', 'LOAN', 'R1', 'CNY', '消费贷', 'LOAN', 36, 0, [0, 0, 0, 0, 0, 0]],
  ['P-LN-BIZ', '个人经营贷款', 'LOAN', 'R2', 'CNY', '经营贷', 'LOAN', 36, 0, [0, 0, 0, 0, 0, 0]],
  ['P-CC-GOLD', '金卡信用卡', 'CREDIT_CARD', 'R1', 'CNY', '信用卡', 'CARD', 0, 0, [0, 0, 0, 0, 0, 0]],
  ['P-CC-PLAT', '白金信用卡', 'CREDIT_CARD', 'R1', 'CNY', '信用卡', 'CARD', 0, 0, [0, 0, 0, 0, 0, 0]],
];

export const PRODUCTS: readonly Product[] = ROWS.map(
  ([code, name, category, risk, currency, series, dynamics, termMonths, minimumYuan, weights, navSeries, drift, volatility]) => ({
    code, name, category, risk, currency: CURRENCIES.indexOf(currency), series, dynamics, termMonths, minimumYuan, weights,
    ...(navSeries === undefined ? {} : { navSeries, drift: drift ?? 0, volatility: volatility ?? 0 }),
  }),
);

export function productIndex(code: string): number {
  const index = PRODUCTS.findIndex((product) => product.code === code);
  if (index < 0) throw new Error(`unknown product ${code}`);
  return index;
}

export function countsTowardAum(product: Product): boolean {
  return product.category !== 'LOAN' && product.category !== 'CREDIT_CARD';
}

/** Distinct NAV series, in first-use order; products.ts index → series index (-1 if none). */
export const NAV_SERIES: readonly string[] = [...new Set(PRODUCTS.flatMap((p) => (p.navSeries ? [p.navSeries] : [])))];
export const PRODUCT_NAV_SERIES: Int8Array = Int8Array.from(PRODUCTS.map((p) => (p.navSeries ? NAV_SERIES.indexOf(p.navSeries) : -1)));

export const PRODUCTS_HEADER = 'product_code,name,category,risk_level,currency,series,counts_toward_aum';

export function productLine(product: Product): string {
  return [product.code, product.name, product.category, product.risk, CURRENCIES[product.currency], product.series,
    countsTowardAum(product) ? 'true' : 'false'].join(',');
}
