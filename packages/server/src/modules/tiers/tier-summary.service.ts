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

export const TIER_AUDIT_ACTIONS = { summary: 'tier.summary', transitions: 'tier.transitions' } as const;

type Basis = 'ORG' | 'OWN_CUSTOMERS';

interface Evaluated {
  policy: StoredTierPolicy;
  month: string;
}

/**
 * Which evaluation is meant: the named policy code (default: the policy in force) and month
 * (default: the latest evaluated under that code), read as the highest version that evaluated it.
 */
async function resolveEvaluation(db: pg.Pool, query: TierResultsQuery): Promise<Evaluated> {
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
async function orgInScope(context: TierResultsContext, caller: ApiCaller, viewer: Viewer, orgId: number | undefined, action: string): Promise<OrgUnit> {
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
const basisOf = (role: string): Basis => (['OUTLET', 'SUB_BRANCH_SUBTREE', 'BRANCH_SUBTREE', 'ALL'].includes(scopeOf(role)) ? 'ORG' : 'OWN_CUSTOMERS');

async function readResults(context: TierResultsContext, caller: ApiCaller, query: TierResultsQuery, action: string) {
  const viewer: Viewer = { role: caller.role, staffId: caller.staffId, orgId: caller.orgId };
  const org = await orgInScope(context, caller, viewer, query.orgId, action);
  const { policy, month } = await resolveEvaluation(context.pool, query);
  const basis = basisOf(caller.role);
  const rows =
    basis === 'ORG'
      ? await readOrgResults(context.pool, { viewer, orgId: org.id, policyId: policy.id, month })
      : await readCustomerResults(context.pool, { viewer, policyId: policy.id, month });
  await context.audit.record(
    auditEventBy(caller, {
      action,
      result: 'ALLOWED',
      details: { policyCode: policy.code, policyVersion: policy.version, month, orgId: org.id, basis },
    }),
  );
  return { policy, month, org, basis, rows };
}

const orgRef = (org: OrgUnit) => ({ id: org.id, code: org.code, name: org.name, level: org.level });
const figure = (value: TierFigure) => ({ customers: value.customers, metricTotal: formatCents(value.metricCents) });
const byTier = (values: Record<TierCode, TierFigure>) =>
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
  const result = await readResults(context, caller, query, TIER_AUDIT_ACTIONS.summary);
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
