import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { customerIdParams } from '../customers/customers.schemas.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { flagBody, flagResponse, potentialList, potentialQuery } from './potentials.schemas.ts';
import { flagPotential, listPotentials, POTENTIAL_AUDIT, unflagPotential } from './potentials.service.ts';

const TAGS = ['service-tiers'];
const LIST = '/api/potentials';
const FLAG = '/api/customers/:customerId/potential-flag';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** Potential customers (潜力客户) per outlet and maintainer, and staff flags (docs/api.md "Potential customers"). */
export const potentialRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const actions: Record<string, string> = { [`GET ${LIST}`]: POTENTIAL_AUDIT.list, [`POST ${FLAG}`]: POTENTIAL_AUDIT.flag, [`DELETE ${FLAG}`]: POTENTIAL_AUDIT.unflag };
  auditRefusals(app, context.audit, (route) => actions[route]);

  app.get(
    LIST,
    {
      config: { permission: 'customer.read' },
      schema: {
        tags: TAGS,
        summary: 'Potential customers in your scope of one kind, each with the reason in words; filter by outlet and maintainer',
        querystring: potentialQuery,
        response: { 200: potentialList, ...errors },
      },
    },
    async (request) => listPotentials(context, { ...callerOf(request), locale: localeOf(request) }, request.query),
  );

  app.post(
    FLAG,
    {
      config: { permission: 'potential.flag' },
      schema: { tags: TAGS, summary: 'Flag a customer as a potential, with a reason (replaces an earlier flag)', params: customerIdParams, body: flagBody, response: { 200: flagResponse, ...errors, 404: errorBody } },
    },
    async (request) => flagPotential(context, callerOf(request), BigInt(request.params.customerId), request.body.reason),
  );

  app.delete(
    FLAG,
    {
      config: { permission: 'potential.flag' },
      schema: { tags: TAGS, summary: "Remove a customer's potential flag", params: customerIdParams, response: { 204: z.null().describe('removed (or there was none)'), ...errors, 404: errorBody } },
    },
    async (request, reply) => {
      await unflagPotential(context, callerOf(request), BigInt(request.params.customerId));
      return reply.code(204).send(null);
    },
  );
};
