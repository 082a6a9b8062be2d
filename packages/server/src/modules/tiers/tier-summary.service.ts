/**
 * Tier results per month and org (issue 4 "Customer APIs"; DOMAIN.md §4, §11): counts and metric
 * totals by service and qualified tier with a drill-down to the child orgs, and the service-tier
 * transitions of the month. Within the caller's scope, in SQL; every answer is audited.
 */
import type pg from 'pg';
import { scopeOf, type Viewer } from '../../platform/access/scope.rules.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { formatCents } from '../../platform/money.ts';
import { findPolicyInForce } from './policy-in-force.ts';
import { findPolicyById, type StoredTierPolicy } from './tier-policy.store.ts';
import { foldTierFigures, foldTransitions, INITIAL_ROW, type TierFigure, type TierFigures } from './tier-summary.rules.ts';
import type { TierResultsQuery } from './tier-summary.schemas.ts';
import {
  findOrgInScope,
  latestEvaluatedMonth,
  listChildOrgs,
  readCustomerResults,
  readOrgResults,
  type OrgUnit,
  type TierResultRow,
} from './tier-summary.store.ts';
import { TIER_CODES, type TierCode } from './tiers.rules.ts';
import { findEvaluatedPolicy } from './tiers.store.ts';

export interface TierResultsContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const TIER_AUDIT_ACTIONS = {
  summary: 'tier.summary',
  transitions: 'tier.transitions',
  trend: 'tier.trend',
  export: 'tier.export',
} as const;

export type Basis = 'ORG' | 'OWN_CUSTOMERS';

interface Evaluated {
  policy: StoredTierPolicy;
  month: string;
}

/**
 * Which evaluation is meant: the named policy code (default: the policy in force) and month
 * (default: the latest evaluated under that code), read as the highest version that evaluated it.
 */
export async function resolveEvaluation(db: pg.Pool, query: Omit<TierResultsQuery, 'orgId'>): Promise<Evaluated> {
  let code = query.policyCode;
  let month = query.month;
  if (code === undefined) {
    const inForce = await findPolicyInForce(db);
    code = inForce?.policyCode;
    month ??= inForce?.month.slice(0, 7);
  } else {
    month ??= await latestEvaluatedMonth(db, code);
  }
  const evaluated = code !== undefined && month !== undefined ? await findEvaluatedPolicy(db, code, month) : undefined;
  const policy = evaluated && (await findPolicyById(db, evaluated.policyId));
  if (!policy || month === undefined) {
    throw new DomainError('EVALUATION_NOT_FOUND', `no tier evaluation${month ? ` of ${month}` : ''}${code ? ` under ${code}` : ''}`, {
      ...(code !== undefined ? { code } : {}),
      ...(month !== undefined ? { month } : {}),
    });
  }
  return { policy, month };
}

/**
 * The org whose figures are asked for (default: the caller's). One answer for an org that does
 * not exist and one outside the scope, so that probing reveals nothing; the probe is audited.
 */
export async function orgInScope(context: TierResultsContext, caller: ApiCaller, viewer: Viewer, orgId: number | undefined, action: string): Promise<OrgUnit> {
  const asked = orgId ?? caller.orgId;
  const org = await findOrgInScope(context.pool, viewer, asked);
  if (org) return org;
  await context.audit.record(auditEventBy(caller, { action, result: 'DENIED', details: { reason: 'ORG_NOT_FOUND', orgId: asked } }));
  throw new DomainError('ORG_NOT_FOUND', `no org ${asked} in your scope`, { orgId: asked });
}

/**
 * Outlet-shaped scopes read the summary table; RMs and advisors (and any other scope) count their
 * own customers from the evaluation rows, so the figures never hold a customer they cannot see.
 */
export const basisOf = (role: string): Basis => (['OUTLET', 'SUB_BRANCH_SUBTREE', 'BRANCH_SUBTREE', 'ALL'].includes(scopeOf(role)) ? 'ORG' : 'OWN_CUSTOMERS');

export const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

/** Reads the figures; a refused org is audited here under `action`, an answer by the caller once it is built. */
async function readResults(context: TierResultsContext, caller: ApiCaller, query: TierResultsQuery, action: string) {
  const viewer = viewerOf(caller);
  const org = await orgInScope(context, caller, viewer, query.orgId, action);
  const { policy, month } = await resolveEvaluation(context.pool, query);
  const basis = basisOf(caller.role);
  const rows =
    basis === 'ORG'
      ? await readOrgResults(context.pool, { viewer, orgId: org.id, policyId: policy.id, month })
      : await readCustomerResults(context.pool, { viewer, policyId: policy.id, month });
  return { policy, month, org, basis, rows };
}

/** What an answer of tier figures records: which evaluation, org and basis were read. */
export function readDetails(answer: ReturnType<typeof evaluationRef>) {
  return { policyCode: answer.policy.code, policyVersion: answer.policy.version, month: answer.month, orgId: answer.org.id, basis: answer.basis };
}

async function recordRead(context: TierResultsContext, caller: ApiCaller, action: string, answer: ReturnType<typeof evaluationRef>) {
  await context.audit.record(auditEventBy(caller, { action, result: 'ALLOWED', details: readDetails(answer) }));
}

export const orgRef = (org: OrgUnit) => ({ id: org.id, code: org.code, name: org.name, level: org.level });
const figure = (value: TierFigure) => ({ customers: value.customers, metricTotal: formatCents(value.metricCents) });
export const byTier = (values: Record<TierCode, TierFigure>) =>
  Object.fromEntries(TIER_CODES.map((tier) => [tier, figure(values[tier])])) as Record<TierCode, ReturnType<typeof figure>>;
const presentFigures = (figures: TierFigures) => ({
  ...figure(figures),
  serviceTiers: byTier(figures.serviceTiers),
  qualifiedTiers: byTier(figures.qualifiedTiers),
});
const evaluationRef = (result: { policy: StoredTierPolicy; month: string; org: OrgUnit; basis: Basis }) => ({
  policy: { code: result.policy.code, version: result.policy.version, metric: result.policy.metric },
  month: result.month,
  org: orgRef(result.org),
  basis: result.basis,
});

/** Counts and metric totals by service and qualified tier for the org, and for each of its direct children. */
export async function tierSummary(context: TierResultsContext, caller: ApiCaller, query: TierResultsQuery) {
  const summary = await buildTierSummary(context, caller, query, TIER_AUDIT_ACTIONS.summary);
  await recordRead(context, caller, TIER_AUDIT_ACTIONS.summary, summary);
  return summary;
}

export type TierSummary = Awaited<ReturnType<typeof buildTierSummary>>;

/** The summary without its audit event, which the caller records (the export records its own, with what it wrote). */
export async function buildTierSummary(context: TierResultsContext, caller: ApiCaller, query: TierResultsQuery, action: string) {
  const result = await readResults(context, caller, query, action);
  const children = result.basis === 'ORG' ? await listChildOrgs(context.pool, result.org.id) : [];
  const rowsOf = (childId: number) => result.rows.filter((row: TierResultRow) => row.childOrgId === childId);
  return {
    ...evaluationRef(result),
    total: presentFigures(foldTierFigures(result.rows)),
    children: children.map((child) => ({ org: orgRef(child), ...presentFigures(foldTierFigures(rowsOf(child.id))) })),
  };
}

/** The month's matrix of previous service tier × service tier, and the customers by status. */
export async function tierTransitions(context: TierResultsContext, caller: ApiCaller, query: TierResultsQuery) {
  const result = await readResults(context, caller, query, TIER_AUDIT_ACTIONS.transitions);
  const transitions = foldTransitions(result.rows);
  await recordRead(context, caller, TIER_AUDIT_ACTIONS.transitions, evaluationRef(result));
  return {
    ...evaluationRef(result),
    customers: transitions.customers,
    matrix: [null, ...TIER_CODES].map((previous) => ({
      previousServiceTier: previous,
      serviceTiers: transitions.matrix[previous ?? INITIAL_ROW],
    })),
    statuses: transitions.statuses,
  };
}
