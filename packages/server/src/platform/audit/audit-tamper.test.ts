import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { appendAuditEvents, verifyAuditChain } from './audit-chain.store.ts';
import { anAuditEvent, asTamperer, auditIds, resetAuditTrail } from './audit.test-support.ts';

describe('verify detects tampering by someone able to switch the append-only trigger off', () => {
  let db: TestDatabase;
  let ids: bigint[];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    await resetAuditTrail(db.pool);
    await appendAuditEvents(db.pool, Array.from({ length: 5 }, () => anAuditEvent({ customerIds: [7n, 8n] })));
    ids = await auditIds(db.pool);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 5 });
  });

  const changes: [string, string][] = [
    ['the actor', "actor_staff_no = 'S9999'"],
    ['the customers read', 'customer_ids = ARRAY[7]::bigint[]'],
    ['the fields shown in full', "fields_in_full = ARRAY['phone']"],
    ['the reason', "reason = 'routine'"],
    ['the result', "result = 'DENIED'"],
    ['the time', "occurred_at = occurred_at - interval '1 day'"],
    ['the details', `details = details || '{"extra": true}'`],
  ];
  it.each(changes)('a changed field (%s) breaks the chain at that event', async (_name, assignment) => {
    await asTamperer(db.pool, `UPDATE audit_event SET ${assignment} WHERE id = $1`, [ids[2]!.toString()]);
    expect(await verifyAuditChain(db.pool)).toEqual({
      ok: false,
      events: 2,
      brokenAt: ids[2],
      reason: 'the stored hash does not match the event content (the event was changed)',
    });
  });

  it('a deleted row in the middle breaks the chain at the event after it', async () => {
    await asTamperer(db.pool, 'DELETE FROM audit_event WHERE id = $1', [ids[1]!.toString()]);
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, events: 1, brokenAt: ids[2] });
    expect((await verifyAuditChain(db.pool)) as { reason: string }).toMatchObject({
      reason: `prev_hash does not match the hash of event ${ids[0]} (an event before it was removed or replaced)`,
    });
  });

  it('deleted first rows (a purge without its record) are detected at the first kept event', async () => {
    await asTamperer(db.pool, 'DELETE FROM audit_event WHERE id <= $1', [ids[1]!.toString()]);
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, events: 0, brokenAt: ids[2] });
  });

  it('deleted last rows are detected from the chain head', async () => {
    await asTamperer(db.pool, 'DELETE FROM audit_event WHERE id >= $1', [ids[3]!.toString()]);
    const result = await verifyAuditChain(db.pool);
    expect(result).toMatchObject({ ok: false, events: 3, brokenAt: ids[4] });
    expect((result as { reason: string }).reason).toMatch(/events at the end were removed/);
  });

  it('a replaced hash breaks the chain at that event', async () => {
    await asTamperer(db.pool, "UPDATE audit_event SET hash = repeat('0', 64) WHERE id = $1", [ids[3]!.toString()]);
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, events: 3, brokenAt: ids[3] });
  });

  it('re-ordered events (two rows swap ids, each keeping its hash) break the chain at the first', async () => {
    const [a, b] = [ids[1]!, ids[2]!];
    await asTamperer(
      db.pool,
      `CREATE TEMP TABLE moved ON COMMIT DROP AS SELECT * FROM audit_event WHERE id IN (${a}, ${b});
       DELETE FROM audit_event WHERE id IN (${a}, ${b});
       INSERT INTO audit_event OVERRIDING SYSTEM VALUE
         SELECT CASE WHEN id = ${a} THEN ${b} ELSE ${a} END, occurred_at, actor_staff_no, actor_role, source_ip, action,
           customer_ids, fields_in_full, reason, result, details, prev_hash, hash FROM moved`,
    );
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, events: 1, brokenAt: a });
  });
});
