import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventBy, auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { EVALUATION_RUNS_URL, evaluationRunRoutes } from './evaluation-runs.routes.ts';
import { EVALUATION_AUDIT_ACTIONS } from './evaluation-runs.service.ts';
import { importPolicy, listPolicies, listPolicyVersions, showPolicy, toPolicyView } from './tier-policy.service.ts';
import { TIER_SUMMARY_URL, TIER_TRANSITIONS_URL, tierSummaryRoutes } from './tier-summary.routes.ts';
import { TIER_AUDIT_ACTIONS } from './tier-summary.service.ts';
import {
  policyCodeParams,
  policyVersionParams,
  tierPolicyBody,
  tierPolicyCreated,
  tierPolicyList,
  tierPolicyVersions,
  tierPolicyView,
} from './tiers.schemas.ts';

const TAGS = ['tier policies'];
const POLICIES_URL = '/api/tier-policies';
const POLICY_URL = '/api/tier-policies/:code';
const POLICY_VERSION_URL = '/api/tier-policies/:code/versions/:version';

export const POLICY_AUDIT_ACTIONS = { read: 'tier-policy.read', create: 'tier-policy.create' } as const;

/** Audit action per route, for requests refused for want of a permission. */
const ACTION_BY_ROUTE: Record<string, string> = {
  [`GET ${TIER_SUMMARY_URL}`]: TIER_AUDIT_ACTIONS.summary,
  [`GET ${TIER_TRANSITIONS_URL}`]: TIER_AUDIT_ACTIONS.transitions,
  [`GET ${EVALUATION_RUNS_URL}`]: EVALUATION_AUDIT_ACTIONS.list,
  [`POST ${EVALUATION_RUNS_URL}`]: EVALUATION_AUDIT_ACTIONS.run,
  [`GET ${POLICIES_URL}`]: POLICY_AUDIT_ACTIONS.read,
  [`GET ${POLICY_URL}`]: POLICY_AUDIT_ACTIONS.read,
  [`GET ${POLICY_VERSION_URL}`]: POLICY_AUDIT_ACTIONS.read,
  [`POST ${POLICIES_URL}`]: POLICY_AUDIT_ACTIONS.create,
};

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** Tier results per month and org, transitions, tier policies and evaluation runs (docs/api.md). */
export const tierRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => ACTION_BY_ROUTE[route]);
  await app.register(tierSummaryRoutes, context);
  await app.register(evaluationRunRoutes, context);
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
    async (request, reply) => {
      const caller = callerOf(request);
      const record = (result: 'ALLOWED' | 'ERROR', details: Record<string, string | number | boolean>) =>
        context.audit.record(auditEventBy(caller, { action: POLICY_AUDIT_ACTIONS.create, result, details }));
      try {
        const { policy, created } = await importPolicy(context.pool, { json: JSON.stringify(request.body ?? null), actor: caller.staffNo });
        await record('ALLOWED', { code: policy.code, version: policy.version, created });
        return reply.status(created ? 201 : 200).send({ created, policy: toPolicyView(policy) });
      } catch (error) {
        if (error instanceof DomainError) await record('ERROR', { error: error.code });
        throw error;
      }
    },
  );
};
