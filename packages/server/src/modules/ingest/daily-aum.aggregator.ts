import type { Writable } from 'node:stream';
import { holdingDayCents } from '../aum/aum.service.ts';
import { formatCents } from '../../platform/money.ts';
import type { AccountBook } from './account-book.store.ts';
import { quoteValue, type ErrorCollector } from './feed-errors.ts';
import type { StagingValue } from './feed-rows.rules.ts';

/**
 * One day's balances file turned into per-customer daily AUM in Node (decision 0005), with the
 * balance checks of the SQL path and the same messages: unknown account, duplicate account,
 * negative balance on an AUM product, no FX rate for the account's currency that day.
 * Cents are exact integers in doubles (below 2^53); a foreign holding converts with bigint math
 * by the AUM rule (balance × rate, half-up per holding-day). When given a `balances` sink, it
 * also hands it every account's balance and CNY value (the latest balances, account_balance).
 */
export interface AccountBalanceSink {
  add(accountId: number, customerId: number, balanceCents: number, cnyCents: number): void;
}

export class DailyAumAggregator {
  private readonly firstLine: Int32Array;
  private readonly sums = new Map<number, number>();
  rows = 0;

  constructor(
    private readonly book: AccountBook,
    private readonly day: string,
    private readonly file: string,
    /** Rate in millionths per currency for this day (CNY absent: 1). */
    private readonly rates: Map<string, bigint>,
    private readonly errors: ErrorCollector,
    private readonly balances?: AccountBalanceSink,
  ) {
    this.firstLine = new Int32Array(book.customerId.length);
  }

  add(values: StagingValue[], line: number): void {
    const accountNo = values[1] as string;
    const centsText = values[2] as string;
    this.rows += 1;
    const slot = this.book.index.get(accountNo);
    if (slot === undefined) {
      this.errors.add({ file: this.file, line, field: 'account_no', reason: `unknown account ${quoteValue('balances', 'account_no', accountNo)}` });
      return;
    }
    const first = this.firstLine[slot]!;
    if (first !== 0) {
      const reason = `duplicate account_no ${quoteValue('balances', 'account_no', accountNo)} (first on line ${first})`;
      this.errors.add({ file: this.file, line, field: 'account_no', reason });
      return;
    }
    this.firstLine[slot] = line;
    const currency = this.book.currencies[this.book.currency[slot]!]!;
    const rate = currency === 'CNY' ? 1_000_000n : this.rates.get(currency);
    if (rate === undefined) {
      this.errors.add({ file: this.file, line, field: 'account_no', reason: `no FX rate for ${currency} on ${this.day} (account currency)` });
      return;
    }
    const product = this.book.products[this.book.product[slot]!]!;
    const cents = Number(centsText);
    // Cents are summed as JavaScript numbers for speed (decision 0005): exact only while they stay
    // safe integers, so a balance beyond that is refused rather than rounded.
    if (!Number.isSafeInteger(cents)) {
      this.errors.add({ file: this.file, line, field: 'balance', reason: `balance ${formatCents(BigInt(centsText))} is too large to close exactly` });
      return;
    }
    if (cents < 0 && product.countsTowardAum) {
      const reason = `negative balance ${formatCents(BigInt(centsText))} on ${product.code}, a ${product.category} that counts toward AUM`;
      this.errors.add({ file: this.file, line, field: 'balance', reason });
      return;
    }
    // Loans and credit cards are converted too (their balance is listed), but add to no AUM.
    const amount = currency === 'CNY' ? cents : Number(holdingDayCents(BigInt(centsText), rate));
    const customer = this.book.customerId[slot]!;
    this.balances?.add(this.book.accountId[slot]!, customer, cents, amount);
    if (!product.countsTowardAum) return;
    this.sums.set(customer, (this.sums.get(customer) ?? 0) + amount);
  }


  /** Writes `day \t customer_id \t aum_cents` lines (COPY text) for every customer with an AUM holding. */
  async writeTo(sink: Writable): Promise<void> {
    let buffer = '';
    for (const [customer, cents] of this.sums) {
      if (!Number.isSafeInteger(cents)) throw new Error(`customer ${customer}: the day's AUM sum exceeds exact integer range`);
      buffer += `${this.day}\t${customer}\t${cents}\n`;
      if (buffer.length > 1 << 16) {
        if (!sink.write(buffer)) await new Promise<void>((resolve) => sink.once('drain', resolve));
        buffer = '';
      }
    }
    if (buffer !== '') sink.write(buffer);
  }
}
