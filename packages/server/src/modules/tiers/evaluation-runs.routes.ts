import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { evaluationRunBody, evaluationRunList, evaluationRunParams, evaluationRunsQuery, evaluationRunView } from './evaluation-runs.schemas.ts';
import {
  EVALUATION_AUDIT_ACTIONS,
  listRuns,
  readRun,
  startEvaluation,
  type BackgroundEvaluations,
  type EvaluationRunsContext,
} from './evaluation-runs.service.ts';

const TAGS = ['tiers'];
export const EVALUATION_RUNS_URL = '/api/evaluation-runs';
export const EVALUATION_RUN_URL = '/api/evaluation-runs/:id';

/** Monthly tier evaluations: the runs, one run's progress, and starting one (docs/api.md "Evaluation runs"). */
export const evaluationRunRoutes: FastifyPluginAsyncZod<EvaluationRunsContext> = async (app, context) => {
  // The other routes' refusals are audited by tiers.routes.ts, which holds this plugin.
  auditRefusals(app, context.audit, (route) => (route === `GET ${EVALUATION_RUN_URL}` ? EVALUATION_AUDIT_ACTIONS.read : undefined));
  const background: BackgroundEvaluations = new Set();
  const log = (error: unknown, message: string) => app.log.error({ err: error }, message);
  // Closing waits for evaluations in progress: their connections and audit rows need the pool.
  app.addHook('onClose', async () => {
    await Promise.allSettled([...background]);
  });

  app.get(
    EVALUATION_RUNS_URL,
    {
      config: { permission: 'evaluation.run' },
      schema: {
        tags: TAGS,
        summary: 'Evaluation runs, newest first: status, progress, counts by tier and status, timings, errors',
        querystring: evaluationRunsQuery,
        response: { 200: evaluationRunList, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listRuns(context, callerOf(request), request.query),
  );

  app.get(
    EVALUATION_RUN_URL,
    {
      config: { permission: 'evaluation.run' },
      schema: {
        tags: TAGS,
        summary: 'One evaluation run: status, phase and progress while it runs; counts, window or error when it has ended',
        params: evaluationRunParams,
        response: { 200: evaluationRunView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => readRun(context, callerOf(request), BigInt(request.params.id)),
  );

  app.post(
    EVALUATION_RUNS_URL,
    {
      config: { permission: 'evaluation.run' },
      schema: {
        tags: TAGS,
        summary: "Start evaluating a month under a policy's active version; answers 202 with the RUNNING run",
        description:
          'The evaluation goes on in the background of the server; watch it with GET /api/evaluation-runs/{id} until its status is SUCCEEDED or FAILED. While another evaluation runs — from the API, the command line or an import — the start is refused with 409 EVALUATION_RUNNING.',
        body: evaluationRunBody,
        response: { 202: evaluationRunView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => reply.status(202).send(await startEvaluation({ ...context, background, log }, callerOf(request), request.body)),
  );
};
