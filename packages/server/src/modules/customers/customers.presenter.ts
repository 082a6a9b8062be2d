/**
 * The one place where stored customer data becomes a response. Every sensitive field is masked
 * here, by its field class (platform/access/masking.rules.ts), for every role: the search items,
 * the 360 and its holdings. Only `presentInFull` shows values unmasked, and only the ones a
 * show-in-full request named after its audit row was written.
 */
import { maskRecord, maskValue, type FieldClasses } from '../../platform/access/masking.rules.ts';
import { divideRoundHalfUp, formatCents } from '../../platform/money.ts';
import { decidingRule, describeEvaluation, type EvaluationFacts, type Locale } from '../tiers/tiers.explanation.ts';
import { previousMonth, type TierThreshold } from '../tiers/tiers.rules.ts';
import type { CustomerFileRow, HoldingRow, SensitiveValues, TierHistoryRow } from './customer-file.store.ts';
import type { SearchRow } from './customer-search.store.ts';
import type { CustomerView, MonthlyAverage } from './customers.rules.ts';

interface Sensitive {
  idNumber: string;
  mobile: string;
  email: string;
}
const CUSTOMER_FIELDS: FieldClasses<Sensitive> = { idNumber: 'ID_NUMBER', mobile: 'MOBILE', email: 'EMAIL' };

function masked(values: Sensitive): Sensitive {
  return maskRecord(values, CUSTOMER_FIELDS);
}

const money = (cents: bigint) => formatCents(cents);

function presentLimitedItem(row: SearchRow) {
  return {
    customerId: row.id.toString(),
    customerNo: row.customerNo,
    name: row.name,
    gender: row.gender,
    serviceTier: row.serviceTier,
    homeOutlet: row.outlet,
    maintainer: row.maintainer,
  };
}

function presentFullItem(row: SearchRow, monthDays: number | undefined) {
  const { idNumber, mobile } = masked({ idNumber: row.idNumber ?? '', mobile: row.mobile ?? '', email: '' });
  return {
    ...presentLimitedItem(row),
    idType: row.idType ?? '',
    idNumber,
    mobile,
    qualifiedTier: row.qualifiedTier ?? null,
    status: row.status ?? null,
    // MONTH_AVG of the tier month (DOMAIN.md §3): the month's sum over its calendar days.
    aumMonthAvg: monthDays === undefined ? null : money(divideRoundHalfUp(row.aumSumCents ?? 0n, BigInt(monthDays))),
  };
}

/** The items of a search page in the caller's view; the limited view is built from the limited fields only. */
export function presentSearchItems(rows: readonly SearchRow[], view: CustomerView, monthDays: number | undefined) {
  return view === 'FULL'
    ? { view, items: rows.map((row) => presentFullItem(row, monthDays)) }
    : { view, items: rows.map(presentLimitedItem) };
}

function presentHolding(row: HoldingRow) {
  return {
    accountId: row.accountId,
    accountNumber: maskValue('ACCOUNT_NUMBER', row.accountNo),
    product: { code: row.productCode, name: row.productName, category: row.category, riskLevel: row.riskLevel, countsTowardAum: row.countsTowardAum },
    currency: row.currency,
    openedOn: row.openedOn,
    maturityOn: row.maturityOn,
    status: row.status,
    balance:
      row.asOf === null || row.balanceCents === null || row.cnyCents === null
        ? null
        : { asOf: row.asOf, amount: money(BigInt(row.balanceCents)), amountCny: money(BigInt(row.cnyCents)) },
  };
}

function presentHoldings(rows: readonly HoldingRow[]) {
  let aumCny = 0n;
  let otherCny = 0n;
  let asOf: string | null = null;
  for (const row of rows) {
    if (row.cnyCents === null) continue;
    if (row.countsTowardAum) aumCny += BigInt(row.cnyCents);
    else otherCny += BigInt(row.cnyCents);
    if (row.asOf !== null && (asOf === null || row.asOf > asOf)) asOf = row.asOf;
  }
  return { asOf, accounts: rows.map(presentHolding), totals: { aumCny: money(aumCny), otherCny: money(otherCny) } };
}

function explanationOf(customerNo: string, row: TierHistoryRow, policyCode: string, locale: Locale) {
  const tiers: TierThreshold[] = row.tiers.map((t) => ({
    tier: t.tier as TierThreshold['tier'],
    thresholdCents: BigInt(t.threshold_cents),
    specialAdmissionApprover: t.special_admission_approver as TierThreshold['specialAdmissionApprover'],
  }));
  const window = row.facts.window;
  const facts: EvaluationFacts = {
    customerNo,
    month: row.month,
    policy: { code: policyCode, version: row.policyVersion, name: row.policyName, metric: row.metric as EvaluationFacts['policy']['metric'], tiers, graceMonths: row.graceMonths, autoUpgrade: row.autoUpgrade },
    window,
    metricCents: BigInt(row.metricCents),
    qualifiedTier: row.qualifiedTier,
    serviceTier: row.serviceTier,
    status: row.status,
    substandardMonths: row.substandardMonths,
    // As tiers/tier-results.service.ts explainCustomer words it.
    ...(row.previousServiceTier
      ? { previous: { month: previousMonth(row.month), serviceTier: row.previousServiceTier } }
      : { initialReason: row.facts.previous ? ('NOT_IN_PREVIOUS_EVALUATION' as const) : ('NO_PREVIOUS_EVALUATION' as const) }),
    ...(row.admission && { admission: row.admission }),
  };
  return {
    policy: { code: policyCode, version: row.policyVersion, name: row.policyName },
    metric: row.metric,
    value: money(facts.metricCents),
    window: { start: window.windowStart, end: window.windowEnd, days: window.days, carriedForwardDays: window.carriedForwardDays },
    thresholds: tiers.map((t) => ({ tier: t.tier, threshold: money(t.thresholdCents) })),
    rule: row.status,
    qualifiedTier: row.qualifiedTier,
    previousServiceTier: row.previousServiceTier,
    serviceTier: row.serviceTier,
    substandardMonths: row.substandardMonths,
    graceMonths: row.graceMonths,
    autoUpgrade: row.autoUpgrade,
    // The one sentence that says why the customer qualified for the tier, for the month's headline.
    decidingRule: decidingRule({ metric: facts.policy.metric, metricCents: facts.metricCents, policy: facts.policy }, locale),
    lines: describeEvaluation(facts, locale),
  };
}

export interface FileContext {
  locale: Locale;
  tierMonth: { policyCode: string; month: string } | undefined;
  /** The closed days asked for, oldest first: a day without a row is a day with no AUM. */
  days: string[];
  monthly: MonthlyAverage[];
}

export function presentCustomerFile(row: CustomerFileRow, context: FileContext) {
  const daily = new Map(row.daily.map(([day, cents]) => [day, BigInt(cents)]));
  return {
    customerId: row.id.toString(),
    customerNo: row.customerNo,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    idType: row.idType,
    ...masked({ idNumber: row.idNumber, mobile: row.mobile, email: row.email }),
    occupation: row.occupation,
    openedOn: row.openedOn,
    homeOutlet: row.outlet,
    maintainer: row.maintainer,
    advisor: row.advisor,
    tier: {
      month: context.tierMonth?.month.slice(0, 7) ?? null,
      policyCode: context.tierMonth?.policyCode ?? null,
      serviceTier: row.serviceTier,
      qualifiedTier: row.qualifiedTier,
      status: row.status,
    },
    holdings: presentHoldings(row.holdings),
    aum: {
      daily: context.days.map((day) => ({ day, aum: money(daily.get(day) ?? 0n) })),
      monthly: context.monthly.map((m) => ({ month: m.month, average: money(m.averageCents), days: m.days, complete: m.complete })),
    },
    tierHistory: row.tierHistory.map((history) => ({
      month: history.month,
      explanation: explanationOf(row.customerNo, history, context.tierMonth?.policyCode ?? '', context.locale),
    })),
  };
}

/** The values a show-in-full request named, unmasked: the only unmasked response. */
export function presentInFull(values: SensitiveValues) {
  return {
    customerId: values.id.toString(),
    ...(values.idNumber !== undefined ? { idNumber: values.idNumber } : {}),
    ...(values.mobile !== undefined ? { mobile: values.mobile } : {}),
    ...(values.email !== undefined ? { email: values.email } : {}),
    ...(values.accounts !== undefined
      ? { accountNumbers: values.accounts.map((a) => ({ accountId: a.accountId, accountNumber: a.accountNo })) }
      : {}),
  };
}
