import { parseDecimal } from '../../platform/money.ts';
import {
  ACCOUNT_STATUSES,
  GENDERS,
  ID_TYPES,
  OCCUPATIONS,
  ORG_LEVELS,
  PRODUCT_CATEGORIES,
  RISK_LEVELS,
  STAFF_ROLES,
  STAFF_STATUSES,
  type FeedKind,
} from './feed-contract.ts';
import { quoteValue } from './feed-errors.ts';
import { residentIdProblem } from './resident-id.rules.ts';

/**
 * Row-level checks of one feed record (types, formats, code lists, GB 11643). They run while the
 * file streams; what needs other rows (duplicates, references) is checked set-wise in SQL.
 * A valid row becomes the staging row: its values in staging-table column order, null for empty.
 */
export interface FieldProblem {
  field: string;
  reason: string;
}
export type StagingValue = string | null;
export type RowCheck = { ok: true; values: StagingValue[] } | { ok: false; problems: FieldProblem[] };

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

class RowReader {
  readonly problems: FieldProblem[] = [];
  readonly values: StagingValue[] = [];
  constructor(
    private readonly kind: FeedKind,
    private readonly record: Record<string, string>,
  ) {}

  raw(field: string): string {
    return this.record[field] ?? '';
  }
  problem(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }
  /** Every value a message quotes goes through here: sensitive fields come out masked. */
  quote(field: string, value: string): string {
    return quoteValue(this.kind, field, value);
  }

  text(field: string, options: { optional?: boolean; max?: number } = {}): string {
    const value = this.raw(field);
    if (value === '' && !options.optional) this.problem(field, 'is required');
    else if (value !== value.trim()) this.problem(field, 'has leading or trailing spaces');
    else if (value.length > (options.max ?? 200)) this.problem(field, `longer than ${options.max ?? 200} characters`);
    else if (value.includes('\uFFFD')) this.problem(field, 'is not valid UTF-8');
    this.values.push(value === '' ? null : value);
    return value;
  }
  code(field: string, allowed: readonly string[]): string {
    const value = this.raw(field);
    if (!allowed.includes(value)) this.problem(field, value === '' ? 'is required' : `unknown code ${this.quote(field, value)}`);
    this.values.push(value);
    return value;
  }
  currency(field: string): string {
    const value = this.raw(field);
    if (!ISO_CURRENCIES.has(value)) this.problem(field, value === '' ? 'is required' : `unknown currency ${this.quote(field, value)} (ISO 4217)`);
    this.values.push(value);
    return value;
  }
  date(field: string, options: { optional?: boolean } = {}): string {
    const value = this.raw(field);
    if (value === '') {
      if (!options.optional) this.problem(field, 'is required');
    } else if (!DATE.test(value)) this.problem(field, `not a date in YYYY-MM-DD: ${this.quote(field, value)}`);
    else if (!isRealDate(value)) this.problem(field, `not a real date: ${this.quote(field, value)}`);
    this.values.push(value === '' ? null : value);
    return value;
  }
  decimal(field: string, scale: number): bigint | undefined {
    const parsed = parseDecimal(this.raw(field), scale);
    if (!parsed.ok) {
      this.problem(field, this.raw(field) === '' ? 'is required' : parsed.reason);
      this.values.push(null);
      return undefined;
    }
    this.values.push(parsed.units.toString());
    return parsed.units;
  }
  /** Keeps the decimal's text (for numeric columns) after checking it. */
  decimalText(field: string, scale: number): void {
    const parsed = parseDecimal(this.raw(field), scale);
    if (!parsed.ok) this.problem(field, this.raw(field) === '' ? 'is required' : parsed.reason);
    this.values.push(parsed.ok ? this.raw(field) : null);
  }
  boolean(field: string): void {
    const value = this.raw(field);
    if (value !== 'true' && value !== 'false') this.problem(field, `must be true or false, not ${this.quote(field, value)}`);
    this.values.push(value);
  }
  phone(field: string, optional: boolean): void {
    const value = this.raw(field);
    if (value !== '' && !/^\+?[0-9][0-9 -]{4,19}$/.test(value)) this.problem(field, `not a phone number: ${this.quote(field, value)}`);
    else if (value === '' && !optional) this.problem(field, 'is required');
    this.values.push(value === '' ? null : value);
  }
  result(): RowCheck {
    return this.problems.length === 0 ? { ok: true, values: this.values } : { ok: false, problems: this.problems };
  }
}

/** Context a daily row is checked against: the business date in its file name. */
export interface RowContext {
  day?: string;
}

function checkAsOf(reader: RowReader, context: RowContext): void {
  const asOf = reader.date('as_of');
  if (context.day && isRealDate(asOf) && asOf !== context.day) {
    reader.problems.push({ field: 'as_of', reason: `${asOf} differs from the file name's date ${context.day}` });
  }
}

const PLAIN_AMOUNT = /^(-?\d+)(?:\.(\d{1,2}))?$/;
const PLAIN_KEY = /^[0-9A-Za-z_.-]{1,40}$/;

/** '12345.6' → '1234560' (cents as text for COPY), without a detour through numbers. */
function centsText(amount: string): string | undefined {
  const match = PLAIN_AMOUNT.exec(amount);
  if (!match) return undefined;
  return `${match[1]}${(match[2] ?? '').padEnd(2, '0')}`;
}

export const ROW_CHECKS: Record<FeedKind, (record: Record<string, string>, context: RowContext) => RowCheck> = {
  orgs(record) {
    const reader = new RowReader('orgs', record);
    reader.text('code', { max: 32 });
    reader.text('name');
    const level = reader.code('level', ORG_LEVELS);
    const parent = reader.text('parent_code', { optional: true, max: 32 });
    if (level === 'HEAD_OFFICE' && parent !== '') reader.problems.push({ field: 'parent_code', reason: 'a head office has no parent' });
    if (level !== 'HEAD_OFFICE' && ORG_LEVELS.includes(level as never) && parent === '') {
      reader.problems.push({ field: 'parent_code', reason: `is required for a ${level}` });
    }
    return reader.result();
  },
  staff(record) {
    const reader = new RowReader('staff', record);
    reader.text('staff_no', { max: 32 });
    reader.text('name');
    reader.code('role', STAFF_ROLES);
    reader.text('org_code', { max: 32 });
    reader.phone('phone', true);
    // An export without the column, or an empty value, means ACTIVE.
    if (reader.raw('status') === '') reader.values.push('ACTIVE');
    else reader.code('status', STAFF_STATUSES);
    return reader.result();
  },
  products(record) {
    const reader = new RowReader('products', record);
    reader.text('product_code', { max: 64 });
    reader.text('name');
    reader.code('category', PRODUCT_CATEGORIES);
    reader.code('risk_level', RISK_LEVELS);
    reader.currency('currency');
    reader.text('series', { optional: true });
    reader.boolean('counts_toward_aum');
    return reader.result();
  },
  customers(record) {
    const reader = new RowReader('customers', record);
    reader.text('customer_no', { max: 32 });
    reader.text('name');
    const idType = reader.code('id_type', ID_TYPES);
    const idNo = reader.text('id_no', { max: 40 });
    if (idType === 'RESIDENT_ID' && idNo !== '') {
      const problem = residentIdProblem(idNo);
      if (problem) reader.problems.push({ field: 'id_no', reason: problem });
    }
    reader.code('gender', GENDERS);
    reader.date('birth_date', { optional: true });
    reader.phone('phone', true);
    const email = reader.text('email', { optional: true });
    if (email !== '' && !/^[^@\s]+@[^@\s]+$/.test(email)) reader.problem('email', `not an email address: ${reader.quote('email', email)}`);
    reader.code('occupation', OCCUPATIONS);
    reader.text('home_outlet_code', { max: 32 });
    reader.date('opened_on');
    return reader.result();
  },
  accounts(record) {
    const reader = new RowReader('accounts', record);
    reader.text('account_no', { max: 40 });
    reader.text('customer_no', { max: 32 });
    reader.text('product_code', { max: 64 });
    reader.currency('currency');
    const opened = reader.date('opened_on');
    const maturity = reader.date('maturity_on', { optional: true });
    if (maturity !== '' && isRealDate(maturity) && isRealDate(opened) && maturity < opened) {
      reader.problems.push({ field: 'maturity_on', reason: `${maturity} is before opened_on ${opened}` });
    }
    reader.code('status', ACCOUNT_STATUSES);
    return reader.result();
  },
  maintainers(record) {
    const reader = new RowReader('maintainers', record);
    reader.text('customer_no', { max: 32 });
    const maintainer = reader.text('maintainer_staff_no', { max: 32 });
    const advisor = reader.text('advisor_staff_no', { optional: true, max: 32 });
    // DOMAIN.md §6: the advisor supports the maintainer, so they are two people.
    if (advisor !== '' && advisor === maintainer) reader.problem('advisor_staff_no', `"${advisor}" is the maintainer too`);
    return reader.result();
  },
  fx(record, context) {
    const reader = new RowReader('fx', record);
    checkAsOf(reader, context);
    reader.currency('currency');
    reader.decimalText('rate_to_cny', 6);
    const rate = parseDecimal(record.rate_to_cny ?? '', 6);
    if (rate.ok && rate.units <= 0n) reader.problems.push({ field: 'rate_to_cny', reason: 'must be greater than 0' });
    return reader.result();
  },
  balances(record, context) {
    const reader = new RowReader('balances', record);
    checkAsOf(reader, context);
    reader.text('account_no', { max: 40 });
    reader.decimal('balance', 2);
    return reader.result();
  },
};

/**
 * The hot path of every close (millions of balance rows a day): a common valid row, given in
 * header order, becomes its COPY line without the general reader; undefined sends the row
 * through ROW_CHECKS for the precise message. Values here never need COPY escaping.
 */
export const FAST_ROWS: Partial<Record<FeedKind, (values: string[], context: RowContext) => string[] | undefined>> = {
  balances(values, context) {
    const [asOf, account, balance] = values as [string, string, string];
    if (asOf !== context.day || !PLAIN_KEY.test(account)) return undefined;
    const cents = centsText(balance);
    return cents === undefined ? undefined : [asOf, account, cents];
  },
};
