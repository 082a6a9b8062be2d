import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { importRunDetail, importRunList, importRunParams, importRunQuery, importRunsQuery } from './import-runs.schemas.ts';
import { IMPORT_RUN_AUDIT_ACTIONS, listRuns, readRun } from './import-runs.service.ts';

const TAGS = ['import runs'];
const RUNS_URL = '/api/import-runs';
const RUN_URL = '/api/import-runs/:id';
const ACTION_BY_ROUTE: Record<string, string> = {
  [`GET ${RUNS_URL}`]: IMPORT_RUN_AUDIT_ACTIONS.list,
  [`GET ${RUN_URL}`]: IMPORT_RUN_AUDIT_ACTIONS.read,
};

/** Import runs and their errors (docs/api.md "Import runs"); head office only. */
export const importRunRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => ACTION_BY_ROUTE[route]);

  app.get(
    RUNS_URL,
    {
      config: { permission: 'import-run.read' },
      schema: {
        tags: TAGS,
        summary: 'Feed import runs, newest first: files, row counts, days closed, duration, error count',
        querystring: importRunsQuery,
        response: { 200: importRunList, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listRuns(context, callerOf(request), request.query),
  );

  app.get(
    RUN_URL,
    {
      config: { permission: 'import-run.read' },
      schema: {
        tags: TAGS,
        summary: 'One import run with a page of its row errors (file, line, field, message; sensitive values masked)',
        params: importRunParams,
        querystring: importRunQuery,
        response: { 200: importRunDetail, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => readRun(context, callerOf(request), BigInt(request.params.id), request.query),
  );
};
