import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../platform/audit/audit.routes-support.ts';
import { staffOf } from '../../platform/http/access-hooks.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { tierExportQuery } from './tier-export.schemas.ts';
import { exportTierTable } from './tier-export.service.ts';
import { XLSX_MEDIA_TYPE } from './tier-export.workbook.ts';
import type { TierResultsContext } from './tier-summary.service.ts';

export const TIER_EXPORT_URL = '/api/tiers/summary/export';

/** The dashboard's table as an Excel file (docs/api.md "Export of a dashboard table"). */
export const tierExportRoutes: FastifyPluginAsyncZod<TierResultsContext> = async (app, context) => {
  app.get(
    TIER_EXPORT_URL,
    {
      config: { permission: 'customer.export' },
      schema: {
        tags: ['tiers'],
        summary: 'The summary’s table by tier or by child org as an .xlsx file',
        description: `Answers ${XLSX_MEDIA_TYPE} with Content-Disposition: attachment. The same figures and scope as GET /api/tiers/summary; audited as tier.export.`,
        querystring: tierExportQuery,
        // The file is a Buffer, sent as it is: Fastify serializes no Buffer, so this schema documents only.
        response: { 200: z.any().describe(`the .xlsx file (${XLSX_MEDIA_TYPE})`), 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const caller = { ...callerOf(request), name: staffOf(request).staff.name };
      const file = await exportTierTable(context, caller, request.query, localeOf(request));
      return reply
        .header('Content-Type', XLSX_MEDIA_TYPE)
        .header('Content-Disposition', file.contentDisposition)
        .header('Cache-Control', 'no-store')
        .send(file.body);
    },
  );
};
