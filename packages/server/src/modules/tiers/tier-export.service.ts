/**
 * Excel export of a dashboard table (issue 5 "Tier dashboards"): the same figures as GET
 * /api/tiers/summary, within the same scope, written as an .xlsx whose title names the org,
 * month, policy, and who exported it when. Audited with what was exported (table, rows and the
 * file's SHA-256), after the file is made and before it is sent.
 *
 * DOMAIN.md §11 holds customer lists and reports to head-office approval before they leave the
 * system; these tables are aggregates by tier and org with no customer in them, so the permission
 * customer.export alone governs them (docs/api.md "Export of a dashboard table").
 */
import { createHash } from 'node:crypto';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { Locale } from '../../platform/http/locale.ts';
import { contentDisposition, exportSheet } from './tier-export.rules.ts';
import type { TierExportQuery } from './tier-export.schemas.ts';
import { writeWorkbook } from './tier-export.workbook.ts';
import { buildTierSummary, readDetails, TIER_AUDIT_ACTIONS, type TierResultsContext } from './tier-summary.service.ts';

export interface ExportedFile {
  body: Buffer;
  contentDisposition: string;
}

export async function exportTierTable(
  context: TierResultsContext,
  caller: ApiCaller & { name: string },
  query: TierExportQuery,
  locale: Locale,
): Promise<ExportedFile> {
  const { table, ...summaryQuery } = query;
  const summary = await buildTierSummary(context, caller, summaryQuery, TIER_AUDIT_ACTIONS.export);
  const meta = { locale, table, exportedAt: new Date(), staff: { staffNo: caller.staffNo, name: caller.name } };
  const sheet = exportSheet(summary, meta);
  const body = await writeWorkbook(sheet);
  await context.audit.record(
    auditEventBy(caller, {
      action: TIER_AUDIT_ACTIONS.export,
      result: 'ALLOWED',
      details: { ...readDetails(summary), table, rows: sheet.rows.length, format: 'xlsx', sha256: createHash('sha256').update(body).digest('hex') },
    }),
  );
  return { body, contentDisposition: contentDisposition(summary, meta) };
}
