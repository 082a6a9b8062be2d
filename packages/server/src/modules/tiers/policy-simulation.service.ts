/**
 * The policy simulator (DOMAIN.md §4 "A policy simulator"): before head office activates a policy
 * version, what it would do to a month that has been evaluated — how many customers would move
 * between tiers, where, and what that does to each outlet's RM capacity (§6). Computed in one
 * set-based statement over the caller's scope; nothing is written but the audit event.
 */
import type pg from 'pg';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { formatCents } from '../../platform/money.ts';
import { materializeWindowMetric } from '../aum/aum.service.ts';
import { findPolicyInForce } from './policy-in-force.ts';
import {
  addFigures,
  CAPACITY_RATIOS,
  capacityOf,
  emptyFigures,
  foldSimulation,
  sumCapacities,
  type Capacity,
  type CapacityFigures,
  type Matrix,
} from './policy-simulation.rules.ts';
import { listEvaluatedMonthsOf, readOutlets, simulateRows, type MetricSource, type SimulationQuery } from './policy-simulation.store.ts';
import { ensurePresets } from './tier-policy.service.ts';
import { findPolicyById, findPolicyVersion, versionStatus, type StoredTierPolicy } from './tier-policy.store.ts';
import { assertMonth, previousMonth, TIER_CODES } from './tiers.rules.ts';
import { findEvaluatedPolicy } from './tiers.store.ts';

export interface SimulationContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const SIMULATION_AUDIT_ACTIONS = { simulate: 'tier-policy.simulate', months: 'tier-policy.simulation-months' } as const;

/** The policy in force and the months it evaluated: what the simulator can compare against. */
export async function simulationMonths(context: SimulationContext, caller: ApiCaller) {
  const inForce = await findPolicyInForce(context.pool);
  const months = inForce ? await listEvaluatedMonthsOf(context.pool, inForce.policyCode) : [];
  await context.audit.record(
    auditEventBy(caller, { action: SIMULATION_AUDIT_ACTIONS.months, result: 'ALLOWED', details: { policyCode: inForce?.policyCode ?? null } }),
  );
  return { policyInForce: inForce ? { code: inForce.policyCode } : null, months };
}

/**
 * The service tiers in force for the month: the evaluation of the month under the policy in force
 * (its highest version that evaluated it, as every other reader of results takes it).
 */
async function baselineOf(db: pg.Pool, month: string): Promise<StoredTierPolicy> {
  const inForce = await findPolicyInForce(db);
  const evaluated = inForce && (await findEvaluatedPolicy(db, inForce.policyCode, month));
  const policy = evaluated && (await findPolicyById(db, evaluated.policyId));
  if (!policy) {
    throw new DomainError('EVALUATION_NOT_FOUND', `${month} has not been evaluated under the policy in force: nothing to compare with`, {
      month,
      ...(inForce ? { code: inForce.policyCode } : {}),
    });
  }
  return policy;
}

/**
 * Runs the simulation statement. The metric is read from the month's evaluation when that used
 * the same window metric and gap handling (the same numbers, without recomputing them); otherwise
 * the window metric is computed from the monthly sums exactly as the evaluation would, into TEMP
 * tables of a transaction that is rolled back.
 */
async function runSimulation(db: pg.Pool, query: Omit<SimulationQuery, 'metric'>, baseline: StoredTierPolicy) {
  const sameMetric = baseline.metric === query.candidate.metric && baseline.gapHandling === query.candidate.gapHandling;
  if (sameMetric) {
    const metric: MetricSource = { kind: 'EVALUATION', policyId: baseline.id };
    return { metric, rows: await simulateRows(db, { ...query, metric }) };
  }
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const { candidate } = query;
    await materializeWindowMetric(client, { metric: candidate.metric, month: query.month, gapHandling: candidate.gapHandling });
    const metric: MetricSource = { kind: 'WINDOW' };
    return { metric, rows: await simulateRows(client, { ...query, metric }) };
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    client.release();
  }
}

const policyRef = (policy: StoredTierPolicy) => ({
  code: policy.code,
  version: policy.version,
  name: policy.name,
  status: versionStatus(policy),
  metric: policy.metric,
  tiers: policy.tiers.map((t) => ({ tier: t.tier, threshold: formatCents(t.thresholdCents) })),
  graceMonths: policy.graceMonths,
  autoUpgrade: policy.autoUpgrade,
  gapHandling: policy.gapHandling,
});

/** Byte order of org codes (as the stores sort with COLLATE "C"); outlets under no branch last. */
const byCode = (a: string | undefined, b: string | undefined) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1);

const presentMatrix = (matrix: Matrix) => [null, ...TIER_CODES].map((from) => ({ from, to: matrix.get(from)! }));

const presentFigures = (figures: CapacityFigures, capacity: Capacity) => ({
  customers: figures.customers,
  up: figures.up,
  down: figures.down,
  unchanged: figures.unchanged,
  notEvaluated: figures.notEvaluated,
  before: figures.before,
  after: figures.after,
  rms: capacity,
});

/** What the version would give for the month, against the service tiers in force. */
export async function simulatePolicy(
  context: SimulationContext,
  caller: ApiCaller,
  input: { code: string; version: number; month: string },
) {
  const startedAt = Date.now();
  assertMonth(input.month);
  await ensurePresets(context.pool);
  const candidate = await findPolicyVersion(context.pool, input.code, input.version);
  if (!candidate) {
    throw new DomainError('TIER_POLICY_NOT_FOUND', `tier policy ${input.code} has no version ${input.version}`, { code: input.code, version: input.version });
  }
  const baseline = await baselineOf(context.pool, input.month);
  const lastMonth = previousMonth(input.month);
  const previous = await findEvaluatedPolicy(context.pool, candidate.code, lastMonth);
  const viewer: Viewer = { role: caller.role, staffId: caller.staffId, orgId: caller.orgId };
  const { metric, rows } = await runSimulation(
    context.pool,
    { viewer, month: input.month, candidate, baselinePolicyId: baseline.id, previousPolicyId: previous?.policyId, previousMonth: lastMonth },
    baseline,
  );
  const fold = foldSimulation(rows);
  const outlets = await readOutlets(context.pool, [...fold.outlets.keys()]);

  const outletViews = outlets.map((outlet) => {
    const figures = fold.outlets.get(outlet.id)!;
    return { org: { id: outlet.id, code: outlet.code, name: outlet.name }, branch: outlet.branch, figures, capacity: capacityOf(figures) };
  });
  const branches = new Map<number | null, { org: { id: number; code: string; name: string } | null; figures: CapacityFigures; capacities: Capacity[] }>();
  for (const outlet of outletViews) {
    const key = outlet.branch?.id ?? null;
    let branch = branches.get(key);
    if (!branch) branches.set(key, (branch = { org: outlet.branch, figures: emptyFigures(), capacities: [] }));
    addFigures(branch.figures, outlet.figures);
    branch.capacities.push(outlet.capacity);
  }
  const totalCapacity = sumCapacities(outletViews.map((outlet) => outlet.capacity));

  await context.audit.record(
    auditEventBy(caller, {
      action: SIMULATION_AUDIT_ACTIONS.simulate,
      result: 'ALLOWED',
      details: {
        code: candidate.code,
        version: candidate.version,
        month: input.month,
        baselineCode: baseline.code,
        baselineVersion: baseline.version,
        customers: fold.total.customers,
      },
    }),
  );
  return {
    month: input.month,
    candidate: policyRef(candidate),
    baseline: policyRef(baseline),
    previousEvaluation: previous ? { month: lastMonth, version: previous.version } : null,
    metricSource: metric.kind,
    capacityRatios: CAPACITY_RATIOS,
    total: { ...presentFigures(fold.total, totalCapacity), statuses: fold.statuses, qualifiedMoves: fold.qualifiedMoves },
    serviceMatrix: presentMatrix(fold.serviceMatrix),
    qualifiedMatrix: presentMatrix(fold.qualifiedMatrix),
    branches: [...branches.values()]
      .sort((a, b) => byCode(a.org?.code, b.org?.code))
      .map((branch) => ({ org: branch.org, outlets: branch.capacities.length, ...presentFigures(branch.figures, sumCapacities(branch.capacities)) })),
    outlets: outletViews.map((outlet) => ({ org: outlet.org, branch: outlet.branch, ...presentFigures(outlet.figures, outlet.capacity) })),
    durationMs: Date.now() - startedAt,
  };
}
