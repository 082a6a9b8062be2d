/** Query of GET /api/tiers/summary/export (docs/api.md "Export of a dashboard table"). */
import { z } from 'zod';
import { EXPORT_TABLES } from './tier-export.rules.ts';
import { tierResultsQuery } from './tier-summary.schemas.ts';

export const tierExportQuery = tierResultsQuery.extend({
  table: z.enum(EXPORT_TABLES).describe('tiers: customers and metric totals by service and qualified tier; orgs: by child org and service tier'),
});
export type TierExportQuery = z.infer<typeof tierExportQuery>;
