/**
 * The end-of-day feed contract of DOMAIN.md §3: file kinds, their exact headers, the code lists.
 */
import type { FieldClass } from '../../platform/access/masking.rules.ts';
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

export type StaticKind = 'orgs' | 'staff' | 'products' | 'customers' | 'accounts' | 'maintainers';
export type DailyKind = 'fx' | 'balances';
export type FeedKind = StaticKind | DailyKind;

export const COLUMNS: Record<FeedKind, readonly string[]> = {
  orgs: ['code', 'name', 'level', 'parent_code'],
  staff: ['staff_no', 'name', 'role', 'org_code', 'phone', 'status'],
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
  maintainers: ['customer_no', 'maintainer_staff_no', 'advisor_staff_no'],
  fx: ['as_of', 'currency', 'rate_to_cny'],
  balances: ['as_of', 'account_no', 'balance'],
};

/**
 * Columns a header may leave out; an absent column reads as empty. Added to the contract after
 * banks had their exports running, so an older export stays valid.
 */
export const OPTIONAL_COLUMNS: Partial<Record<FeedKind, readonly string[]>> = {
  staff: ['status'],
  maintainers: ['advisor_staff_no'],
};

/** Static files are applied parents first, so references inside one delivery resolve. */
export const STATIC_ORDER: readonly StaticKind[] = ['orgs', 'staff', 'products', 'customers', 'accounts', 'maintainers'];

/** A staff member who LEFT loses access at once and cannot be given customers (DOMAIN.md §11). */
export const STAFF_STATUSES = ['ACTIVE', 'LEFT'] as const;

/**
 * Who may be a customer's maintainer (管户人, DOMAIN.md §1, §6): RMs; outlet heads (diamond
 * customers); sub-branch heads (≥5M, layered maintenance); lobby managers and tellers (small gold
 * customers, "adopted"). Which tier each may hold is the allocation's policy, not the feed's: the
 * feed carries over what the bank's previous system held. Wealth advisors support a maintainer
 * (the optional advisor column); admins and auditors maintain nobody.
 */
export const MAINTAINER_ROLES = ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'LOBBY_MANAGER', 'TELLER'] as const;
export const ADVISOR_ROLE = 'WEALTH_ADVISOR';

/**
 * Fields whose values are masked wherever the import quotes them (error messages, stored run
 * errors, CLI output): issue 4 — no masked field is ever shown in full (DOMAIN.md §13, C2 data).
 */
export const SENSITIVE_FIELDS: Partial<Record<FeedKind, Readonly<Record<string, FieldClass>>>> = {
  staff: { phone: 'MOBILE' },
  customers: { id_no: 'ID_NUMBER', phone: 'MOBILE', email: 'EMAIL' },
  accounts: { account_no: 'ACCOUNT_NUMBER' },
  balances: { account_no: 'ACCOUNT_NUMBER' },
};

export interface FeedFile {
  kind: FeedKind;
  /** Path relative to the delivery directory, e.g. 'balances/2026-09-30.csv': the file's identity. */
  name: string;
  path: string;
  /** The business date of a daily file, from its name. */
  day?: string;
}
