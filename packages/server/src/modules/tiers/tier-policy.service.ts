/**
 * Tier policies as use cases: install the presets, import a policy file as a new version, list
 * and show. A stored version never changes; evaluations name the version they used (DOMAIN.md §4).
 */
import pg from 'pg';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { formatCents } from '../../platform/money.ts';
import { describeProblems, policyContentKey, validatePolicy, type TierPolicyDraft } from './tier-policy.rules.ts';
import { parsePolicyFile } from './tier-policy.schemas.ts';
import * as policyStore from './tier-policy.store.ts';
import type { PolicySummary, Queryable, StoredTierPolicy } from './tier-policy.store.ts';
import { presetDefinitions } from './tiers.presets.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

export type { PolicySummary, StoredTierPolicy } from './tier-policy.store.ts';

const PRESETS_ACTOR = 'system:presets';
const poolsWithPresets = new WeakSet<pg.Pool>();

/**
 * Installs the shipped presets the first time policies are used (idempotent; once per pool and
 * process, so that commands do not pay the round trips each time; through a caller's client,
 * inside its transaction, every time). A code that already exists is left alone.
 */
export async function ensurePresets(db: Queryable): Promise<void> {
  const pool = db instanceof pg.Pool ? db : undefined;
  if (pool && poolsWithPresets.has(pool)) return;
  await policyStore.insertMissingPolicies(db, presetDefinitions(), PRESETS_ACTOR);
  if (pool) poolsWithPresets.add(pool);
}

export interface PolicyImportResult {
  policy: StoredTierPolicy;
  /** false when the file equals the latest version: nothing was stored. */
  created: boolean;
}

/** Validates a policy file (JSON text, docs/tier-policies.md) and stores it as the next version of its code. */
export async function importPolicy(pool: pg.Pool, input: { json: string; actor: string }): Promise<PolicyImportResult> {
  const parsed = parsePolicyFile(input.json);
  const validation = parsed.ok ? validatePolicy(parsed.draft) : parsed;
  if (!validation.ok) {
    throw new DomainError('TIER_POLICY_INVALID', `the tier policy is invalid:\n${describeProblems(validation.problems)}`, {
      problems: validation.problems,
    });
  }
  const definition = validation.policy;
  await ensurePresets(pool);
  return inTransaction(pool, async (client) => {
    await policyStore.lockPolicyCode(client, definition.code);
    const latest = await policyStore.findLatestPolicy(client, definition.code);
    // Re-importing the latest content (and the latest is active) changes nothing: import scripts may run twice.
    if (latest?.active && policyContentKey(latest) === policyContentKey(definition)) return { policy: latest, created: false };
    const policy = await policyStore.insertNextVersion(client, definition, input.actor);
    return { policy, created: true };
  });
}

export async function listPolicies(db: Queryable): Promise<PolicySummary[]> {
  await ensurePresets(db);
  return policyStore.listPolicies(db);
}

/** A version of a policy, the active one by default. */
export async function showPolicy(db: Queryable, input: { code: string; version?: number | undefined }): Promise<StoredTierPolicy> {
  await ensurePresets(db);
  const policy =
    input.version === undefined
      ? await policyStore.findActivePolicy(db, input.code)
      : await policyStore.findPolicyVersion(db, input.code, input.version);
  if (!policy) {
    const which = input.version === undefined ? 'an active version' : `version ${input.version}`;
    throw new DomainError('TIER_POLICY_NOT_FOUND', `tier policy ${input.code} has no ${which}`, { ...input });
  }
  return policy;
}

/** The active version that evaluations of the code use. */
export async function activePolicy(db: Queryable, code: string): Promise<StoredTierPolicy> {
  return showPolicy(db, { code });
}


/** A stored version in the file format, so that `policy show` output can be edited and imported again. */
export function toPolicyFile(policy: StoredTierPolicy): TierPolicyDraft {
  return {
    code: policy.code,
    name: policy.name,
    description: policy.description,
    metric: policy.metric,
    tiers: policy.tiers.map((t) => ({
      tier: t.tier,
      threshold: formatCents(t.thresholdCents),
      specialAdmissionApprover: t.specialAdmissionApprover,
    })),
    graceMonths: policy.graceMonths,
    autoUpgrade: policy.autoUpgrade,
    gapHandling: policy.gapHandling,
  };
}

/** Every stored version of a code, oldest first (a code has a handful: policies change a few times a year). */
export async function listPolicyVersions(db: Queryable, code: string): Promise<StoredTierPolicy[]> {
  await ensurePresets(db);
  const latest = await policyStore.findLatestPolicy(db, code);
  if (!latest) throw new DomainError('TIER_POLICY_NOT_FOUND', `there is no tier policy ${code}`, { code });
  const versions: StoredTierPolicy[] = [];
  for (let version = 1; version < latest.version; version += 1) {
    const stored = await policyStore.findPolicyVersion(db, code, version);
    if (stored) versions.push(stored);
  }
  return [...versions, latest];
}

/** A stored version as the API shows it: the file's content, typed, plus the version's own facts. */
export function toPolicyView(policy: StoredTierPolicy) {
  return {
    code: policy.code,
    version: policy.version,
    name: policy.name,
    description: policy.description,
    metric: policy.metric,
    tiers: policy.tiers.map((t) => ({ tier: t.tier, threshold: formatCents(t.thresholdCents), specialAdmissionApprover: t.specialAdmissionApprover })),
    graceMonths: policy.graceMonths,
    autoUpgrade: policy.autoUpgrade,
    gapHandling: policy.gapHandling,
    active: policy.active,
    createdAt: policy.createdAt,
    createdBy: policy.createdBy,
  };
}
