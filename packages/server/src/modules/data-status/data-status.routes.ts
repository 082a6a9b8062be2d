import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { dataStatusView } from './data-status.schemas.ts';
import { DATA_STATUS_AUDIT_ACTION, readDataStatus } from './data-status.service.ts';

const DATA_STATUS_URL = '/api/data-status';

/** The state of the data for head office's data-management screen (docs/api.md "Data status"). */
export const dataStatusRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => (route === `GET ${DATA_STATUS_URL}` ? DATA_STATUS_AUDIT_ACTION : undefined));

  app.get(
    DATA_STATUS_URL,
    {
      config: { permission: 'import-run.read' },
      schema: {
        tags: ['import runs'],
        summary: 'Last import, last closed business day, latest evaluation per policy, days without balances and the months they block',
        response: { 200: dataStatusView, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => readDataStatus(context, callerOf(request)),
  );
};
