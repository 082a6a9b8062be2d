/**
 * The "new version" editor's values, to and from the policy file of the API
 * (docs/tier-policies.md), and where each validation problem of the server goes on the form.
 */
import type { GapHandling, PolicyFile, PolicyVersion, VipTier, WindowMetric } from './policy-types.ts';

export interface TierRow {
  tier: VipTier;
  /** Yuan as typed: a decimal string, never a number (a float could lose cents). */
  threshold: string;
  specialAdmissionApprover?: PolicyVersion['tiers'][number]['specialAdmissionApprover'];
}

export interface PolicyFormValues {
  name: string;
  description: string;
  metric: WindowMetric;
  tiers: TierRow[];
  graceMonths: number | null;
  autoUpgrade: boolean;
  gapHandling: GapHandling;
}

/** The editor starts from a stored version (the active one): a new version is usually a small change. */
export function formValuesOf(version: PolicyVersion): PolicyFormValues {
  return {
    name: version.name,
    description: version.description,
    metric: version.metric,
    tiers: version.tiers.map((t) => ({ tier: t.tier, threshold: t.threshold, specialAdmissionApprover: t.specialAdmissionApprover })),
    graceMonths: version.graceMonths,
    autoUpgrade: version.autoUpgrade,
    gapHandling: version.gapHandling,
  };
}

/** The file sent to the server, as typed: the server checks every value and says where a problem is. */
export function policyFileOf(code: string, values: PolicyFormValues): PolicyFile {
  return {
    code,
    name: values.name ?? '',
    description: values.description ?? '',
    metric: values.metric,
    tiers: (values.tiers ?? []).map((row) => ({
      tier: row.tier,
      threshold: (row.threshold ?? '').trim(),
      ...(row.specialAdmissionApprover ? { specialAdmissionApprover: row.specialAdmissionApprover } : {}),
    })),
    ...(values.graceMonths === null || values.graceMonths === undefined ? {} : { graceMonths: values.graceMonths }),
    autoUpgrade: values.autoUpgrade ?? false,
    gapHandling: values.gapHandling,
  };
}

export type FieldPath = (string | number)[];

const FORM_FIELDS = new Set(['name', 'description', 'metric', 'tiers', 'graceMonths', 'autoUpgrade', 'gapHandling']);
const TIER_FIELDS = new Set(['tier', 'threshold', 'specialAdmissionApprover']);

/**
 * The form field a problem's path names: "tiers[1].threshold" → ["tiers", 1, "threshold"],
 * "graceMonths" → ["graceMonths"]. Null for what no field shows (the code, the file as a whole,
 * an unknown key): those are listed above the form.
 */
export function fieldOfProblem(path: string): FieldPath | null {
  const tier = /^tiers\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (tier) {
    const index = Number(tier[1]);
    if (tier[2] === undefined) return ['tiers', index, 'threshold'];
    return TIER_FIELDS.has(tier[2]) ? ['tiers', index, tier[2]] : null;
  }
  return FORM_FIELDS.has(path) && path !== 'tiers' ? [path] : null;
}

export interface Problem {
  path: string;
  message: string;
}

/** The problems of a 422 TIER_POLICY_INVALID (details.problems), if the details hold any. */
export function problemsOf(details: Record<string, unknown>): Problem[] {
  const problems = details.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (p): p is Problem => typeof p === 'object' && p !== null && typeof (p as Problem).path === 'string' && typeof (p as Problem).message === 'string',
  );
}

/** Problems grouped by field; those without a field under null. */
export function placeProblems(problems: readonly Problem[]): { fields: { name: FieldPath; errors: string[] }[]; general: Problem[] } {
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const general: Problem[] = [];
  for (const problem of problems) {
    const field = fieldOfProblem(problem.path);
    if (!field) {
      general.push(problem);
      continue;
    }
    const key = field.join('.');
    const entry = byField.get(key) ?? { name: field, errors: [] };
    entry.errors.push(problem.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], general };
}

/** The field paths an onValuesChange reports ({ tiers: [, { threshold }] } → [["tiers", 1, "threshold"]]). */
export function changedPaths(changed: Partial<PolicyFormValues>): FieldPath[] {
  const paths: FieldPath[] = [];
  for (const [key, value] of Object.entries(changed)) {
    if (key === 'tiers' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (row && typeof row === 'object') for (const field of Object.keys(row)) paths.push(['tiers', index, field]);
      });
    } else {
      paths.push([key]);
    }
  }
  return paths;
}
