/**
 * Appending to the hash chain and verifying it. docs/audit.md.
 * Appends are serialized by locking the single audit_chain_head row FOR UPDATE: two appenders
 * never read the same previous hash, so the chain never forks.
 */
import pg from 'pg';
import { computeAuditHash, normalizeAuditEvent, type AuditEventContent, type AuditEventInput } from './audit.rules.ts';
import { AUDIT_EVENT_COLUMNS, toAuditEvent, type AuditEventRow } from './audit-row.ts';
import { inTransaction, type Queryable } from '../db/transaction.ts';

export { inTransaction, type Queryable } from '../db/transaction.ts';

interface ChainHead {
  lastId: bigint | null;
  lastHash: string | null;
  /** The database's clock, to the millisecond (what the hash covers), read under the lock. */
  now: Date;
}

/** Locks the chain head until the end of the transaction. */
export async function lockChainHead(client: pg.PoolClient): Promise<ChainHead> {
  const { rows } = await client.query<{ last_id: string | null; last_hash: string | null; now: Date }>(
    `SELECT last_id::text AS last_id, last_hash, date_trunc('milliseconds', clock_timestamp()) AS now
       FROM audit_chain_head FOR UPDATE`,
  );
  const head = rows[0];
  if (!head) throw new Error('audit_chain_head is missing its row: the audit migration was not applied');
  return { lastId: head.last_id === null ? null : BigInt(head.last_id), lastHash: head.last_hash, now: head.now };
}

/**
 * Appends events in order, chained, with one INSERT. With a pool it commits on its own; with a
 * client it must be called inside the caller's transaction (BEGIN … COMMIT): the chain head stays
 * locked until that transaction ends, and the events are kept or rolled back with the caller's work.
 *
 * Two round trips (a transaction of its own adds nothing to them): the head locked and the ids
 * taken under the lock, then the events and the new head in one statement with the COMMIT. Every
 * request that reads customer data waits for its append (audit-writer.ts), and on a busy machine
 * each round trip waits for the database process to be scheduled: six of them made the audit the
 * largest part of a read's latency under load.
 */
export async function appendAuditEvents(
  db: Queryable,
  events: readonly AuditEventInput[],
  options: { /** A fixed time instead of the database clock: for tests of retention. */ at?: Date } = {},
): Promise<void> {
  if (events.length === 0) return;
  const own = db instanceof pg.Pool;
  const client = own ? await db.connect() : db;
  let broken: Error | undefined;
  try {
    // The values are written into the text (the count a whole number, the rest escaped literals):
    // a text without parameters may hold several statements, sent in one message.
    const locked = `WITH head AS (SELECT last_id, last_hash FROM audit_chain_head FOR UPDATE)
      SELECT head.last_id::text AS last_id, head.last_hash, date_trunc('milliseconds', clock_timestamp()) AS now,
             -- Correlated with the locked row, so taken after the lock: ids ascend in chain order across appenders.
             (SELECT array_agg(nextval(pg_get_serial_sequence('audit_event', 'id'))::text)
                FROM generate_series(1, ${Math.trunc(events.length)}) WHERE head.last_id IS NOT DISTINCT FROM head.last_id) AS ids
        FROM head`;
    const results = (await client.query(own ? `BEGIN; ${locked}` : locked)) as unknown as pg.QueryResult | pg.QueryResult[];
    const row = (Array.isArray(results) ? results[1]! : results).rows[0] as { last_id: string | null; last_hash: string | null; now: Date; ids: string[] } | undefined;
    if (!row) throw new Error('audit_chain_head is missing its row: the audit migration was not applied');
    const ids = row.ids.map(BigInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Milliseconds: what a JS Date round-trips exactly, so verify reads back what was hashed.
    const occurredAt = (options.at ?? row.now).toISOString();
    let prevHash = row.last_hash;
    const records = events.map((input, index) => {
      const content: AuditEventContent = normalizeAuditEvent(input, ids[index]!, occurredAt);
      const hash = computeAuditHash(prevHash, content);
      const record = toRecord(content, prevHash, hash);
      prevHash = hash;
      return record;
    });
    const append = `WITH appended AS (
        INSERT INTO audit_event (id, occurred_at, actor_staff_no, actor_role, source_ip, action, customer_ids,
          fields_in_full, reason, result, details, prev_hash, hash)
        OVERRIDING SYSTEM VALUE
        SELECT id, occurred_at, actor_staff_no, actor_role, source_ip, action, customer_ids,
          fields_in_full, reason, result, details, prev_hash, hash
          FROM jsonb_to_recordset(${client.escapeLiteral(JSON.stringify(records))}::jsonb) AS r(id bigint, occurred_at timestamptz, actor_staff_no text,
            actor_role text, source_ip text, action text, customer_ids bigint[], fields_in_full text[],
            reason text, result text, details jsonb, prev_hash text, hash text))
      UPDATE audit_chain_head SET last_id = ${ids[ids.length - 1]!.toString()}, last_hash = ${client.escapeLiteral(prevHash!)}`;
    await client.query(own ? `${append}; COMMIT` : append);
  } catch (error) {
    // A connection that cannot even roll back is closed rather than handed to the next caller.
    if (own) await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    if (own) (client as pg.PoolClient).release(broken);
  }
}

function toRecord(content: AuditEventContent, prevHash: string | null, hash: string) {
  return {
    id: content.id.toString(),
    occurred_at: content.occurredAt,
    actor_staff_no: content.actorStaffNo,
    actor_role: content.actorRole,
    source_ip: content.sourceIp,
    action: content.action,
    customer_ids: content.customerIds.map((id) => id.toString()),
    fields_in_full: content.fieldsInFull,
    reason: content.reason,
    result: content.result,
    details: content.details,
    prev_hash: prevHash,
    hash,
  };
}

export type VerifyResult = { ok: true; events: number } | { ok: false; events: number; brokenAt: bigint; reason: string };

const PAGE_SIZE = 1000;

/**
 * Walks the chain in id order a page at a time (keyset pagination: memory stays flat) and
 * recomputes every hash. `events` counts the events checked before the break. One snapshot
 * (REPEATABLE READ) for the whole walk: events appended meanwhile would otherwise make the
 * chain head disagree with the pages already read.
 */
export async function verifyAuditChain(db: Queryable): Promise<VerifyResult> {
  return inTransaction(db, verifyInSnapshot, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
}

async function verifyInSnapshot(db: pg.PoolClient): Promise<VerifyResult> {
  // After a purge the first kept event links to the last purged one, recorded by the purge event.
  const anchorRow = (
    await db.query<{ anchor: string | null }>(
      `SELECT details->>'lastPurgedHash' AS anchor FROM audit_event
        WHERE action = 'audit.purge' AND (details->>'purged')::bigint > 0 ORDER BY id DESC LIMIT 1`,
    )
  ).rows[0];
  let expectedPrev: string | null = anchorRow?.anchor ?? null;
  let previousId: bigint | null = null;
  let events = 0;
  let after = '0';
  for (;;) {
    const { rows } = await db.query<AuditEventRow>(
      `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_event WHERE id > $1::bigint ORDER BY audit_event.id LIMIT ${PAGE_SIZE}`,
      [after],
    );
    for (const row of rows) {
      const event = toAuditEvent(row);
      if (event.prevHash !== expectedPrev) {
        const reason =
          previousId === null
            ? 'the first event does not link to the start of the chain or the last purge anchor (events were removed)'
            : `prev_hash does not match the hash of event ${previousId} (an event before it was removed or replaced)`;
        return { ok: false, events, brokenAt: event.id, reason };
      }
      if (computeAuditHash(event.prevHash, event) !== event.hash) {
        return { ok: false, events, brokenAt: event.id, reason: 'the stored hash does not match the event content (the event was changed)' };
      }
      expectedPrev = event.hash;
      previousId = event.id;
      events += 1;
    }
    if (rows.length < PAGE_SIZE) break;
    after = rows[rows.length - 1]!.id;
  }
  return checkHead(db, previousId, expectedPrev, events);
}

/** The last events leave no later link behind them: the chain head tells where the chain ends. */
async function checkHead(db: Queryable, lastId: bigint | null, lastHash: string | null, events: number): Promise<VerifyResult> {
  const head = (await db.query<{ last_id: string | null; last_hash: string | null }>(
    'SELECT last_id::text AS last_id, last_hash FROM audit_chain_head',
  )).rows[0];
  const headId = head?.last_id == null ? null : BigInt(head.last_id);
  if (headId === lastId && (head?.last_hash ?? null) === lastHash) return { ok: true, events };
  return {
    ok: false,
    events,
    brokenAt: headId ?? lastId ?? 0n,
    reason: `the chain head records event ${headId ?? 'none'} as the last, but the chain ends at ${lastId ?? 'no event'} (events at the end were removed or the head was changed)`,
  };
}
