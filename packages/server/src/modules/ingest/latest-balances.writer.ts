import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createNextBalances, indexNextBalances, NEXT_BALANCES_TABLE } from '../aum/aum.service.ts';

/**
 * The latest balances per account on the Node way of the close (decision 0005; the table and its
 * swap: aum/account-balance.store.ts). While the last day's balances file is read, every account's
 * row goes by binary COPY into the next table on a second connection: PostgreSQL stores it on its
 * own core while Node parses, and the rows cost Node a few bytes each instead of text to format.
 * Once the file is read, that connection builds the primary key and commits — while the import's own
 * connection rebuilds the AUM partitions — and the import's transaction swaps the table in.
 * A rejected or failed import rolls the second transaction back; a kill between the two commits
 * leaves a next table that the following import drops.
 */
// Binary COPY rows of 4 int8 fields (account_id, customer_id, balance_cents, cny_cents): an int16
// field count, then per field an int32 length and the value. `as_of` is the same in every row: it
// comes from the column's default, set for the load.
const FIELDS = 4;
const ROW_BYTES = 2 + FIELDS * (4 + 8);
const ROWS_PER_CHUNK = 16_384;
const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
const TRAILER = Buffer.from([0xff, 0xff]);
/** A chunk's rows with their counts and lengths already in place: only the values are written per row. */
const TEMPLATE = (() => {
  const row = Buffer.alloc(ROW_BYTES);
  row.writeInt16BE(FIELDS, 0);
  for (let field = 0; field < FIELDS; field += 1) row.writeInt32BE(8, 2 + field * 12);
  return Buffer.concat(Array.from({ length: ROWS_PER_CHUNK }, () => row));
})();

export class LatestBalancesWriter {
  private chunk = Buffer.from(TEMPLATE);
  private view = new DataView(this.chunk.buffer, this.chunk.byteOffset, this.chunk.length);
  private rows = 0;
  private readonly full: Buffer[] = [HEADER];
  private indexing: Promise<void> | undefined;
  private done = false;

  private constructor(
    private readonly side: pg.Client,
    private readonly sink: ReturnType<typeof copyFrom>,
    private readonly copied: Promise<void>,
  ) {}

  /** Opens its own connection (not one of the pool's, which may have only one to give). */
  static async start(pool: pg.Pool, day: string): Promise<LatestBalancesWriter> {
    const side = new pg.Client(pool.options);
    side.on('error', () => {}); // a connection ended by abandon() mid-statement
    await side.connect();
    try {
      await side.query('BEGIN');
      await createNextBalances(side);
      await side.query(`ALTER TABLE ${NEXT_BALANCES_TABLE} ALTER COLUMN as_of SET DEFAULT '${day}'::date`);
      // FREEZE: the table is new in this transaction, so its rows are written frozen and the
      // index build's scan does not rewrite every page (data checksums, ARCHITECTURE facts).
      const sink = side.query(copyFrom(`COPY ${NEXT_BALANCES_TABLE} (account_id, customer_id, balance_cents, cny_cents) FROM STDIN (FORMAT binary, FREEZE)`));
      const copied = new Promise<void>((resolve, reject) => {
        sink.on('finish', resolve);
        sink.on('error', reject);
      });
      copied.catch(() => {}); // surfaces in finish() or abandon()
      return new LatestBalancesWriter(side, sink, copied);
    } catch (error) {
      await side.end().catch(() => {});
      throw error;
    }
  }

  /** One account's row; amounts are exact integers below 2^53. */
  add(accountId: number, customerId: number, balanceCents: number, cnyCents: number): void {
    if (this.rows === ROWS_PER_CHUNK) {
      this.full.push(this.chunk);
      this.chunk = Buffer.from(TEMPLATE);
      this.view = new DataView(this.chunk.buffer, this.chunk.byteOffset, this.chunk.length);
      this.rows = 0;
    }
    const at = this.rows * ROW_BYTES + 6;
    int8(this.view, at, accountId);
    int8(this.view, at + 12, customerId);
    int8(this.view, at + 24, balanceCents);
    int8(this.view, at + 36, cnyCents);
    this.rows += 1;
  }

  /** Sends the filled chunks, waiting when PostgreSQL is behind. */
  async flush(): Promise<void> {
    for (const buffer of this.full.splice(0)) {
      if (!this.sink.write(buffer)) await new Promise<void>((resolve) => this.sink.once('drain', resolve));
    }
  }

  /** Ends the COPY and starts the index build and commit on the second connection. */
  async finish(): Promise<void> {
    this.full.push(this.chunk.subarray(0, this.rows * ROW_BYTES), TRAILER);
    await this.flush();
    this.sink.end();
    await this.copied;
    await this.side.query(`ALTER TABLE ${NEXT_BALANCES_TABLE} ALTER COLUMN as_of DROP DEFAULT`);
    // A serial build: the other core is the import's own connection, rebuilding the AUM partitions.
    await this.side.query('SET LOCAL max_parallel_maintenance_workers = 0');
    this.indexing = indexNextBalances(this.side).then(async () => {
      await this.side.query('COMMIT');
      this.done = true;
      await this.side.end();
    });
    this.indexing.catch(() => {}); // surfaces in built()
  }

  /** Waits until the next table is indexed and committed, ready to be swapped in. */
  async built(): Promise<void> {
    if (!this.indexing) throw new Error('the latest balances were not finished');
    await this.indexing;
  }

  /** Rolls the second transaction back (a rejected or failed import); the caller drops a committed table. */
  async abandon(): Promise<void> {
    await this.indexing?.catch(() => {});
    if (this.done) return;
    this.done = true;
    // Closing the connection rolls its transaction back, even in the middle of the COPY.
    await this.side.end().catch(() => {});
  }
}

/** A big-endian int64 from an exact integer double. */
function int8(view: DataView, at: number, value: number): void {
  const high = Math.floor(value / 4294967296);
  view.setInt32(at, high);
  view.setUint32(at + 4, value - high * 4294967296);
}
