import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { contactRuleSetBody } from './contact-rules.schemas.ts';
import { ruleSet, ruleSetIdParams, ruleSetList } from './contact-rule-sets.schemas.ts';
import { activateRuleSet, draftRuleSet, listVersions, RULE_SET_AUDIT } from './contact-rule-sets.service.ts';

const TAGS = ['contact'];
const BASE = '/api/contact/rule-sets';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** Contact rule set versions (定期联系制度, docs/api.md "Contact"). */
export const contactRuleSetRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => {
    if (route === `POST ${BASE}`) return RULE_SET_AUDIT.draft;
    if (route === `POST ${BASE}/:ruleSetId/activate`) return RULE_SET_AUDIT.activate;
    return undefined;
  });

  app.get(
    BASE,
    { config: { permission: 'contact.read' }, schema: { tags: TAGS, summary: 'The contact rule set versions, newest first (one ACTIVE)', response: { 200: ruleSetList, ...errors } } },
    async () => listVersions(context),
  );

  app.post(
    BASE,
    {
      config: { permission: 'contact-rule.manage' },
      schema: {
        tags: TAGS,
        summary: 'Draft a new contact rule set version (validated rule by rule; problems answered at their field path)',
        body: contactRuleSetBody,
        response: { 201: ruleSet, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await draftRuleSet(context, callerOf(request), request.body)),
  );

  app.post(
    `${BASE}/:ruleSetId/activate`,
    {
      config: { permission: 'contact-rule.manage' },
      schema: {
        tags: TAGS,
        summary: 'Activate a draft; the version in force is retired in the same transaction',
        params: ruleSetIdParams,
        response: { 200: ruleSet, ...errors, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => activateRuleSet(context, callerOf(request), Number(request.params.ruleSetId)),
  );
};
