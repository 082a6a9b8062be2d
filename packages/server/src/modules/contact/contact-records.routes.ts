import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { contactRecord, contactRecordList, recordBody } from './contact-records.schemas.ts';
import { customerRecords, logContact, RECORD_AUDIT } from './contact-records.service.ts';
import { customerIdParams } from './contact-support.ts';

const TAGS = ['contact'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** Contact records (联络记录, docs/api.md "Contact"). */
export const contactRecordRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) =>
    route === 'POST /api/contact/records' ? RECORD_AUDIT.log : route === 'GET /api/customers/:customerId/contact-records' ? RECORD_AUDIT.list : undefined,
  );

  app.post(
    '/api/contact/records',
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: 'Log a contact with a customer in your scope; the linked plan items close with it. Marketing without consent on the channel is refused (409)',
        body: recordBody,
        response: { 201: contactRecord, ...errors, 409: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await logContact(context, callerOf(request), request.body)),
  );

  app.get(
    '/api/customers/:customerId/contact-records',
    {
      config: { permission: 'contact.read' },
      schema: { tags: TAGS, summary: "The customer's contact records, newest first (the contact timeline)", params: customerIdParams, response: { 200: contactRecordList, ...errors } },
    },
    async (request) => customerRecords(context, callerOf(request), BigInt(request.params.customerId)),
  );
};
