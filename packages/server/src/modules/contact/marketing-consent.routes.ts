import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { customerIdParams } from './contact-support.ts';
import { consentBody, consentState } from './marketing-consent.schemas.ts';
import { CONSENT_AUDIT, readConsent, recordConsent } from './marketing-consent.service.ts';

const TAGS = ['contact'];
const URL = '/api/customers/:customerId/marketing-consent';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** Marketing consent per channel (§13 PIPL; docs/api.md "Contact"). */
export const marketingConsentRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => (route === `POST ${URL}` ? CONSENT_AUDIT.record : route === `GET ${URL}` ? CONSENT_AUDIT.read : undefined));

  app.get(
    URL,
    {
      config: { permission: 'contact.read' },
      schema: { tags: TAGS, summary: "The customer's marketing consent in force per channel", params: customerIdParams, response: { 200: consentState, ...errors } },
    },
    async (request) => readConsent(context, callerOf(request), BigInt(request.params.customerId)),
  );

  app.post(
    URL,
    {
      config: { permission: 'marketing-consent.write' },
      schema: {
        tags: TAGS,
        summary: 'Record a grant or a withdrawal of marketing consent on a channel (kept as history)',
        params: customerIdParams,
        body: consentBody,
        response: { 200: consentState, ...errors },
      },
    },
    async (request) => recordConsent(context, callerOf(request), BigInt(request.params.customerId), request.body),
  );
};
