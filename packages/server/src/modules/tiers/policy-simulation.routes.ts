import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../platform/audit/audit.routes-support.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { simulationBody, simulationMonthsResponse, simulationResponse } from './policy-simulation.schemas.ts';
import { simulatePolicy, simulationMonths, type SimulationContext } from './policy-simulation.service.ts';
import { policyVersionParams } from './tiers.schemas.ts';

const TAGS = ['tier policies'];
export const POLICY_SIMULATION_URL = '/api/tier-policies/:code/versions/:version/simulate';
export const SIMULATION_MONTHS_URL = '/api/policy-simulator/months';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** The policy simulator (docs/api.md "Policy simulator"): head office only, nothing written but the audit event. */
export const policySimulationRoutes: FastifyPluginAsyncZod<SimulationContext> = async (app, context) => {
  app.get(
    SIMULATION_MONTHS_URL,
    {
      config: { permission: 'tier-policy.write' },
      schema: {
        tags: TAGS,
        summary: 'The policy in force and the months it evaluated: what a simulation compares with',
        response: { 200: simulationMonthsResponse, ...errors },
      },
    },
    async (request) => simulationMonths(context, callerOf(request)),
  );

  app.post(
    POLICY_SIMULATION_URL,
    {
      config: { permission: 'tier-policy.write' },
      schema: {
        tags: TAGS,
        summary: 'What a policy version would give for an evaluated month, against the service tiers in force',
        description:
          'For every customer in your scope: the service tier the version would give (qualified tier from the same window metric, ' +
          'then grace months and sign-up rules from last month under its code) against the service tier in force for the month ' +
          '(the evaluation under the policy in force). Matrices, moves by branch and outlet, and RMs needed per outlet by the ' +
          'capacity ratios before and after. Nothing is stored but the audit event. A month not evaluated under the policy in ' +
          'force is 404 EVALUATION_NOT_FOUND; a window the version cannot compute is 409 DATA_GAP or MONTH_NOT_CLOSED.',
        params: policyVersionParams,
        body: simulationBody,
        response: { 200: simulationResponse, ...errors },
      },
    },
    async (request) => simulatePolicy(context, callerOf(request), { ...request.params, month: request.body.month }),
  );
};
