/** SQL for tier policies (tier_policy, migration 0002). */
import type pg from 'pg';
import type { ApproverLevel, TierPolicyDefinition, VipTier } from './tiers.rules.ts';

export interface StoredTierPolicy extends TierPolicyDefinition {
  id: number;
  version: number;
  active: boolean;
  createdAt: string;
  createdBy: string;
  /** The version's latest activation; null for a draft (never activated). */
  activatedAt: string | null;
  activatedBy: string | null;
}

/** ACTIVE: evaluations of the code use it; DRAFT: never activated; RETIRED: activated once, replaced since. */
export type PolicyVersionStatus = 'ACTIVE' | 'DRAFT' | 'RETIRED';

export function versionStatus(policy: Pick<StoredTierPolicy, 'active' | 'activatedAt'>): PolicyVersionStatus {
  if (policy.active) return 'ACTIVE';
  return policy.activatedAt === null ? 'DRAFT' : 'RETIRED';
}

/** A pool, or a client inside a transaction. */
export type Queryable = pg.Pool | pg.PoolClient;

interface TierJson {
  tier: VipTier;
  threshold_cents: string;
  special_admission_approver: ApproverLevel;
}

// activated_by is NULL on rows activated by writers that predate drafts (migration 0009): they
// were activated by whoever stored them.
const COLUMNS = `id, code, version, name, description, metric, tiers, grace_months, auto_upgrade, gap_handling,
  active, created_at, created_by, activated_at,
  CASE WHEN activated_at IS NOT NULL THEN COALESCE(activated_by, created_by) END AS activated_by`;

function tiersJson(policy: TierPolicyDefinition): string {
  const tiers: TierJson[] = policy.tiers.map((t) => ({
    tier: t.tier,
    threshold_cents: t.thresholdCents.toString(),
    special_admission_approver: t.specialAdmissionApprover,
  }));
  return JSON.stringify(tiers);
}

function toPolicy(row: Record<string, unknown>): StoredTierPolicy {
  return {
    id: row.id as number,
    code: row.code as string,
    version: row.version as number,
    name: row.name as string,
    description: row.description as string,
    metric: row.metric as TierPolicyDefinition['metric'],
    tiers: (row.tiers as TierJson[]).map((t) => ({
      tier: t.tier,
      thresholdCents: BigInt(t.threshold_cents),
      specialAdmissionApprover: t.special_admission_approver,
    })),
    graceMonths: row.grace_months as number,
    autoUpgrade: row.auto_upgrade as boolean,
    gapHandling: row.gap_handling as TierPolicyDefinition['gapHandling'],
    active: row.active as boolean,
    createdAt: (row.created_at as Date).toISOString(),
    createdBy: row.created_by as string,
    activatedAt: row.activated_at ? (row.activated_at as Date).toISOString() : null,
    activatedBy: (row.activated_by as string | null) ?? null,
  };
}

const POLICY_CODE_LOCK_CLASS = 2002;

/**
 * Serialises work on one policy code (new versions, evaluations of its months) for the rest of
 * the transaction: version numbers and the service-tier chain must not interleave.
 */
export async function lockPolicyCode(client: pg.PoolClient, code: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(${POLICY_CODE_LOCK_CLASS}, hashtext($1))`, [code]);
}

/** lockPolicyCode without waiting: false when someone else holds the code. */
export async function tryLockPolicyCode(client: pg.PoolClient, code: string): Promise<boolean> {
  const { rows } = await client.query<{ free: boolean }>(`SELECT pg_try_advisory_xact_lock(${POLICY_CODE_LOCK_CLASS}, hashtext($1)) AS free`, [code]);
  return rows[0]?.free === true;
}

/**
 * Holds every policy code, shared, for the rest of the transaction, without waiting: false when an
 * evaluation (or a new version) holds one. While they are held no evaluation of any code can start,
 * so a decision taken from the months evaluated so far stays true until the transaction commits.
 */
export async function tryHoldPolicyCodesShared(client: pg.PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ free: boolean }>(
    `SELECT coalesce(bool_and(pg_try_advisory_xact_lock_shared(${POLICY_CODE_LOCK_CLASS}, hashtext(code))), true) AS free
       FROM (SELECT DISTINCT code FROM tier_policy) codes`,
  );
  return rows[0]?.free === true;
}

/** Stores each given policy as version 1 of its code unless the code already exists. */
export async function insertMissingPolicies(db: Queryable, policies: readonly TierPolicyDefinition[], actor: string): Promise<void> {
  for (const policy of policies) {
    await db.query(
      `INSERT INTO tier_policy (code, version, name, description, metric, tiers, grace_months, auto_upgrade, gap_handling, created_by)
       SELECT $1, 1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9
       WHERE NOT EXISTS (SELECT 1 FROM tier_policy WHERE code = $1)
       ON CONFLICT DO NOTHING`,
      [policy.code, policy.name, policy.description, policy.metric, tiersJson(policy), policy.graceMonths,
        policy.autoUpgrade, policy.gapHandling, actor],
    );
  }
}

/** The latest version of the code, when policy import needs to compare against it. */
export async function findLatestPolicy(db: Queryable, code: string): Promise<StoredTierPolicy | undefined> {
  const result = await db.query(`SELECT ${COLUMNS} FROM tier_policy WHERE code = $1 ORDER BY version DESC LIMIT 1`, [code]);
  return result.rows[0] ? toPolicy(result.rows[0]) : undefined;
}

export async function findActivePolicy(db: Queryable, code: string): Promise<StoredTierPolicy | undefined> {
  const result = await db.query(`SELECT ${COLUMNS} FROM tier_policy WHERE code = $1 AND active`, [code]);
  return result.rows[0] ? toPolicy(result.rows[0]) : undefined;
}

export async function findPolicyVersion(db: Queryable, code: string, version: number): Promise<StoredTierPolicy | undefined> {
  const result = await db.query(`SELECT ${COLUMNS} FROM tier_policy WHERE code = $1 AND version = $2`, [code, version]);
  return result.rows[0] ? toPolicy(result.rows[0]) : undefined;
}

export async function findPolicyById(db: Queryable, id: number): Promise<StoredTierPolicy | undefined> {
  const result = await db.query(`SELECT ${COLUMNS} FROM tier_policy WHERE id = $1`, [id]);
  return result.rows[0] ? toPolicy(result.rows[0]) : undefined;
}

/**
 * Adds the next version of the policy's code: the active one (`draft` false: the current active
 * version retires), or a draft that changes nothing until it is activated. Call under lockPolicyCode.
 */
export async function insertNextVersion(
  client: pg.PoolClient,
  policy: TierPolicyDefinition,
  actor: string,
  options: { draft?: boolean } = {},
): Promise<StoredTierPolicy> {
  const draft = options.draft === true;
  if (!draft) await client.query('UPDATE tier_policy SET active = false WHERE code = $1 AND active', [policy.code]);
  const result = await client.query(
    `INSERT INTO tier_policy (code, version, name, description, metric, tiers, grace_months, auto_upgrade, gap_handling, created_by,
       active, activated_at, activated_by)
     SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9,
       NOT $10::boolean, CASE WHEN NOT $10::boolean THEN now() END, CASE WHEN NOT $10::boolean THEN $9 END
     FROM tier_policy WHERE code = $1
     RETURNING ${COLUMNS}`,
    [policy.code, policy.name, policy.description, policy.metric, tiersJson(policy), policy.graceMonths,
      policy.autoUpgrade, policy.gapHandling, actor, draft],
  );
  return toPolicy(result.rows[0]);
}

/**
 * Makes the version the active one of its code, retiring the one before (two statements: the
 * one-active index allows no moment with two). Call under lockPolicyCode.
 */
export async function activateVersion(client: pg.PoolClient, policy: { id: number; code: string }, actor: string): Promise<StoredTierPolicy> {
  await client.query('UPDATE tier_policy SET active = false WHERE code = $1 AND active AND id <> $2', [policy.code, policy.id]);
  const result = await client.query(
    `UPDATE tier_policy SET active = true, activated_at = now(), activated_by = $2 WHERE id = $1 RETURNING ${COLUMNS}`,
    [policy.id, actor],
  );
  return toPolicy(result.rows[0]);
}

/** The highest version of the code with a successful evaluation of any month, if any. */
export async function highestEvaluatedVersion(db: Queryable, code: string): Promise<number | undefined> {
  const { rows } = await db.query<{ version: number | null }>(
    `SELECT max(p.version) AS version FROM tier_policy p
      WHERE p.code = $1 AND EXISTS (SELECT 1 FROM tier_evaluation_run r WHERE r.policy_id = p.id AND r.status = 'SUCCEEDED')`,
    [code],
  );
  return rows[0]?.version ?? undefined;
}

export interface PolicySummary {
  code: string;
  /** The active version, or the latest when the code has none active. */
  policy: StoredTierPolicy;
  versions: number;
}

export async function listPolicies(db: Queryable): Promise<PolicySummary[]> {
  const result = await db.query(
    `SELECT DISTINCT ON (code) ${COLUMNS}, count(*) OVER (PARTITION BY code) AS versions
     FROM tier_policy ORDER BY code, active DESC, version DESC`,
  );
  return result.rows.map((row) => ({ code: row.code, policy: toPolicy(row), versions: Number(row.versions) }));
}
