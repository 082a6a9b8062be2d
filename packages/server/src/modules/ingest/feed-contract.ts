/**
 * The end-of-day feed contract of DOMAIN.md §3: file kinds, their exact headers, the code lists.
 */
// One list of roles and org levels for the feed, access control and scopes (DOMAIN.md §1).
export { ORG_LEVELS } from '../../platform/access/scope.rules.ts';
export { ROLES as STAFF_ROLES } from '../../platform/access/permissions.ts';
export const ID_TYPES = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_RESIDENT_PERMIT', 'OTHER'] as const;
export const GENDERS = ['M', 'F'] as const;
export const OCCUPATIONS = [
  'GOVERNMENT_OFFICIAL',
  'CIVIL_SERVANT',
  'SENIOR_EXECUTIVE',
  'MIDDLE_MANAGER',
  'ENTREPRENEUR',
  'SCHOLAR',
  'STAR',
  'HOMEMAKER',
  'OTHER',
] as const;
export const ACCOUNT_STATUSES = ['ACTIVE', 'DORMANT', 'FROZEN', 'CLOSED'] as const;
export const RISK_LEVELS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;
export const PRODUCT_CATEGORIES = [
  'DEMAND_DEPOSIT',
  'TIME_DEPOSIT',
  'LARGE_CD',
  'TREASURY_BOND',
  'WEALTH_PRODUCT',
  'FUND',
  'INSURANCE',
  'TRUST',
  'ASSET_MGMT_PLAN',
  'PRECIOUS_METAL',
  'LOAN',
  'CREDIT_CARD',
] as const;

/** ISO 4217 codes a retail bank's core system delivers. Unknown codes are refused. */
export const CURRENCIES = [
  'CNY', 'USD', 'HKD', 'EUR', 'GBP', 'JPY', 'AUD', 'CAD', 'CHF', 'SGD', 'NZD', 'KRW', 'MOP', 'TWD',
  'THB', 'SEK', 'NOK', 'DKK', 'RUB', 'MYR', 'AED', 'SAR', 'ZAR', 'INR', 'PHP', 'IDR', 'VND', 'BRL',
  'MXN', 'TRY', 'KZT', 'MNT', 'PKR', 'LAK', 'KHR', 'MMK', 'BND', 'QAR', 'KWD', 'HUF', 'PLN', 'CZK',
] as const;

export type StaticKind = 'orgs' | 'staff' | 'products' | 'customers' | 'accounts';
export type DailyKind = 'fx' | 'balances';
export type FeedKind = StaticKind | DailyKind;

export const COLUMNS: Record<FeedKind, readonly string[]> = {
  orgs: ['code', 'name', 'level', 'parent_code'],
  staff: ['staff_no', 'name', 'role', 'org_code', 'phone'],
  products: ['product_code', 'name', 'category', 'risk_level', 'currency', 'series', 'counts_toward_aum'],
  customers: [
    'customer_no',
    'name',
    'id_type',
    'id_no',
    'gender',
    'birth_date',
    'phone',
    'email',
    'occupation',
    'home_outlet_code',
    'opened_on',
  ],
  accounts: ['account_no', 'customer_no', 'product_code', 'currency', 'opened_on', 'maturity_on', 'status'],
  fx: ['as_of', 'currency', 'rate_to_cny'],
  balances: ['as_of', 'account_no', 'balance'],
};

/** Static files are applied parents first, so references inside one delivery resolve. */
export const STATIC_ORDER: readonly StaticKind[] = ['orgs', 'staff', 'products', 'customers', 'accounts'];

export interface FeedFile {
  kind: FeedKind;
  /** Path relative to the delivery directory, e.g. 'balances/2026-09-30.csv': the file's identity. */
  name: string;
  path: string;
  /** The business date of a daily file, from its name. */
  day?: string;
}
