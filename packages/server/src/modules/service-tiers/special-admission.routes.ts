import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { admission, admissionIdParams, admissionList, decisionBody, requestBody } from './special-admission.schemas.ts';
import { ADMISSION_AUDIT, decideAdmission, listForCaller, readAdmission, requestAdmission } from './special-admission.service.ts';

const TAGS = ['service-tiers'];
const BASE = '/api/special-admissions';
const ONE = `${BASE}/:admissionId`;
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** Special admission (特殊准入): request, the approvals inbox, decisions, the expiry reminder (docs/api.md "Special admission"). */
export const specialAdmissionRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => {
    if (route === `POST ${BASE}`) return ADMISSION_AUDIT.request;
    if (route === `POST ${ONE}/decision`) return ADMISSION_AUDIT.approve;
    if (route === `GET ${ONE}`) return ADMISSION_AUDIT.read;
    if (route.startsWith(`GET ${BASE}/`)) return ADMISSION_AUDIT.list;
    return undefined;
  });

  app.post(
    BASE,
    {
      config: { permission: 'special-admission.request' },
      schema: {
        tags: TAGS,
        summary: "Request a service tier above the customer's qualification (special admission) for a customer in your scope",
        body: requestBody,
        response: { 201: admission, ...errors, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await requestAdmission(context, callerOf(request), request.body)),
  );

  const list = (kind: 'mine' | 'inbox' | 'decided' | 'expiring', permission: string, summary: string) =>
    app.get(
      `${BASE}/${kind}`,
      { config: { permission }, schema: { tags: TAGS, summary, response: { 200: admissionList, ...errors } } },
      async (request) => listForCaller(context, callerOf(request), kind),
    );
  list('mine', 'special-admission.request', 'The special admissions you requested, newest first');
  list('inbox', 'special-admission.approve', "Open requests waiting for your level's decision, in your scope, oldest first");
  list('decided', 'special-admission.approve', 'Requests you decided a step of (your approval history)');
  list('expiring', 'customer.read', 'Active special admissions in your scope ending within 30 days (the reminder)');

  app.get(
    ONE,
    {
      config: { permission: 'customer.read' },
      schema: { tags: TAGS, summary: 'One special admission with its decisions', params: admissionIdParams, response: { 200: admission, ...errors, 404: errorBody } },
    },
    async (request) => readAdmission(context, callerOf(request), BigInt(request.params.admissionId)),
  );

  app.post(
    `${ONE}/decision`,
    {
      config: { permission: 'special-admission.approve' },
      schema: {
        tags: TAGS,
        summary: 'Approve or reject the step of a request that waits for your level (never your own request)',
        params: admissionIdParams,
        body: decisionBody,
        response: { 200: admission, ...errors, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => decideAdmission(context, callerOf(request), BigInt(request.params.admissionId), request.body),
  );
};
