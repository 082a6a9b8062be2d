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

/**
 * Validates a policy file (JSON text, docs/tier-policies.md) and stores it as the next version of
 * its code: the active one, or with `draft` a version that changes nothing until it is activated.
 */
export async function importPolicy(
  pool: pg.Pool,
  input: { json: string; actor: string; draft?: boolean | undefined },
): Promise<PolicyImportResult> {
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
    // Storing what is already there changes nothing: import scripts may run twice, a save button
    // may be pressed twice. An import compares with the active version, a draft with the latest.
    const same = input.draft
      ? await policyStore.findLatestPolicy(client, definition.code)
      : await policyStore.findActivePolicy(client, definition.code);
    if (same && policyContentKey(same) === policyContentKey(definition)) return { policy: same, created: false };
    const policy = await policyStore.insertNextVersion(client, definition, input.actor, { draft: input.draft === true });
    return { policy, created: true };
  });
}

export interface PolicyActivation {
  policy: StoredTierPolicy;
  /** false: the version was already the active one. */
  changed: boolean;
  /** The version active before, null when the code had none. */
  previousVersion: number | null;
}

/**
 * Makes a stored version the active one of its code (DOMAIN.md §4), in one transaction: it is
 * what evaluations of the code use from now on. Nothing is re-evaluated: each stored evaluation
 * keeps the version it used. A version older than one that has already evaluated a month is
 * refused, because the results of a month are read from the highest version that evaluated it:
 * going back means storing the old content again as a new version.
 */
export async function activatePolicyVersion(
  pool: pg.Pool,
  input: { code: string; version: number; actor: string },
): Promise<PolicyActivation> {
  await ensurePresets(pool);
  return inTransaction(pool, async (client) => {
    if (!(await policyStore.tryLockPolicyCode(client, input.code))) {
      throw new DomainError('EVALUATION_RUNNING', `policy ${input.code} is being evaluated or changed; try again when it ends`, { code: input.code });
    }
    const policy = await policyStore.findPolicyVersion(client, input.code, input.version);
    if (!policy) {
      throw new DomainError('TIER_POLICY_NOT_FOUND', `tier policy ${input.code} has no version ${input.version}`, { code: input.code, version: input.version });
    }
    if (policy.active) return { policy, changed: false, previousVersion: policy.version };
    const evaluatedVersion = await policyStore.highestEvaluatedVersion(client, input.code);
    if (evaluatedVersion !== undefined && evaluatedVersion > policy.version) {
      throw new DomainError(
        'TIER_POLICY_VERSION_SUPERSEDED',
        `version ${policy.version} of ${input.code} is older than version ${evaluatedVersion}, which has evaluated months: store its content as a new version to go back to it`,
        { code: input.code, version: policy.version, evaluatedVersion },
      );
    }
    const previous = await policyStore.findActivePolicy(client, input.code);
    const activated = await policyStore.activateVersion(client, policy, input.actor);
    return { policy: activated, changed: true, previousVersion: previous?.version ?? null };
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
    status: policyStore.versionStatus(policy),
    createdAt: policy.createdAt,
    createdBy: policy.createdBy,
    activatedAt: policy.activatedAt,
    activatedBy: policy.activatedBy,
  };
}
