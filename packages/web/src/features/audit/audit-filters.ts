/**
 * The audit screen's filter form as the query of GET /api/audit-events. Times are typed in the
 * bank's time (China Standard Time, as every time on the screen is shown) and sent with its offset,
 * so that the server reads the same instant whatever the browser's time zone.
 */
import type { AuditEventsQuery, AuditResult } from './audit-types.ts';

export interface AuditFilterValues {
  staffNo?: string | undefined;
  customerId?: string | undefined;
  action?: string | undefined;
  result?: AuditResult | undefined;
  /** From a datetime-local field: 'YYYY-MM-DDTHH:mm', China Standard Time. */
  from?: string | undefined;
  to?: string | undefined;
}

export type AuditFilters = Omit<AuditEventsQuery, 'cursor' | 'pageSize'>;

/** 'YYYY-MM-DDTHH:mm' (or with seconds) in CST → ISO 8601 with offset; anything else is left out. */
export function bankInstant(local: string | undefined): string | undefined {
  const value = local?.trim();
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value);
  return match ? `${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00` : undefined;
}

/** The filters to send: trimmed, empty ones left out. */
export function toAuditFilters(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  const staffNo = values.staffNo?.trim();
  const customerId = values.customerId?.trim();
  if (staffNo) filters.staffNo = staffNo;
  if (customerId) filters.customerId = customerId;
  if (values.action) filters.action = values.action;
  if (values.result) filters.result = values.result;
  const from = bankInstant(values.from);
  const to = bankInstant(values.to);
  if (from) filters.from = from;
  if (to) filters.to = to;
  return filters;
}
