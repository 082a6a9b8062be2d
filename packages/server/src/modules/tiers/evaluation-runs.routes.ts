import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../platform/audit/audit.routes-support.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { evaluationRunBody, evaluationRunList, evaluationRunsQuery, evaluationRunView } from './evaluation-runs.schemas.ts';
import { listRuns, runEvaluation, type EvaluationRunsContext } from './evaluation-runs.service.ts';

const TAGS = ['tiers'];
export const EVALUATION_RUNS_URL = '/api/evaluation-runs';

/** Monthly tier evaluations: the runs, and running one (docs/api.md "Evaluation runs"). */
export const evaluationRunRoutes: FastifyPluginAsyncZod<EvaluationRunsContext> = async (app, context) => {
  app.get(
    EVALUATION_RUNS_URL,
    {
      config: { permission: 'evaluation.run' },
      schema: {
        tags: TAGS,
        summary: 'Evaluation runs, newest first: status, counts by tier and status, timings, errors',
        querystring: evaluationRunsQuery,
        response: { 200: evaluationRunList, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listRuns(context, callerOf(request), request.query),
  );

  app.post(
    EVALUATION_RUNS_URL,
    {
      config: { permission: 'evaluation.run' },
      schema: {
        tags: TAGS,
        summary: "Evaluate a month under a policy's active version and answer with the finished run",
        description:
          'Runs to the end before answering (seconds for a large bank). While another evaluation runs — from the API, the command line or an import — the request is refused with 409 EVALUATION_RUNNING.',
        body: evaluationRunBody,
        response: { 201: evaluationRunView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await runEvaluation(context, callerOf(request), request.body)),
  );
};
