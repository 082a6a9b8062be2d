import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs } from '../../platform/audit/audit.routes.test-support.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { TIERS_HIGHEST_FIRST } from './tier-export.rules.ts';
import { MONEY_FORMAT, XLSX_MEDIA_TYPE } from './tier-export.workbook.ts';
import { AUGUST, POLICY, SEPTEMBER, type TierTestBank } from './tier-summary.test-bank.ts';
import { useTierBankApp } from './tier-bank-app.test-support.ts';

const tierBank = useTierBankApp();
const sessions = tierBank.sessions;
let db: TestDatabase;
let app: FastifyInstance;
let bank: TierTestBank;
beforeAll(() => {
  ({ db, app, bank } = tierBank);
});

const URL = '/api/tiers/summary/export';
const exportAs = (role: Role, query: Record<string, string>, language = 'zh-CN') =>
  app.inject({ method: 'GET', url: URL, query, headers: { cookie: `guibin_session=${sessions.get(role)!.token}`, 'accept-language': language } });
const summary = (role: Role, query: Record<string, string> = {}) => getAs(app, sessions.get(role), '/api/tiers/summary', query);
const orgId = (code: string) => String(bank.orgIds.get(code));

type Figure = { customers: number; metricTotal: string };

/** The sheet's rows as plain values, from the header row on; money cells back to decimal strings. */
async function sheetOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values: (string | number | null)[][] = [];
  const formats: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: (string | number | null)[] = [];
    const rowFormats: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(typeof cell.value === 'number' && cell.numFmt === MONEY_FORMAT ? cell.value.toFixed(2) : (cell.value as string | number | null));
      rowFormats.push(cell.numFmt ?? '');
    });
    values.push(cells);
    formats.push(rowFormats);
  });
  const headerIndex = values.findIndex((row) => row.length > 2);
  return { title: values.slice(0, headerIndex).map((row) => row[0]), header: values[headerIndex]!, rows: values.slice(headerIndex + 1), formats: formats.slice(headerIndex + 1) };
}

describe('GET /api/tiers/summary/export', () => {
  it('writes the by-tier table of an outlet head with exactly the summary’s figures, money formatted ¥#,##0.00', async () => {
    const response = await exportAs('OUTLET_HEAD', { table: 'tiers' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="tier-statistics-by-tier-O1-${SEPTEMBER}.xlsx"; filename*=UTF-8''${encodeURIComponent(`分层统计_按等级_O1 org_${SEPTEMBER}.xlsx`)}`,
    );
    const expected = (await summary('OUTLET_HEAD')).json() as { total: Figure & { serviceTiers: Record<string, Figure>; qualifiedTiers: Record<string, Figure> } };
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.title[0]).toBe('分层统计（按等级）');
    expect(sheet.title.join('\n')).toContain('O1 org (O1)');
    expect(sheet.title.join('\n')).toContain(`月份: ${SEPTEMBER} · 分层标准: ${POLICY} 第1版`);
    expect(sheet.title.join('\n')).toMatch(new RegExp(`导出: ${bank.staff.get('OUTLET_HEAD')!.staffNo} \\S+ · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\(北京时间\\)`));
    expect(sheet.header).toEqual(['等级', '服务等级客户数', '服务等级月日均合计', '资产达标客户数', '资产达标月日均合计']);
    const tierNames = { PRIVATE: '私人银行', DIAMOND: '钻石', PLATINUM: '白金', GOLD: '金卡', STANDARD: '普通客户' } as const;
    expect(sheet.rows).toEqual([
      ...TIERS_HIGHEST_FIRST.map((tier) => {
        const service = expected.total.serviceTiers[tier]!;
        const qualified = expected.total.qualifiedTiers[tier]!;
        return [tierNames[tier], service.customers, service.metricTotal, qualified.customers, qualified.metricTotal];
      }),
      ['合计', expected.total.customers, expected.total.metricTotal, expected.total.customers, expected.total.metricTotal],
    ]);
    expect(sheet.rows.at(-1)).toEqual(['合计', 3, '1850000.00', 3, '1850000.00']);
    expect(sheet.formats[0]).toEqual(['', '', MONEY_FORMAT, '', MONEY_FORMAT]);
  });

  it('writes the by-org table of head office, in English when asked, for a named month', async () => {
    const response = await exportAs('HQ_WEALTH_ADMIN', { table: 'orgs', month: AUGUST }, 'en');
    expect(response.statusCode).toBe(200);
    const expected = (await summary('HQ_WEALTH_ADMIN', { month: AUGUST })).json() as {
      org: { code: string; name: string };
      total: Figure & { serviceTiers: Record<string, Figure> };
      children: (Figure & { org: { code: string; name: string }; serviceTiers: Record<string, Figure> })[];
    };
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.title[0]).toBe('Tier statistics by org');
    expect(sheet.header.slice(0, 6)).toEqual(['Org code', 'Org name', 'Customers', 'monthly average daily AUM total', 'Private banking customers', 'Private banking monthly average daily AUM total']);
    const row = (code: string, name: string, figures: Figure & { serviceTiers: Record<string, Figure> }) => [
      code,
      name,
      figures.customers,
      figures.metricTotal,
      ...TIERS_HIGHEST_FIRST.flatMap((tier) => [figures.serviceTiers[tier]!.customers, figures.serviceTiers[tier]!.metricTotal]),
    ];
    expect(sheet.rows).toEqual([
      ...expected.children.map((child) => row(child.org.code, child.org.name, child)),
      row(expected.org.code, `${expected.org.name} Total`, expected.total),
    ]);
    expect(sheet.rows.map((cells) => cells[0])).toEqual(['BR1', 'BR2', 'HO']);
    expect(sheet.rows.at(-1)!.slice(2, 4)).toEqual([6, '3000000.00']);
  });

  it('audits what was exported', async () => {
    await exportAs('SUB_BRANCH_HEAD', { table: 'orgs', orgId: orgId('S1') });
    const row = (await auditRowsOf(db.pool, 'tier.export')).at(-1)!;
    expect(row).toMatchObject({ actorStaffNo: bank.staff.get('SUB_BRANCH_HEAD')!.staffNo, result: 'ALLOWED', customerIds: [] });
    expect(row.details).toEqual({
      policyCode: POLICY,
      policyVersion: 1,
      month: SEPTEMBER,
      orgId: bank.orgIds.get('S1'),
      basis: 'ORG',
      table: 'orgs',
      rows: 3,
      format: 'xlsx',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses the roles without customer.export with 403 and audits each refusal', async () => {
    const refused = ROLES.filter((role) => !can(role, 'customer.export'));
    expect(refused).toContain('RELATIONSHIP_MANAGER');
    for (const role of refused) {
      const response = await exportAs(role, { table: 'tiers' });
      expect(response.statusCode, role).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const denied = (await auditRowsOf(db.pool, 'tier.export')).filter((row) => row.result === 'DENIED' && row.details.reason === 'FORBIDDEN');
    expect(denied.map((row) => row.actorStaffNo)).toEqual(refused.map((role) => bank.staff.get(role)!.staffNo));
    expect((await getAs(app, undefined, URL, { table: 'tiers' })).statusCode).toBe(401);
  });

  it('keeps an outlet head to their outlet: another org is 404 ORG_NOT_FOUND, audited', async () => {
    const response = await exportAs('OUTLET_HEAD', { table: 'tiers', orgId: orgId('O2') });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'ORG_NOT_FOUND' });
    expect((await auditRowsOf(db.pool, 'tier.export')).filter((row) => row.result === 'DENIED')).toContainEqual(
      expect.objectContaining({ actorStaffNo: bank.staff.get('OUTLET_HEAD')!.staffNo, details: { reason: 'ORG_NOT_FOUND', orgId: bank.orgIds.get('O2') } }),
    );
  });

  it('refuses a missing or unknown table and unknown parameters with 400', async () => {
    for (const query of <Record<string, string>[]>[{}, { table: 'customers' }, { table: 'tiers', format: 'csv' }]) {
      const response = await exportAs('HQ_WEALTH_ADMIN', query);
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    }
  });
});
