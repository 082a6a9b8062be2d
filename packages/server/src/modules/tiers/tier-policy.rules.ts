/**
 * Validation of a tier policy written by head office (DOMAIN.md §4), pure. Every problem is
 * reported at once with the place it is at (`tiers[1].threshold`), so that a policy file can be
 * fixed in one go. The file format is in docs/tier-policies.md.
 */
import { formatCentsGrouped, parseDecimal } from '../../platform/money.ts';
import {
  APPROVER_LEVELS,
  DEFAULT_APPROVER,
  GAP_HANDLINGS,
  VIP_TIERS,
  WINDOW_METRICS,
  tierRank,
  type ApproverLevel,
  type GapHandling,
  type TierPolicyDefinition,
  type TierThreshold,
  type VipTier,
  type WindowMetric,
} from './tiers.rules.ts';

/** A policy as written in a file (shape already checked by tier-policy.schemas.ts), not yet validated. */
export interface TierPolicyDraft {
  code: string;
  name: string;
  description?: string | undefined;
  metric: string;
  tiers: { tier: string; threshold: string; specialAdmissionApprover?: string | undefined }[];
  graceMonths?: number | undefined;
  autoUpgrade?: boolean | undefined;
  gapHandling?: string | undefined;
}

export interface PolicyProblem {
  path: string;
  /** English: the command line's language, and the API's for English callers. */
  message: string;
  /** The same in Chinese, for zh-CN callers of the API (tiers.routes.ts picks one). */
  zh?: string;
}

/** Tier names as the Chinese messages write them (DOMAIN.md §4). */
const ZH_TIER: Record<string, string> = { STANDARD: '普通客户', GOLD: '金卡', PLATINUM: '白金', DIAMOND: '钻石', PRIVATE: '私人银行' };
const zhTier = (tier: string) => ZH_TIER[tier] ?? tier;

export type PolicyValidation = { ok: true; policy: TierPolicyDefinition } | { ok: false; problems: PolicyProblem[] };

export const POLICY_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DEFAULT_GRACE_MONTHS = 3;
/** Thresholds are stored as int8 cents. */
const MAX_CENTS = 9_223_372_036_854_775_807n;

function oneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}

export function validatePolicy(draft: TierPolicyDraft): PolicyValidation {
  const problems: PolicyProblem[] = [];
  const problem = (path: string, message: string, zh: string) => problems.push({ path, message, zh });

  if (!POLICY_CODE_PATTERN.test(draft.code) || draft.code.length > 64) {
    problem(
      'code',
      `"${draft.code}" is not a policy code: use lowercase letters, digits and hyphens, such as rolling-quarter-2020`,
      `“${draft.code}”不是有效的政策代码：请使用小写字母、数字和连字符，例如 rolling-quarter-2020`,
    );
  }
  if (draft.name.trim() === '') problem('name', 'a policy needs a name', '请填写政策名称');
  if (!oneOf(WINDOW_METRICS, draft.metric)) {
    problem('metric', `${draft.metric} is not a metric: use one of ${WINDOW_METRICS.join(', ')}`, `${draft.metric} 不是有效的评定指标，可选：${WINDOW_METRICS.join('、')}`);
  }
  const graceMonths = draft.graceMonths ?? DEFAULT_GRACE_MONTHS;
  if (!Number.isInteger(graceMonths) || graceMonths < 0) {
    problem('graceMonths', `${graceMonths} is not a number of months: use a whole number ≥ 0`, `${graceMonths} 不是有效的月数：请填写不小于 0 的整数`);
  }
  const gapHandling = draft.gapHandling ?? 'REFUSE';
  if (!oneOf(GAP_HANDLINGS, gapHandling)) {
    problem('gapHandling', `${gapHandling} is not a gap handling: use one of ${GAP_HANDLINGS.join(', ')}`, `${gapHandling} 不是有效的缺数处理方式，可选：${GAP_HANDLINGS.join('、')}`);
  }
  if (draft.tiers.length === 0) {
    problem('tiers', `a policy needs at least one tier above STANDARD (${VIP_TIERS.join(', ')})`, `至少需要一个普通客户以上的等级（${VIP_TIERS.map(zhTier).join('、')}）`);
  }

  const tiers: TierThreshold[] = [];
  draft.tiers.forEach((entry, index) => {
    const at = `tiers[${index}]`;
    const tier = checkTierCode(entry.tier, `${at}.tier`, problem);
    const thresholdCents = checkThreshold(entry.threshold, `${at}.threshold`, problem);
    const approver = entry.specialAdmissionApprover;
    if (approver !== undefined && !oneOf(APPROVER_LEVELS, approver)) {
      problem(
        `${at}.specialAdmissionApprover`,
        `${approver} is not an approver level: use one of ${APPROVER_LEVELS.join(', ')}`,
        `${approver} 不是有效的审批层级，可选：${APPROVER_LEVELS.join('、')}`,
      );
    }
    if (tier === undefined || thresholdCents === undefined) return;
    const previous = tiers.at(-1);
    if (tiers.some((earlier) => earlier.tier === tier)) {
      problem(`${at}.tier`, `${tier} is listed twice`, `${zhTier(tier)}重复列出`);
      return;
    }
    if (previous && tierRank(tier) < tierRank(previous.tier)) {
      problem(
        `${at}.tier`,
        `${tier} is listed after ${previous.tier}: list tiers from lowest to highest (${VIP_TIERS.join(', ')})`,
        `${zhTier(tier)}列在${zhTier(previous.tier)}之后：请按由低到高的顺序列出（${VIP_TIERS.map(zhTier).join('、')}）`,
      );
    }
    if (previous && thresholdCents <= previous.thresholdCents) {
      problem(
        `${at}.threshold`,
        `${tier} ${formatCentsGrouped(thresholdCents)} must be greater than ${previous.tier} ${formatCentsGrouped(previous.thresholdCents)}: ` +
          'thresholds are inclusive lower bounds and strictly ascending',
        `${zhTier(tier)} ${formatCentsGrouped(thresholdCents)} 须大于${zhTier(previous.tier)} ${formatCentsGrouped(previous.thresholdCents)}：` +
          '门槛为含下限，须逐级递增',
      );
    }
    tiers.push({ tier, thresholdCents, specialAdmissionApprover: (approver as ApproverLevel | undefined) ?? DEFAULT_APPROVER[tier] });
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    policy: {
      code: draft.code,
      name: draft.name.trim(),
      description: draft.description?.trim() ?? '',
      metric: draft.metric as WindowMetric,
      tiers,
      graceMonths,
      autoUpgrade: draft.autoUpgrade ?? false,
      gapHandling: gapHandling as GapHandling,
    },
  };
}

type ProblemSink = (path: string, message: string, zh: string) => void;

function checkTierCode(tier: string, path: string, problem: ProblemSink): VipTier | undefined {
  if (tier === 'STANDARD') {
    problem(
      path,
      `STANDARD is implicit (every customer below the first threshold): list only ${VIP_TIERS.join(', ')}`,
      `普通客户无需列出（低于第一档门槛即为普通客户）：只列 ${VIP_TIERS.join('、')}`,
    );
    return undefined;
  }
  if (!oneOf(VIP_TIERS, tier)) {
    problem(path, `${tier} is not a tier: use one of ${VIP_TIERS.join(', ')}`, `${tier} 不是有效的等级，可选：${VIP_TIERS.join('、')}`);
    return undefined;
  }
  return tier as VipTier;
}

function checkThreshold(text: string, path: string, problem: ProblemSink): bigint | undefined {
  const parsed = parseDecimal(text, 2);
  if (!parsed.ok) {
    problem(
      path,
      `"${text}" is not an amount in yuan: write a decimal with at most 2 decimals, such as "100000.00"`,
      `“${text}”不是有效的金额（元）：请填写最多两位小数的数字，例如 100000.00`,
    );
    return undefined;
  }
  const cents = parsed.units;
  if (cents <= 0n) {
    problem(path, `${text} must be greater than 0.00: STANDARD starts at 0.00`, `${text} 须大于 0.00：普通客户从 0.00 起`);
    return undefined;
  }
  if (cents > MAX_CENTS) {
    problem(path, `${text} is too large`, `${text} 过大`);
    return undefined;
  }
  return cents;
}

/** The problems as the API answers them: {path, message} in the caller's language. */
export function localizeProblems(problems: readonly PolicyProblem[], locale: 'zh-CN' | 'en'): { path: string; message: string }[] {
  return problems.map((p) => ({ path: p.path, message: locale === 'zh-CN' ? (p.zh ?? p.message) : p.message }));
}

/** Problems in one line each, for an error message. */
export function describeProblems(problems: readonly PolicyProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/**
 * The content two versions are compared on: importing what is already the latest version adds
 * no version, so re-running an import script is harmless.
 */
export function policyContentKey(policy: TierPolicyDefinition): string {
  return JSON.stringify({
    name: policy.name,
    description: policy.description,
    metric: policy.metric,
    tiers: policy.tiers.map((t) => [t.tier, t.thresholdCents.toString(), t.specialAdmissionApprover]),
    graceMonths: policy.graceMonths,
    autoUpgrade: policy.autoUpgrade,
    gapHandling: policy.gapHandling,
  });
}
