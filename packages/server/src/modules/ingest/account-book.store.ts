import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { AccountIndex } from './account-index.ts';

/**
 * Every stored account in compact arrays, keyed by account number: what the daily close needs to
 * turn a balances file into per-customer AUM in Node (decision 0005). Read with one
 * `COPY … TO STDOUT` (about 3 s for 3 million accounts); ~250 MB for them.
 */
export interface AccountBook {
  index: AccountIndex;
  accountId: Float64Array;
  customerId: Float64Array;
  /** Index into `currencies`. */
  currency: Uint16Array;
  /** Index into `products`. */
  product: Uint16Array;
  currencies: string[];
  products: { code: string; category: string; countsTowardAum: boolean }[];
}

export async function loadAccountBook(client: pg.PoolClient): Promise<AccountBook> {
  const productRows = await client.query('SELECT id, product_code, category, counts_toward_aum FROM product ORDER BY id');
  const products = productRows.rows.map((row) => ({ code: row.product_code as string, category: row.category as string, countsTowardAum: row.counts_toward_aum as boolean }));
  const productSlot = new Map<number, number>(productRows.rows.map((row, slot) => [row.id as number, slot]));
  const count = Number((await client.query('SELECT count(*) AS n FROM account')).rows[0].n);
  const book: AccountBook = {
    index: new AccountIndex(count),
    accountId: new Float64Array(count),
    customerId: new Float64Array(count),
    currency: new Uint16Array(count),
    product: new Uint16Array(count),
    currencies: [],
    products,
  };
  const currencySlot = new Map<string, number>();
  const stream = client.query(copyTo('COPY (SELECT id, account_no, customer_id, currency, product_id FROM account) TO STDOUT'));
  const decoder = new TextDecoder();
  let pending = '';
  let slot = 0;
  const take = (line: string) => {
    const zeroth = line.indexOf('\t');
    const first = line.indexOf('\t', zeroth + 1);
    const second = line.indexOf('\t', first + 1);
    const third = line.indexOf('\t', second + 1);
    const accountNo = line.slice(zeroth + 1, first);
    const customerId = line.slice(first + 1, second);
    const currency = line.slice(second + 1, third);
    const productId = line.slice(third + 1);
    let currencyIndex = currencySlot.get(currency);
    if (currencyIndex === undefined) {
      currencyIndex = book.currencies.push(currency) - 1;
      currencySlot.set(currency, currencyIndex);
    }
    book.index.set(accountNo, slot);
    book.accountId[slot] = Number(line.slice(0, zeroth));
    book.customerId[slot] = Number(customerId);
    book.currency[slot] = currencyIndex;
    book.product[slot] = productSlot.get(Number(productId)) ?? 0;
    slot += 1;
  };
  // COPY TO hands over one small chunk per row: gather them and split text a megabyte at a time.
  let gathered: Buffer[] = [];
  let gatheredBytes = 0;
  const drain = () => {
    pending += decoder.decode(Buffer.concat(gathered), { stream: true });
    gathered = [];
    gatheredBytes = 0;
    const lastBreak = pending.lastIndexOf('\n');
    if (lastBreak < 0) return;
    for (const line of pending.slice(0, lastBreak).split('\n')) take(line);
    pending = pending.slice(lastBreak + 1);
  };
  await new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      gathered.push(chunk);
      gatheredBytes += chunk.length;
      if (gatheredBytes >= 1 << 20) drain();
    });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  drain();
  if (pending !== '') take(pending);
  return book;
}
