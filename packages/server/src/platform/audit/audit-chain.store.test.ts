import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { computeAuditHash } from './audit.rules.ts';
import { appendAuditEvents, verifyAuditChain } from './audit-chain.store.ts';
import { queryAuditEvents } from './audit-query.store.ts';
import { anAuditEvent, auditIds, resetAuditTrail } from './audit.test-support.ts';

describe('audit chain: append and verify against PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  beforeEach(() => resetAuditTrail(db.pool));

  it('verifies an empty trail', async () => {
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 0 });
  });

  it('appends one event as the start of the chain, with every field stored as hashed', async () => {
    await appendAuditEvents(db.pool, [
      anAuditEvent({
        action: 'customer.show-in-full',
        customerIds: [9_007_199_254_740_993n],
        fieldsInFull: ['id_number', 'phone'],
        reason: '客户来电核实身份',
        details: { z: 1, a: { nested: [true, null, 'x'] } },
      }),
    ]);
    const [event] = (await queryAuditEvents(db.pool, { limit: 10 })).events;
    expect(event).toMatchObject({
      action: 'customer.show-in-full',
      customerIds: [9_007_199_254_740_993n],
      fieldsInFull: ['id_number', 'phone'],
      reason: '客户来电核实身份',
      prevHash: null,
    });
    expect(event!.hash).toBe(computeAuditHash(null, event!));
    expect(event!.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 1 });
  });

  it('appends a batch in one go, chained in the order given', async () => {
    await appendAuditEvents(db.pool, [anAuditEvent()]);
    const batch = [1, 2, 3, 4, 5].map((n) => anAuditEvent({ action: `batch.${n}` }));
    await appendAuditEvents(db.pool, batch);
    const { rows } = await db.pool.query('SELECT action, prev_hash, hash FROM audit_event ORDER BY id');
    expect(rows.map((row) => row.action)).toEqual(['GET /api/customers/:id', 'batch.1', 'batch.2', 'batch.3', 'batch.4', 'batch.5']);
    rows.slice(1).forEach((row, index) => expect(row.prev_hash).toBe(rows[index]!.hash));
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 6 });
    const head = await db.pool.query('SELECT last_hash FROM audit_chain_head');
    expect(head.rows[0].last_hash).toBe(rows[5]!.hash);
  });

  it('an empty batch appends nothing', async () => {
    await appendAuditEvents(db.pool, []);
    expect(await auditIds(db.pool)).toEqual([]);
  });

  it('inside the caller’s transaction the events are rolled back with its work', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      await appendAuditEvents(client, [anAuditEvent(), anAuditEvent()]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await auditIds(db.pool)).toEqual([]);
    await appendAuditEvents(db.pool, [anAuditEvent()]);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 1 });
  });

  it('a refused event (bad input) stores nothing', async () => {
    await expect(appendAuditEvents(db.pool, [anAuditEvent(), anAuditEvent({ action: '' })])).rejects.toThrow(/needs an action/);
    expect(await auditIds(db.pool)).toEqual([]);
  });

  it('appends with two round trips on a connection of its own, and leaves it outside any transaction', async () => {
    const sent: string[] = [];
    const client = await db.pool.connect();
    const counting = {
      connect: async () =>
        new Proxy(client, {
          get: (target, property, receiver) =>
            property === 'query'
              ? (text: string, ...rest: unknown[]) => {
                  sent.push(text.trim().split(/\s+/)[0]!);
                  return (target.query as (...args: unknown[]) => unknown)(text, ...rest);
                }
              : property === 'release'
                ? () => {}
                : Reflect.get(target, property, receiver),
        }),
    };
    Object.setPrototypeOf(counting, Object.getPrototypeOf(db.pool));
    try {
      await appendAuditEvents(counting as unknown as typeof db.pool, [anAuditEvent(), anAuditEvent(), anAuditEvent()]);
      expect(sent).toEqual(['BEGIN;', 'WITH']);
      expect((await client.query(`SELECT now() = statement_timestamp() AS outside`)).rows[0].outside).toBe(true);
    } finally {
      client.release();
    }
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 3 });
  });

  it('an append the database refuses half way stores nothing and leaves the chain head as it was', async () => {
    await appendAuditEvents(db.pool, [anAuditEvent()]);
    // A trigger refuses the INSERT: it fails after the head was locked and the ids taken.
    await db.pool.query(`CREATE FUNCTION refuse_probe() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'test.refuse' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await db.pool.query(`CREATE TRIGGER refuse_probe BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_probe()`);
    try {
      await expect(appendAuditEvents(db.pool, [anAuditEvent(), anAuditEvent({ action: 'test.refuse' })])).rejects.toThrow(/refused by the test/);
    } finally {
      await db.pool.query('DROP TRIGGER refuse_probe ON audit_event; DROP FUNCTION refuse_probe()');
    }
    expect(await auditIds(db.pool)).toHaveLength(1);
    await appendAuditEvents(db.pool, [anAuditEvent()]);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 2 });
  });

  it('20 concurrent appends on separate connections keep one unbroken chain', async () => {
    const writers = Array.from({ length: 20 }, (_, n) =>
      appendAuditEvents(db.pool, [anAuditEvent({ action: `writer.${n}.a` }), anAuditEvent({ action: `writer.${n}.b` })]),
    );
    await Promise.all(writers);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 40 });
    // Each writer's pair stays adjacent: appends are serialized, never interleaved.
    const { rows } = await db.pool.query<{ action: string }>('SELECT action FROM audit_event ORDER BY id');
    for (let i = 0; i < rows.length; i += 2) {
      expect(rows[i + 1]!.action).toBe(rows[i]!.action.replace(/\.a$/, '.b'));
    }
  });

  it('verify run while others append sees one consistent snapshot', async () => {
    await appendAuditEvents(db.pool, [anAuditEvent()]);
    const appends = Array.from({ length: 10 }, () => appendAuditEvents(db.pool, [anAuditEvent()]));
    const verifications = Array.from({ length: 5 }, () => verifyAuditChain(db.pool));
    await Promise.all(appends);
    for (const result of await Promise.all(verifications)) expect(result.ok).toBe(true);
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 11 });
  });

  it('verify pages through more events than fit one page', async () => {
    for (let i = 0; i < 3; i += 1) await appendAuditEvents(db.pool, Array.from({ length: 900 }, () => anAuditEvent()));
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 2700 });
  });

  describe('append-only in the database', () => {
    beforeEach(() => appendAuditEvents(db.pool, [anAuditEvent(), anAuditEvent()]));

    it.each([
      ['UPDATE', "UPDATE audit_event SET reason = 'covering tracks'"],
      ['DELETE', 'DELETE FROM audit_event'],
      ['TRUNCATE', 'TRUNCATE audit_event'],
    ])('refuses %s with a clear error', async (operation, sql) => {
      await expect(db.pool.query(sql)).rejects.toThrow(`audit_event is append-only: ${operation} is refused`);
      expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 2 });
    });

    it('the purge setting lets nothing through outside its own DELETE when set off', async () => {
      const client = await db.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('guibin.audit_purge', 'off', true)");
        await expect(client.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
    });
  });
});
