import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { customerIdParams } from '../customers/customers.schemas.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { agreement, agreementBody, serviceTierCard, taskList, taskQuery } from './service-tier-card.schemas.ts';
import { CARD_AUDIT, listServiceTierTasks, readServiceTierCard, recordAgreement } from './service-tier-card.service.ts';

const TAGS = ['service-tiers'];
const CARD = '/api/customers/:customerId/service-tier';
const AGREEMENTS = '/api/customers/:customerId/service-agreements';
const TASKS = '/api/service-tier-tasks';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** The 360's service tier card, consent as a signed service agreement, and the tasks tier changes create (docs/api.md "Service tier changes"). */
export const serviceTierCardRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const actions: Record<string, string> = { [`GET ${CARD}`]: CARD_AUDIT.card, [`POST ${AGREEMENTS}`]: CARD_AUDIT.agreement, [`GET ${TASKS}`]: CARD_AUDIT.tasks };
  auditRefusals(app, context.audit, (route) => actions[route]);

  app.get(
    CARD,
    {
      config: { permission: 'customer.read' },
      schema: {
        tags: TAGS,
        summary: "A customer's service tier: evaluation in force, agreements on file, special admissions, open tasks",
        params: customerIdParams,
        response: { 200: serviceTierCard, ...errors, 404: errorBody },
      },
    },
    async (request) => readServiceTierCard(context, callerOf(request), BigInt(request.params.customerId)),
  );

  app.post(
    AGREEMENTS,
    {
      config: { permission: 'service-agreement.write' },
      schema: {
        tags: TAGS,
        summary: "Record the customer's consent: a signed VIP service agreement (the next evaluation upgrades a qualified-not-upgraded customer)",
        params: customerIdParams,
        body: agreementBody,
        response: { 201: agreement, ...errors, 404: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await recordAgreement(context, callerOf(request), BigInt(request.params.customerId), request.body)),
  );

  app.get(
    TASKS,
    {
      config: { permission: 'customer.read' },
      schema: {
        tags: TAGS,
        summary: 'Tasks created by service tier changes (card exchange after a downgrade) for customers in your scope',
        querystring: taskQuery,
        response: { 200: taskList, ...errors },
      },
    },
    async (request) => listServiceTierTasks(context, callerOf(request), request.query.status),
  );
};
