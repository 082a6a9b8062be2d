import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { complianceQuery, complianceResponse } from './contact-compliance.schemas.ts';
import { compliance, COMPLIANCE_AUDIT } from './contact-compliance.service.ts';

/** Compliance with the contact rules (docs/api.md "Contact"). */
export const contactComplianceRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => (route === 'GET /api/contact/compliance' ? COMPLIANCE_AUDIT : undefined));

  app.get(
    '/api/contact/compliance',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['contact'],
        summary: 'Compliance with the contact rules for the period containing a date: by rule, staff member and outlet, and the overdue customers (RM: own customers; heads: their org subtree)',
        querystring: complianceQuery,
        response: { 200: complianceResponse, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => compliance(context, callerOf(request), request.query, localeOf(request)),
  );
};
