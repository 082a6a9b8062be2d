// Customers: who they are (customers.csv) and how wealthy they are meant to be (the profile that
// portfolio.ts turns into accounts). Wealth is drawn per tier band so that the bank has the tier
// pyramid of a real retail bank over the 10万/50万/100万/600万 thresholds (DOMAIN.md §4).

import { customerNumber } from './account-store.ts';
import { civilFromDays, daysFromCivil, formatIsoDate } from './calendar.ts';
import { drawAreaIndex, mobilePhone, otherDocumentNumber, residentId, type IdType } from './ids.ts';
import { drawChineseName, FOREIGN_NAMES } from './names.ts';
import type { CustomerProfile } from './portfolio.ts';
import { cumulative, type Rng } from './random.ts';

export const CUSTOMERS_HEADER =
  'customer_no,name,id_type,id_no,gender,birth_date,phone,email,occupation,home_outlet_code,opened_on';

const YUAN = 100;
/** Wealth bands in CNY cents: <1万, 1万–10万, 10万–50万, 50万–100万, 100万–600万, 600万–5000万. */
const BAND_EDGES = [100 * YUAN, 10_000 * YUAN, 100_000 * YUAN, 500_000 * YUAN, 1_000_000 * YUAN, 6_000_000 * YUAN, 50_000_000 * YUAN];
const BAND_SHARES = cumulative([0.33, 0.435, 0.168, 0.055, 0.0105, 0.0012]);

/**
 * Constant balances exactly on, and one cent below, every threshold of the shipped presets
 * (5万, 10万, 30万, 50万, 100万, 500万, 600万), for tests of inclusive lower bounds.
 */
export const BOUNDARY_CENTS: readonly number[] = [50_000, 100_000, 300_000, 500_000, 1_000_000, 5_000_000, 6_000_000]
  .flatMap((yuan) => [yuan * YUAN, yuan * YUAN - 1]);

export function wealthClassOf(cents: number): number {
  let wealthClass = 0;
  while (wealthClass < 5 && cents >= (BAND_EDGES[wealthClass + 1] as number)) wealthClass++;
  return wealthClass;
}

function drawWealth(rng: Rng): number {
  const band = rng.weighted(BAND_SHARES);
  const lo = BAND_EDGES[band] as number;
  const hi = BAND_EDGES[band + 1] as number;
  // Within a band wealth thins out like a Pareto tail; the smallest band is spread more evenly.
  const value = band === 0 ? lo + (hi - lo) * rng.float() * rng.float() : rng.pareto(lo, hi);
  return Math.round(value);
}

const ID_TYPES: readonly IdType[] = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_RESIDENT_PERMIT', 'OTHER'];
const ID_TYPE_WEIGHTS = cumulative([96.5, 1.2, 1.0, 0.5, 0.5, 0.3]);

const OCCUPATIONS = ['GOVERNMENT_OFFICIAL', 'CIVIL_SERVANT', 'SENIOR_EXECUTIVE', 'MIDDLE_MANAGER', 'ENTREPRENEUR',
  'SCHOLAR', 'STAR', 'HOMEMAKER', 'OTHER'] as const;
/** Richer customers are more often entrepreneurs and executives (职业分群, DOMAIN.md §2). */
const OCCUPATION_WEIGHTS = [
  cumulative([0.5, 6, 2, 10, 4, 3, 0.05, 3, 71]),
  cumulative([1, 8, 6, 18, 12, 6, 0.2, 6, 43]),
  cumulative([2, 5, 15, 15, 30, 8, 1, 10, 14]),
];

const MAIL_DOMAINS = ['sina.com', 'outlook.com', 'gmail.com', 'foxmail.com', 'sohu.com'];

export interface CustomerContext {
  rng: Rng;
  startDay: number;
  endDay: number;
  outletCodes: readonly string[];
  outletWeights: Float64Array;
  /** Share of customers who open inside the range (and so have no balances before). */
  newCustomerShare: number;
  staffCount: number;
  phoneKey: number;
  documentKey: number;
  /** (area, birth day, sequence) keys already issued: one person = one ID (DOMAIN.md §2). */
  issuedResidentIds: Set<number>;
}

export interface DrawnCustomer {
  profile: CustomerProfile;
  line: string;
  /** Home outlet code. */
  outlet: string;
}

export function drawCustomer(context: CustomerContext, index: number, boundaryCents: number | undefined): DrawnCustomer {
  const { rng, startDay, endDay } = context;
  const customerNo = customerNumber(index);
  const wealth = boundaryCents ?? drawWealth(rng);
  const wealthClass = wealthClassOf(wealth);
  const male = rng.chance(0.5);
  // Age 20–80 at the start, peaking in the 50s; VIPs are a few years older on average.
  const age = Math.min(85, 20 + Math.floor(60 * ((rng.float() + rng.float()) / 2)) + (wealthClass >= 2 ? rng.int(6) : 0));
  const startYear = civilFromDays(startDay).year;
  const birthDay = daysFromCivil(startYear - age - 1, 1, 1) + rng.int(365);
  const birth = formatIsoDate(birthDay);

  const idType = boundaryCents === undefined ? ID_TYPES[rng.weighted(ID_TYPE_WEIGHTS)]! : 'RESIDENT_ID';
  let idNo: string;
  if (idType === 'RESIDENT_ID') {
    let area = drawAreaIndex(rng);
    let sequence = rng.int(500);
    let key = (area * 60_000 + birthDay + 30_000) * 500 + sequence;
    while (context.issuedResidentIds.has(key)) {
      area = drawAreaIndex(rng);
      sequence = rng.int(500);
      key = (area * 60_000 + birthDay + 30_000) * 500 + sequence;
    }
    context.issuedResidentIds.add(key);
    idNo = residentId(area, birth, sequence, male);
  } else {
    idNo = otherDocumentNumber(idType, index, context.documentKey);
  }

  const foreigner = idType === 'FOREIGN_RESIDENT_PERMIT';
  const person = foreigner
    ? { name: rng.pick(FOREIGN_NAMES), surnamePinyin: '', givenPinyin: '' }
    : drawChineseName(rng, male);
  const email = rng.chance(age < 50 ? 0.65 : 0.45) ? drawEmail(rng, person.name, person.surnamePinyin, person.givenPinyin, birthDay, foreigner) : '';
  const occupation = OCCUPATIONS[rng.weighted(OCCUPATION_WEIGHTS[Math.min(2, Math.max(0, wealthClass - 1))]!)]!;
  const outlet = context.outletCodes[rng.weighted(context.outletWeights)]!;

  // Customers open an account as adults; a few open inside the generated range.
  const adultDay = daysFromCivil(civilFromDays(birthDay).year + 18, 6, 30);
  let openDay: number;
  if (boundaryCents === undefined && endDay > startDay && rng.chance(context.newCustomerShare)) {
    openDay = startDay + 1 + rng.int(endDay - startDay);
  } else {
    const earliest = Math.min(startDay, Math.max(adultDay, startDay - 20 * 365));
    openDay = earliest + rng.int(startDay - earliest + 1);
    if (boundaryCents !== undefined) openDay = Math.min(openDay, startDay - 1);
  }

  const phone = mobilePhone(context.staffCount + index, context.phoneKey);
  const line = `${customerNo},${person.name},${idType},${idNo},${male ? 'M' : 'F'},${birth},${phone},${email},` +
    `${occupation},${outlet},${formatIsoDate(openDay)}\n`;
  const profile: CustomerProfile = { index, customerNo, wealth, wealthClass, openDay };
  if (boundaryCents !== undefined) profile.boundaryCents = boundaryCents;
  return { profile, line, outlet };
}

function drawEmail(rng: Rng, name: string, surname: string, given: string, birthDay: number, foreigner: boolean): string {
  if (foreigner) return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@gmail.com`;
  const style = rng.float();
  if (style < 0.4) return `${rng.between(1, 9)}${String(rng.int(1_000_000_000)).slice(0, rng.between(4, 9))}@qq.com`;
  const year = civilFromDays(birthDay).year;
  if (style < 0.7) return `${surname}${given}${rng.chance(0.5) ? year : String(rng.int(100)).padStart(2, '0')}@163.com`;
  if (style < 0.85) return `${given}.${surname}@126.com`;
  return `${surname}${given}@${rng.pick(MAIL_DOMAINS)}`;
}
