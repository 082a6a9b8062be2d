// Per-account state for the whole bank in typed arrays (one slot per account), not one object
// per account: a 1,000,000-customer bank has ~3M accounts and must fit in ~1 GB.

/** How the balances engine moves an account (see balances.ts). */
export const MODE = {
  /** CNY demand deposit that carries the customer's savings trend and large movements. */
  DEMAND_DRIVER: 0,
  /** Foreign-currency demand deposit: small noise around its level. */
  DEMAND: 1,
  /** Same balance every day: time deposits, CDs, bonds, trusts, dormant/frozen, boundary cases. */
  CONSTANT: 2,
  /** Units × the product's daily NAV: funds, wealth products, insurance, gold. */
  NAV: 3,
  /** Outstanding principal, reduced by an instalment every month. */
  LOAN: 4,
  /** Outstanding card spending, repaid on the statement day. */
  CARD: 5,
} as const;

export const STATUSES = ['ACTIVE', 'DORMANT', 'FROZEN', 'CLOSED'] as const;
export const STATUS = { ACTIVE: 0, DORMANT: 1, FROZEN: 2, CLOSED: 3 } as const;

/** "No such day": maturity absent, or the account never stops having rows. */
export const NO_DAY = 0x7fffffff;

export class AccountStore {
  count = 0;
  customer: Int32Array;
  product: Uint8Array;
  mode: Uint8Array;
  status: Uint8Array;
  /** Day-of-month on which loans pay an instalment and cards are repaid. */
  anchor: Uint8Array;
  openDay: Int32Array;
  maturityDay: Int32Array;
  /** First and last day on which the account has a balances row (last < first: never). */
  firstRowDay: Int32Array;
  lastRowDay: Int32Array;
  /** Opening amount in the account's currency, integer cents. */
  principal: Float64Array;
  /** Current balance, integer cents. */
  balance: Float64Array;
  /** Mode-specific: DD target level, NAV units, loan instalment, card limit. */
  aux: Float64Array;
  /** Mode-specific: DD daily trend in cents. */
  aux2: Float64Array;

  constructor(capacity: number) {
    this.customer = new Int32Array(capacity);
    this.product = new Uint8Array(capacity);
    this.mode = new Uint8Array(capacity);
    this.status = new Uint8Array(capacity);
    this.anchor = new Uint8Array(capacity);
    this.openDay = new Int32Array(capacity);
    this.maturityDay = new Int32Array(capacity);
    this.firstRowDay = new Int32Array(capacity);
    this.lastRowDay = new Int32Array(capacity);
    this.principal = new Float64Array(capacity);
    this.balance = new Float64Array(capacity);
    this.aux = new Float64Array(capacity);
    this.aux2 = new Float64Array(capacity);
  }

  /** Appends an account; grows all arrays by half when full. Returns its index. */
  add(): number {
    if (this.count === this.customer.length) this.grow(Math.ceil(this.count * 1.5) + 16);
    return this.count++;
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(array: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(array);
      return next;
    };
    this.customer = copy(this.customer, (n) => new Int32Array(n));
    this.product = copy(this.product, (n) => new Uint8Array(n));
    this.mode = copy(this.mode, (n) => new Uint8Array(n));
    this.status = copy(this.status, (n) => new Uint8Array(n));
    this.anchor = copy(this.anchor, (n) => new Uint8Array(n));
    this.openDay = copy(this.openDay, (n) => new Int32Array(n));
    this.maturityDay = copy(this.maturityDay, (n) => new Int32Array(n));
    this.firstRowDay = copy(this.firstRowDay, (n) => new Int32Array(n));
    this.lastRowDay = copy(this.lastRowDay, (n) => new Int32Array(n));
    this.principal = copy(this.principal, (n) => new Float64Array(n));
    this.balance = copy(this.balance, (n) => new Float64Array(n));
    this.aux = copy(this.aux, (n) => new Float64Array(n));
    this.aux2 = copy(this.aux2, (n) => new Float64Array(n));
  }
}

export const ACCOUNTS_HEADER = 'account_no,customer_no,product_code,currency,opened_on,maturity_on,status';

/** Account numbers look like the sample's card-style numbers: "62" + 14 digits. */
export const ACCOUNT_NUMBER_BASE = 6_200_000_000_000_000;

export function customerNumber(index: number): string {
  return `C${String(index + 1).padStart(8, '0')}`;
}
