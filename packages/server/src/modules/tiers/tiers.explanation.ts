/**
 * The trail of a tier evaluation in words, zh-CN first and en (DOMAIN.md §4: "a user asking why
 * is this customer platinum? gets that trail"). Pure: tiers.service.ts loads the facts.
 */
import { formatCentsGrouped } from '../../platform/money.ts';
import {
  previousMonth,
  qualify,
  type ApproverLevel,
  type EvaluationStatus,
  type TierCode,
  type TierThreshold,
  type WindowMetric,
} from './tiers.rules.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface EvaluationFacts {
  customerNo: string;
  month: string;
  policy: { code: string; version: number; name: string; metric: WindowMetric; tiers: TierThreshold[]; graceMonths: number; autoUpgrade: boolean };
  window: { windowStart: string; windowEnd: string; days: number; carriedForwardDays: string[] };
  metricCents: bigint;
  qualifiedTier: TierCode;
  serviceTier: TierCode;
  status: EvaluationStatus;
  /** Months below the previous service tier, for SUBSTANDARD and DOWNGRADED. */
  substandardMonths: number;
  /** Last month's service tier under the same policy code; absent on an initial evaluation. */
  previous?: { month: string; serviceTier: TierCode };
  /** Why an evaluation is initial: last month was not evaluated under the code, or this customer was not in it. */
  initialReason?: 'NO_PREVIOUS_EVALUATION' | 'NOT_IN_PREVIOUS_EVALUATION';
  /** The special admission that decided a SPECIAL_ADMISSION result. */
  admission?: AdmissionFacts;
}

/** An approved special admission (特殊准入): its tier, its period (endsOn exclusive) and the levels that approved it, in order. */
export interface AdmissionFacts {
  tier: TierCode;
  startsOn: string;
  endsOn: string;
  approverLevels: ApproverLevel[];
}

const APPROVER_NAMES: Record<ApproverLevel, Record<Locale, string>> = {
  OUTLET_HEAD: { 'zh-CN': '网点负责人', en: 'outlet head' },
  SUB_BRANCH_HEAD: { 'zh-CN': '支行行长', en: 'sub-branch head' },
  BRANCH_ADMIN: { 'zh-CN': '分行零售金融部', en: 'branch admin' },
};

const TIER_NAMES_ZH: Record<TierCode, string> = {
  STANDARD: '普通客户',
  GOLD: '金卡',
  PLATINUM: '白金',
  DIAMOND: '钻石',
  PRIVATE: '私人银行',
};

const METRIC_NAMES: Record<WindowMetric, Record<Locale, string>> = {
  MONTH_AVG: { 'zh-CN': '月日均', en: 'month average daily AUM' },
  ROLLING_QUARTER_AVG: { 'zh-CN': '滚动季日均', en: 'rolling-quarter average daily AUM' },
  MIN_OF_3_MONTH_AVGS: { 'zh-CN': '连续三个月日均（三个月日均的最小值）', en: 'lowest of the last three month averages' },
  TWELVE_MONTH_AVG: { 'zh-CN': '12个月日均', en: 'twelve-month average daily AUM' },
  POINT: { 'zh-CN': '月末时点余额', en: 'AUM on the last day of the month' },
};

function tierName(tier: TierCode, locale: Locale): string {
  return locale === 'en' ? tier : TIER_NAMES_ZH[tier];
}

function policyRef(policy: { code: string; version: number }, locale: Locale): string {
  return locale === 'en' ? `${policy.code} v${policy.version}` : `${policy.code} 第${policy.version}版`;
}

/**
 * The rule that decided the qualified tier, e.g.
 * "ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1".
 */
export function decidingRule(
  input: { metric: WindowMetric; metricCents: bigint; policy: { code: string; version: number; tiers: TierThreshold[] } },
  locale: Locale,
): string {
  const { met, notMet } = qualify(input.metricCents, input.policy.tiers);
  const value = `${input.metric} ${formatCentsGrouped(input.metricCents)}`;
  // STANDARD is decided by the lowest threshold not being met; any other tier by the one met.
  const comparison = met
    ? `${value} ≥ ${tierName(met.tier, locale)} ${formatCentsGrouped(met.thresholdCents)}`
    : `${value} < ${tierName(notMet!.tier, locale)} ${formatCentsGrouped(notMet!.thresholdCents)}`;
  return locale === 'en'
    ? `${comparison} under ${policyRef(input.policy, locale)}`
    : `${comparison}（${policyRef(input.policy, locale)}）`;
}

/** The whole trail, one sentence a line. */
export function describeEvaluation(facts: EvaluationFacts, locale: Locale): string[] {
  const { policy, window } = facts;
  const en = locale === 'en';
  const lines: string[] = [];
  lines.push(
    en
      ? `Customer ${facts.customerNo}, month ${facts.month}, policy ${policyRef(policy, locale)} (${policy.name}).`
      : `客户 ${facts.customerNo}，${facts.month} 月评定，分层标准 ${policyRef(policy, locale)}（${policy.name}）。`,
  );
  const metricName = METRIC_NAMES[policy.metric][locale];
  lines.push(
    en
      ? `Metric ${policy.metric} (${metricName}) over ${window.windowStart} to ${window.windowEnd} (${window.days} days): ${formatCentsGrouped(facts.metricCents)}.`
      : `指标 ${policy.metric}（${metricName}），区间 ${window.windowStart} 至 ${window.windowEnd}（${window.days} 天）：${formatCentsGrouped(facts.metricCents)} 元。`,
  );
  if (window.carriedForwardDays.length > 0) {
    const days = window.carriedForwardDays.join(', ');
    lines.push(en ? `Days without a balances file, carried forward from the day before: ${days}.` : `缺少余额文件、沿用前一日余额的日期：${days}。`);
  }
  for (const threshold of policy.tiers) {
    const isMet = facts.metricCents >= threshold.thresholdCents;
    const amount = formatCentsGrouped(threshold.thresholdCents);
    lines.push(
      en
        ? `${threshold.tier} from ${amount}: ${isMet ? 'met' : 'not met'}.`
        : `${tierName(threshold.tier, locale)} ${amount} 起：${isMet ? '达到' : '未达到'}。`,
    );
  }
  const rule = decidingRule({ metric: policy.metric, metricCents: facts.metricCents, policy }, locale);
  lines.push(
    en
      ? `Qualified tier ${facts.qualifiedTier}: ${rule}.`
      : `资产达标等级 ${tierName(facts.qualifiedTier, locale)}：${rule}。`,
  );
  lines.push(serviceTierSentence(facts, locale));
  return lines;
}

function serviceTierSentence(facts: EvaluationFacts, locale: Locale): string {
  const en = locale === 'en';
  const qualified = tierName(facts.qualifiedTier, locale);
  const service = tierName(facts.serviceTier, locale);
  const previous = facts.previous;
  const previousTier = previous ? tierName(previous.serviceTier, locale) : '';
  const grace = facts.policy.graceMonths;
  const sentences: Record<EvaluationStatus, () => string> = {
    INITIAL: () => {
      const lastMonth = previousMonth(facts.month);
      const why =
        facts.initialReason === 'NOT_IN_PREVIOUS_EVALUATION'
          ? en ? `The customer was not in the ${lastMonth} evaluation` : `客户不在 ${lastMonth} 的评定结果中`
          : en ? `${lastMonth} was not evaluated under ${facts.policy.code}` : `${lastMonth} 未按 ${facts.policy.code} 评定`;
      return en
        ? `${why}: initial evaluation, the service tier is the qualified tier ${service}.`
        : `${why}：初次评定，服务等级即资产达标等级 ${service}。`;
    },
    QUALIFIED: () =>
      en
        ? `Service tier in ${previous!.month} was ${previousTier}, the qualified tier is the same: the service tier stays ${service} (qualified).`
        : `${previous!.month} 服务等级 ${previousTier}，本月资产达标等级相同：服务等级保持 ${service}（达标）。`,
    QUALIFIED_NOT_UPGRADED: () =>
      en
        ? `Qualified tier ${qualified} is above the service tier ${previousTier} and the policy does not upgrade automatically: ` +
          `the service tier stays ${service} (qualified, not upgraded: upgrading needs the customer's signed service agreement).`
        : `资产达标等级 ${qualified} 高于服务等级 ${previousTier}，本标准不自动升级：服务等级保持 ${service}（达标未升级，升级需客户签署贵宾服务协议）。`,
    // Without the policy's autoUpgrade, only the customer's signed service agreement upgrades (tiers.store.ts).
    UPGRADED: () =>
      facts.policy.autoUpgrade
        ? en
          ? `Qualified tier ${qualified} is above the service tier ${previousTier} and the policy upgrades automatically: upgraded to ${service}.`
          : `资产达标等级 ${qualified} 高于服务等级 ${previousTier}，本标准自动升级：升级为 ${service}。`
        : en
          ? `Qualified tier ${qualified} is above the service tier ${previousTier} and the customer has signed the service agreement: upgraded to ${service}.`
          : `资产达标等级 ${qualified} 高于服务等级 ${previousTier}，客户已签署贵宾服务协议：升级为 ${service}。`,
    SUBSTANDARD: () =>
      en
        ? `Qualified tier ${qualified} is below the service tier ${previousTier} for ${facts.substandardMonths} consecutive month(s), ` +
          `within the grace of ${grace} month(s): the service tier stays ${service} (substandard).`
        : `资产达标等级 ${qualified} 低于服务等级 ${previousTier}，已连续 ${facts.substandardMonths} 个月，` +
          `未超过宽限期 ${grace} 个月：服务等级保持 ${service}（未达标）。`,
    DOWNGRADED: () =>
      en
        ? `Qualified tier ${qualified} is below the service tier ${previousTier} for ${facts.substandardMonths} consecutive month(s), ` +
          `beyond the grace of ${grace} month(s): downgraded to ${service}.`
        : `资产达标等级 ${qualified} 低于服务等级 ${previousTier}，已连续 ${facts.substandardMonths} 个月，` +
          `超过宽限期 ${grace} 个月：降级为 ${service}。`,
    SPECIAL_ADMISSION: () => admissionSentence(facts, locale),
  };
  return sentences[facts.status]();
}

/** The admission, its period (the last day is the one before endsOn) and who approved it; the normal rules would give less. */
function admissionSentence(facts: EvaluationFacts, locale: Locale): string {
  const en = locale === 'en';
  const admission = facts.admission;
  const qualified = tierName(facts.qualifiedTier, locale);
  const service = tierName(facts.serviceTier, locale);
  if (!admission) {
    return en ? `Special admission: the service tier is ${service}.` : `特殊准入：服务等级为 ${service}。`;
  }
  const lastDay = dayBefore(admission.endsOn);
  const approvers = admission.approverLevels.map((level) => APPROVER_NAMES[level][locale]).join(en ? ', then ' : '、');
  return en
    ? `Special admission to ${tierName(admission.tier, locale)} in force from ${admission.startsOn} to ${lastDay}, approved by ${approvers}: ` +
        `the service tier is ${service}, above what the qualified tier ${qualified} gives under the normal rules.`
    : `特殊准入 ${tierName(admission.tier, locale)}，有效期 ${admission.startsOn} 至 ${lastDay}，经${approvers}审批：` +
        `服务等级为 ${service}，高于按资产达标等级 ${qualified} 的正常规则所得。`;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
