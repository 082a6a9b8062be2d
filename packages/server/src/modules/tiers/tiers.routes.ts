import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventBy, auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf, type Locale } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { EVALUATION_RUNS_URL, evaluationRunRoutes } from './evaluation-runs.routes.ts';
import { EVALUATION_AUDIT_ACTIONS } from './evaluation-runs.service.ts';
import { POLICY_SIMULATION_URL, SIMULATION_MONTHS_URL, policySimulationRoutes } from './policy-simulation.routes.ts';
import { SIMULATION_AUDIT_ACTIONS } from './policy-simulation.service.ts';
import { localizeProblems, type PolicyProblem } from './tier-policy.rules.ts';
import { activatePolicyVersion, importPolicy, listPolicies, listPolicyVersions, showPolicy, toPolicyView } from './tier-policy.service.ts';
import { TIER_SUMMARY_URL, TIER_TRANSITIONS_URL, tierSummaryRoutes } from './tier-summary.routes.ts';
import { TIER_AUDIT_ACTIONS } from './tier-summary.service.ts';
import { TIER_EXPORT_URL } from './tier-export.routes.ts';
import { TIER_TREND_URL } from './tier-trend.routes.ts';
import {
  policyCodeParams,
  policyVersionParams,
  tierPolicyActivated,
  tierPolicyBody,
  tierPolicyCreated,
  tierPolicyList,
  tierPolicyVersions,
  tierPolicyView,
} from './tiers.schemas.ts';

const TAGS = ['tier policies'];
const POLICIES_URL = '/api/tier-policies';
const POLICY_URL = '/api/tier-policies/:code';
const POLICY_DRAFTS_URL = '/api/tier-policies/drafts';
const POLICY_VERSION_URL = '/api/tier-policies/:code/versions/:version';
const POLICY_ACTIVATE_URL = '/api/tier-policies/:code/versions/:version/activate';

export const POLICY_AUDIT_ACTIONS = { read: 'tier-policy.read', create: 'tier-policy.create', activate: 'tier-policy.activate' } as const;

/** Audit action per route, for requests refused for want of a permission. */
const ACTION_BY_ROUTE: Record<string, string> = {
  [`GET ${TIER_SUMMARY_URL}`]: TIER_AUDIT_ACTIONS.summary,
  [`GET ${TIER_TRANSITIONS_URL}`]: TIER_AUDIT_ACTIONS.transitions,
  [`GET ${TIER_TREND_URL}`]: TIER_AUDIT_ACTIONS.trend,
  [`GET ${TIER_EXPORT_URL}`]: TIER_AUDIT_ACTIONS.export,
  [`GET ${EVALUATION_RUNS_URL}`]: EVALUATION_AUDIT_ACTIONS.list,
  [`POST ${EVALUATION_RUNS_URL}`]: EVALUATION_AUDIT_ACTIONS.run,
  [`GET ${POLICIES_URL}`]: POLICY_AUDIT_ACTIONS.read,
  [`GET ${POLICY_URL}`]: POLICY_AUDIT_ACTIONS.read,
  [`GET ${POLICY_VERSION_URL}`]: POLICY_AUDIT_ACTIONS.read,
  [`POST ${POLICIES_URL}`]: POLICY_AUDIT_ACTIONS.create,
  [`POST ${POLICY_DRAFTS_URL}`]: POLICY_AUDIT_ACTIONS.create,
  [`POST ${POLICY_ACTIVATE_URL}`]: POLICY_AUDIT_ACTIONS.activate,
  [`POST ${POLICY_SIMULATION_URL}`]: SIMULATION_AUDIT_ACTIONS.simulate,
  [`GET ${SIMULATION_MONTHS_URL}`]: SIMULATION_AUDIT_ACTIONS.months,
};

/** What activating a version changes (DOMAIN.md §4, docs/tier-policies.md "Drafts and activation"). */
function activationEffect(locale: Locale, code: string, version: number): string {
  return locale === 'en'
    ? `From now on, evaluations of ${code} use version ${version}. Stored evaluations keep the version they used; nothing is re-evaluated.`
    : `自现在起，等级政策 ${code} 的评定使用第 ${version} 版；已有的评定结果保留其所用版本，不会自动重新评定。`;
}

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** Tier results per month and org, transitions, tier policies and evaluation runs (docs/api.md). */
export const tierRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => ACTION_BY_ROUTE[route]);
  await app.register(tierSummaryRoutes, context);
  await app.register(evaluationRunRoutes, context);
  await app.register(policySimulationRoutes, context);
  const audited = async (request: Parameters<typeof callerOf>[0], details: Record<string, string | number | boolean>) =>
    context.audit.record(auditEventBy(callerOf(request), { action: POLICY_AUDIT_ACTIONS.read, result: 'ALLOWED', details }));

  app.get(
    POLICIES_URL,
    {
      config: { permission: 'tier-policy.read' },
      schema: { tags: TAGS, summary: 'Tier policy codes with their active version', response: { 200: tierPolicyList, ...errors } },
    },
    async (request) => {
      const policies = await listPolicies(context.pool);
      await audited(request, { list: true });
      return {
        policies: policies.map((summary) => ({
          code: summary.code,
          versions: summary.versions,
          activeVersion: summary.policy.active ? summary.policy.version : null,
          policy: toPolicyView(summary.policy),
        })),
      };
    },
  );

  app.get(
    POLICY_URL,
    {
      config: { permission: 'tier-policy.read' },
      schema: { tags: TAGS, summary: 'Every version of a tier policy, oldest first', params: policyCodeParams, response: { 200: tierPolicyVersions, ...errors } },
    },
    async (request) => {
      const versions = await listPolicyVersions(context.pool, request.params.code);
      await audited(request, { code: request.params.code });
      return { code: request.params.code, versions: versions.map(toPolicyView) };
    },
  );

  app.get(
    POLICY_VERSION_URL,
    {
      config: { permission: 'tier-policy.read' },
      schema: { tags: TAGS, summary: 'One version of a tier policy', params: policyVersionParams, response: { 200: tierPolicyView, ...errors } },
    },
    async (request) => {
      const policy = await showPolicy(context.pool, request.params);
      await audited(request, { code: policy.code, version: policy.version });
      return toPolicyView(policy);
    },
  );

  const storeVersion =
    (draft: boolean) =>
    async (request: FastifyRequest<{ Body: unknown }>, reply: FastifyReply) => {
      const caller = callerOf(request);
      const record = (result: 'ALLOWED' | 'ERROR', details: Record<string, string | number | boolean>) =>
        context.audit.record(auditEventBy(caller, { action: POLICY_AUDIT_ACTIONS.create, result, details: draft ? { ...details, draft } : details }));
      try {
        const json = JSON.stringify(request.body ?? null);
        const { policy, created } = await importPolicy(context.pool, { json, actor: caller.staffNo, draft });
        await record('ALLOWED', { code: policy.code, version: policy.version, created });
        return reply.status(created ? 201 : 200).send({ created, policy: toPolicyView(policy) });
      } catch (error) {
        if (error instanceof DomainError) await record('ERROR', { error: error.code });
        if (error instanceof DomainError && error.code === 'TIER_POLICY_INVALID') {
          // Each problem's message in the caller's language, so that a form can show it at its field.
          const problems = localizeProblems((error.details.problems ?? []) as PolicyProblem[], localeOf(request));
          throw new DomainError('TIER_POLICY_INVALID', error.message, { problems });
        }
        throw error;
      }
    };

  app.post(
    POLICIES_URL,
    {
      config: { permission: 'tier-policy.write' },
      // The body is checked by the policy import itself, which reports every problem at once by
      // its path (422 TIER_POLICY_INVALID), the same answer as `guibin policy import` gives.
      attachValidation: true,
      schema: {
        tags: TAGS,
        summary: 'Store a tier policy file as the next version of its code, which becomes the active one',
        description: 'A body equal to the active version stores nothing (200, created false). Head office only.',
        body: tierPolicyBody,
        response: { 200: tierPolicyCreated, 201: tierPolicyCreated, 401: errorBody, 403: errorBody, 422: errorBody },
      },
    },
    storeVersion(false),
  );

  app.post(
    POLICY_DRAFTS_URL,
    {
      config: { permission: 'tier-policy.write' },
      attachValidation: true,
      schema: {
        tags: TAGS,
        summary: 'Store a tier policy file as the next version of its code, as a draft: nothing changes until it is activated',
        description:
          'A body equal to the latest version stores nothing (200, created false). Problems are answered as for POST /api/tier-policies: ' +
          '422 TIER_POLICY_INVALID with details.problems [{path, message}]. Head office only.',
        body: tierPolicyBody,
        response: { 200: tierPolicyCreated, 201: tierPolicyCreated, 401: errorBody, 403: errorBody, 422: errorBody },
      },
    },
    storeVersion(true),
  );

  app.post(
    POLICY_ACTIVATE_URL,
    {
      config: { permission: 'tier-policy.write' },
      schema: {
        tags: TAGS,
        summary: 'Make a stored version the active one of its code',
        description:
          'The active version is what evaluations of the code use from now on; stored evaluations keep the version they used and ' +
          'nothing is re-evaluated. A version older than one that has evaluated a month is 409 TIER_POLICY_VERSION_SUPERSEDED. Head office only.',
        params: policyVersionParams,
        response: { 200: tierPolicyActivated, ...errors, 409: errorBody },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { code, version } = request.params;
      try {
        const activation = await activatePolicyVersion(context.pool, { code, version, actor: caller.staffNo });
        await context.audit.record(
          auditEventBy(caller, {
            action: POLICY_AUDIT_ACTIONS.activate,
            result: 'ALLOWED',
            details: { code, version, changed: activation.changed, previousVersion: activation.previousVersion ?? 'none' },
          }),
        );
        return {
          changed: activation.changed,
          previousVersion: activation.previousVersion,
          policy: toPolicyView(activation.policy),
          effect: activationEffect(localeOf(request), code, version),
        };
      } catch (error) {
        if (error instanceof DomainError) {
          await context.audit.record(auditEventBy(caller, { action: POLICY_AUDIT_ACTIONS.activate, result: 'ERROR', details: { code, version, error: error.code } }));
        }
        throw error;
      }
    },
  );
};
