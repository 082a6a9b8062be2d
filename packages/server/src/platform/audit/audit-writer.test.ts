import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { appendAuditEvents, verifyAuditChain } from './audit-chain.store.ts';
import { createAuditWriter, type AuditWriter } from './audit-writer.ts';
import { anAuditEvent, resetAuditTrail } from './audit.test-support.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());
beforeEach(() => resetAuditTrail(db.pool));

interface Transaction {
  firstId: bigint;
  lastId: bigint;
  events: number;
  sequences: number[];
}

/**
 * The transactions that wrote the trail, read from PostgreSQL itself: rows inserted by one
 * transaction share its id in the system column xmin.
 */
async function transactions(pool: pg.Pool): Promise<Transaction[]> {
  const { rows } = await pool.query<{ first_id: string; last_id: string; events: number; sequences: number[] }>(
    `SELECT min(id)::text AS first_id, max(id)::text AS last_id, count(*)::int AS events,
            array_agg((details->>'sequence')::int ORDER BY id) AS sequences
       FROM audit_event GROUP BY xmin::text ORDER BY min(id)`,
  );
  return rows.map((row) => ({ firstId: BigInt(row.first_id), lastId: BigInt(row.last_id), events: row.events, sequences: row.sequences }));
}

const sequenced = (sequence: number) => anAuditEvent({ details: { sequence } });

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out waiting');
}

describe('the audit writer: group commit', () => {
  it('commits every event of many concurrent callers in fewer transactions than events, the chain intact', async () => {
    const writer = createAuditWriter(db.pool);
    let sequence = 0;
    const callers = Array.from({ length: 64 }, async (_, caller) => {
      for (let round = 0; round < 10; round += 1) {
        // Some records carry several events (a list page), which stay together.
        const events = Array.from({ length: 1 + (caller % 3) }, () => sequenced((sequence += 1)));
        await writer.record(...events);
      }
    });
    await Promise.all(callers);
    const expected = 10 * Array.from({ length: 64 }, (_, caller) => 1 + (caller % 3)).reduce((a, b) => a + b);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: expected });
    const written = await transactions(db.pool);
    expect(written.reduce((total, t) => total + t.events, 0)).toBe(expected);
    expect(written.length).toBeLessThan(expected / 4);
    // Each transaction is one consecutive run of ids, following the previous one.
    for (const [index, t] of written.entries()) {
      expect(t.lastId - t.firstId + 1n).toBe(BigInt(t.events));
      if (index > 0) expect(t.firstId).toBe(written[index - 1]!.lastId + 1n);
    }
    await writer.close();
  });

  it('chains events in the order record was called, across flushes', async () => {
    const writer = createAuditWriter(db.pool);
    const pending: Promise<void>[] = [];
    for (let sequence = 1; sequence <= 300; sequence += 1) {
      pending.push(writer.record(sequenced(sequence)));
      // Let flushes start in between, so that the order is kept across batches too.
      if (sequence % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pending);
    const written = await transactions(db.pool);
    expect(written.length).toBeGreaterThan(1);
    expect(written.flatMap((t) => t.sequences)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
  });

  it('appends at most maxBatch events per transaction, and never splits a record', async () => {
    const writer = createAuditWriter(db.pool, { maxBatch: 10 });
    await Promise.all(Array.from({ length: 100 }, (_, index) => writer.record(sequenced(index + 1))));
    expect((await transactions(db.pool)).map((t) => t.events)).toEqual(Array(10).fill(10));

    await resetAuditTrail(db.pool);
    const big = Array.from({ length: 25 }, (_, index) => sequenced(index + 1));
    await Promise.all([writer.record(sequenced(0)), writer.record(...big), writer.record(sequenced(26))]);
    expect((await transactions(db.pool)).map((t) => t.events)).toEqual([1, 25, 1]);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 27 });
  });

  it('costs no transaction for an empty record', async () => {
    await createAuditWriter(db.pool).record();
    expect(await transactions(db.pool)).toEqual([]);
  });

  it('refuses a nonsensical maxBatch', () => {
    expect(() => createAuditWriter(db.pool, { maxBatch: 0 })).toThrow(RangeError);
    expect(() => createAuditWriter(db.pool, { maxBatch: 2.5 })).toThrow(RangeError);
  });
});

describe('the audit writer: failures', () => {
  it('rejects exactly the waiters of a failed batch, and goes on with later records', async () => {
    const writer = createAuditWriter(db.pool);
    // Hold the chain head, so that the first flush waits and the next records form one batch.
    const holder = await db.pool.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM audit_chain_head FOR UPDATE');
    const first = writer.record(sequenced(1));
    await waitUntil(async () => {
      const { rows } = await db.pool.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows[0].waiting > 0;
    });
    // An event the database refuses (here by a trigger of the test) fails the INSERT of its batch.
    await db.pool.query(`CREATE FUNCTION refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.details ? 'refuse' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await db.pool.query('CREATE TRIGGER refuse_marked BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_marked()');
    const batch = [
      writer.record(sequenced(2)),
      writer.record(anAuditEvent({ details: { sequence: 3, refuse: true } })),
      writer.record(sequenced(4)),
    ].map((promise) => promise.then(() => 'committed', (error: Error) => error.message));
    await holder.query('COMMIT');
    holder.release();

    await expect(first).resolves.toBeUndefined();
    const outcomes = await Promise.all(batch);
    expect(outcomes).toEqual(Array(3).fill('refused by the test'));
    await writer.record(sequenced(5));
    await db.pool.query('DROP TRIGGER refuse_marked ON audit_event');
    expect((await transactions(db.pool)).map((t) => t.sequences)).toEqual([[1], [5]]);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 2 });
  });

  it('refuses an event that cannot be stored on its own, without failing the events recorded beside it', async () => {
    const writer = createAuditWriter(db.pool);
    const outcomes = await Promise.allSettled([
      writer.record(sequenced(1)),
      writer.record(anAuditEvent({ result: 'MAYBE' as never })),
      writer.record(sequenced(2), anAuditEvent({ details: { sequence: 3, text: 'nul \u0000' } })),
      // PostgreSQL's jsonb would refuse this one, and with it the whole batch
      writer.record(anAuditEvent({ reason: 'half a pair \ud83d' })),
      writer.record(anAuditEvent({ details: { ['key \udc00']: 1 } })),
      writer.record(sequenced(4), anAuditEvent({ reason: '贵宾 👍 whole pairs are fine', details: { sequence: 5 } })),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected', 'rejected', 'fulfilled']);
    expect(outcomes[3]).toMatchObject({ reason: { code: 'AUDIT_EVENT_INVALID' } });
    expect(outcomes[1]).toMatchObject({ reason: { code: 'AUDIT_EVENT_INVALID' } });
    // A record is all or nothing: event 2 was refused with its invalid neighbour.
    expect((await transactions(db.pool)).map((t) => t.sequences)).toEqual([[1, 4, 5]]);
  });

  it('rejects when the database cannot be reached, rather than hanging', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    const writer = createAuditWriter(pool);
    await writer.record(sequenced(1));
    await pool.end();
    await expect(writer.record(sequenced(2))).rejects.toThrow();
    await expect(writer.record(sequenced(3))).rejects.toThrow();
    await writer.close();
    expect((await transactions(db.pool)).map((t) => t.sequences)).toEqual([[1]]);
  });
});

describe('the audit writer: close', () => {
  it('commits what is pending, then refuses later records', async () => {
    const writer = createAuditWriter(db.pool);
    const pending = Array.from({ length: 20 }, (_, index) => writer.record(sequenced(index + 1)));
    await writer.close();
    // Everything recorded before close was committed by the time close resolved.
    expect((await transactions(db.pool)).flatMap((t) => t.sequences)).toHaveLength(20);
    await expect(Promise.all(pending)).resolves.toBeDefined();
    await expect(writer.record(sequenced(21))).rejects.toMatchObject({ code: 'AUDIT_WRITER_CLOSED' });
    await expect(writer.close()).resolves.toBeUndefined();
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 20 });
  });

  it('closes at once when nothing is pending', async () => {
    await expect(createAuditWriter(db.pool).close()).resolves.toBeUndefined();
  });
});

/**
 * Throughput of one append per record against group commit: 5,000 events from 64 concurrent
 * callers on a pool of 8 (the server's size). Prints numbers; asserts nothing about time.
 * GUIBIN_MEASURE_AUDIT=1 npx vitest run packages/server/src/platform/audit/audit-writer.test.ts
 */
describe.runIf(process.env.GUIBIN_MEASURE_AUDIT === '1')('audit writer throughput (measurement)', () => {
  const EVENTS = 5_000;
  const CALLERS = 64;

  async function measure(name: string, makeWriter: (pool: pg.Pool) => Pick<AuditWriter, 'record'>) {
    await resetAuditTrail(db.pool);
    const pool = new pg.Pool({ connectionString: db.url, max: 8 });
    const writer = makeWriter(pool);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CALLERS }, async () => {
        while (next < EVENTS) {
          next += 1;
          const begin = performance.now();
          await writer.record(sequenced(next));
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await pool.end();
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    const batches = (await transactions(db.pool)).length;
    console.log(
      `${name.padEnd(13)} ${String(Math.round(EVENTS / seconds)).padStart(6)} events/s  p50 ${p(0.5)} ms  p99 ${p(0.99)} ms  ${batches} transactions`,
    );
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: EVENTS });
  }

  it('naive vs group commit, two rounds each', async () => {
    for (let round = 0; round < 2; round += 1) {
      await measure('naive', (pool) => ({ record: (...events) => appendAuditEvents(pool, events) }));
      await measure('group commit', (pool) => createAuditWriter(pool));
    }
  });
});
