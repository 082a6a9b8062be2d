/**
 * What the Excel export of a dashboard table holds (issue 5 "Tier dashboards": export of the shown
 * table, masked, permission-checked, audited). Pure: the rows of each table from a summary answer,
 * labels in the caller's language, exact money cells and a safe file name.
 *
 * The tables are aggregates by tier and org: counts and metric totals, no customer and no staff
 * member's sensitive field, so nothing needs masking. Only the title names a person — the staff
 * member who exported, by staff number and name (neither is a masked field class).
 */
import type { Locale } from '../../platform/http/locale.ts';
import type { TierSummary } from './tier-summary.service.ts';
import { TIER_CODES, type TierCode, type WindowMetric } from './tiers.rules.ts';

export const EXPORT_TABLES = ['tiers', 'orgs'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** Highest tier first, as the dashboard's pyramid and tables show them. */
export const TIERS_HIGHEST_FIRST: readonly TierCode[] = [...TIER_CODES].reverse();

const LABELS = {
  'zh-CN': {
    title: { tiers: '分层统计（按等级）', orgs: '分层统计（按机构）' },
    org: '机构',
    month: '月份',
    policy: '分层标准',
    version: (version: number) => `第${version}版`,
    basis: { ORG: '全机构客户', OWN_CUSTOMERS: '本人管户及支持的客户' },
    exported: '导出',
    cst: '北京时间',
    unit: (metric: string) => `金额单位：元；金额为客户${metric}之和`,
    tier: '等级',
    total: '合计',
    orgCode: '机构代码',
    orgName: '机构名称',
    customers: '客户数',
    metricTotal: (metric: string) => `${metric}合计`,
    serviceCustomers: '服务等级客户数',
    serviceMetric: (metric: string) => `服务等级${metric}合计`,
    qualifiedCustomers: '资产达标客户数',
    qualifiedMetric: (metric: string) => `资产达标${metric}合计`,
    tierCustomers: (tier: string) => `${tier}客户数`,
    tierMetric: (tier: string, metric: string) => `${tier}${metric}合计`,
    tiers: { STANDARD: '普通客户', GOLD: '金卡', PLATINUM: '白金', DIAMOND: '钻石', PRIVATE: '私人银行' },
    metrics: { MONTH_AVG: '月日均', ROLLING_QUARTER_AVG: '滚动季日均', MIN_OF_3_MONTH_AVGS: '连续三个月日均', TWELVE_MONTH_AVG: '12个月日均', POINT: '月末时点余额' },
    sheet: { tiers: '按等级', orgs: '按机构' },
    file: { tiers: '分层统计_按等级', orgs: '分层统计_按机构' },
  },
  en: {
    title: { tiers: 'Tier statistics by tier', orgs: 'Tier statistics by org' },
    org: 'Org',
    month: 'Month',
    policy: 'Tier policy',
    version: (version: number) => `v${version}`,
    basis: { ORG: "all the org's customers", OWN_CUSTOMERS: 'customers you maintain or support' },
    exported: 'Exported',
    cst: 'China Standard Time',
    unit: (metric: string) => `Amounts in CNY yuan: the sum of the customers' ${metric}`,
    tier: 'Tier',
    total: 'Total',
    orgCode: 'Org code',
    orgName: 'Org name',
    customers: 'Customers',
    metricTotal: (metric: string) => `${metric} total`,
    serviceCustomers: 'Customers (service tier)',
    serviceMetric: (metric: string) => `${metric} total (service tier)`,
    qualifiedCustomers: 'Customers (qualified tier)',
    qualifiedMetric: (metric: string) => `${metric} total (qualified tier)`,
    tierCustomers: (tier: string) => `${tier} customers`,
    tierMetric: (tier: string, metric: string) => `${tier} ${metric} total`,
    tiers: { STANDARD: 'Standard', GOLD: 'Gold', PLATINUM: 'Platinum', DIAMOND: 'Diamond', PRIVATE: 'Private banking' },
    metrics: {
      MONTH_AVG: 'monthly average daily AUM',
      ROLLING_QUARTER_AVG: 'rolling-quarter average daily AUM',
      MIN_OF_3_MONTH_AVGS: 'lowest of 3 monthly averages',
      TWELVE_MONTH_AVG: '12-month average daily AUM',
      POINT: 'month-end AUM',
    },
    sheet: { tiers: 'By tier', orgs: 'By org' },
    file: { tiers: 'tier-statistics-by-tier', orgs: 'tier-statistics-by-org' },
  },
} as const satisfies Record<Locale, unknown>;

/** A cell: text, a count, or money as the API's decimal string (written exactly, see moneyCellValue). */
export type ExportCell = { text: string } | { count: number } | { money: string };

export interface ExportSheet {
  sheetName: string;
  title: string[];
  header: string[];
  rows: ExportCell[][];
}

export interface ExportMeta {
  locale: Locale;
  table: ExportTable;
  exportedAt: Date;
  staff: { staffNo: string; name: string };
}

const CST = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

type Figure = { customers: number; metricTotal: string };

/** The sheet of one table of a summary answer: title lines, header and rows (total last). */
export function exportSheet(summary: TierSummary, meta: ExportMeta): ExportSheet {
  const labels = LABELS[meta.locale];
  const metric = labels.metrics[summary.policy.metric as WindowMetric];
  const tierName = (tier: TierCode) => labels.tiers[tier];
  const title = [
    labels.title[meta.table],
    `${labels.org}: ${summary.org.name} (${summary.org.code}) · ${labels.basis[summary.basis]}`,
    `${labels.month}: ${summary.month} · ${labels.policy}: ${summary.policy.code} ${labels.version(summary.policy.version)}`,
    `${labels.exported}: ${meta.staff.staffNo} ${meta.staff.name} · ${CST.format(meta.exportedAt)} (${labels.cst})`,
    labels.unit(metric),
  ];
  const pair = (figure: Figure): ExportCell[] => [{ count: figure.customers }, { money: figure.metricTotal }];
  if (meta.table === 'tiers') {
    return {
      sheetName: labels.sheet.tiers,
      title,
      header: [labels.tier, labels.serviceCustomers, labels.serviceMetric(metric), labels.qualifiedCustomers, labels.qualifiedMetric(metric)],
      rows: [
        ...TIERS_HIGHEST_FIRST.map((tier) => [{ text: tierName(tier) }, ...pair(summary.total.serviceTiers[tier]), ...pair(summary.total.qualifiedTiers[tier])]),
        [{ text: labels.total }, ...pair(summary.total), ...pair(summary.total)],
      ],
    };
  }
  const byTier = (figures: { serviceTiers: Record<TierCode, Figure> }) => TIERS_HIGHEST_FIRST.flatMap((tier) => pair(figures.serviceTiers[tier]));
  return {
    sheetName: labels.sheet.orgs,
    title,
    header: [
      labels.orgCode,
      labels.orgName,
      labels.customers,
      labels.metricTotal(metric),
      ...TIERS_HIGHEST_FIRST.flatMap((tier) => [labels.tierCustomers(tierName(tier)), labels.tierMetric(tierName(tier), metric)]),
    ],
    rows: [
      ...summary.children.map((child) => [{ text: child.org.code }, { text: child.org.name }, ...pair(child), ...byTier(child)]),
      [{ text: summary.org.code }, { text: `${summary.org.name} ${labels.total}` }, ...pair(summary.total), ...byTier(summary.total)],
    ],
  };
}

/**
 * A money cell from the API's decimal string: a number when the number reads back as exactly
 * that string (every amount under about 10^13 yuan), so that Excel sums and formats it;
 * otherwise the string itself, rather than a rounded figure.
 */
export function moneyCellValue(decimal: string): number | string {
  const value = Number(decimal);
  return Number.isFinite(value) && value.toFixed(2) === decimal ? value : decimal;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987). */
export function contentDisposition(summary: Pick<TierSummary, 'org' | 'month'>, meta: Pick<ExportMeta, 'locale' | 'table'>): string {
  const safe = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_');
  const ascii = `${LABELS.en.file[meta.table]}-${safe(summary.org.code)}-${summary.month}.xlsx`;
  const localized = `${LABELS[meta.locale].file[meta.table]}_${summary.org.name}_${summary.month}.xlsx`;
  const encoded = encodeURIComponent(localized).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
