import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { appendAuditEvents, verifyAuditChain } from './audit-chain.store.ts';
import { purgeAuditEvents } from './audit-purge.store.ts';
import { queryAuditEvents } from './audit-query.store.ts';
import { anAuditEvent, asTamperer, auditIds, resetAuditTrail } from './audit.test-support.ts';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

describe('audit retention purge', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    await resetAuditTrail(db.pool);
    await appendAuditEvents(db.pool, [anAuditEvent(), anAuditEvent(), anAuditEvent()], { at: daysAgo(400) });
    await appendAuditEvents(db.pool, [anAuditEvent(), anAuditEvent()], { at: daysAgo(200) });
    await appendAuditEvents(db.pool, [anAuditEvent(), anAuditEvent()], { at: daysAgo(10) });
  });

  it('removes only the events before the cutoff, records the purge, and verify still passes', async () => {
    const before = await auditIds(db.pool);
    const summary = await purgeAuditEvents(db.pool, { cutoff: daysAgo(180), retentionDays: 180, actorStaffNo: 'A0001' });
    expect(summary).toMatchObject({ purged: 5, lastPurgedId: before[4] });
    const after = await auditIds(db.pool);
    expect(after.slice(0, 2)).toEqual(before.slice(5));
    expect(after).toHaveLength(3);
    const [purge] = (await queryAuditEvents(db.pool, { action: 'audit.purge', limit: 5 })).events;
    expect(purge).toMatchObject({
      actorStaffNo: 'A0001',
      details: { purged: 5, lastPurgedId: before[4]!.toString(), lastPurgedHash: summary.lastPurgedHash, retentionDays: 180 },
    });
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 3 });
  });

  it('a later purge that finds nothing keeps the earlier anchor; one that removes more moves it', async () => {
    await purgeAuditEvents(db.pool, { cutoff: daysAgo(300), retentionDays: 180, actorStaffNo: null });
    expect(await purgeAuditEvents(db.pool, { cutoff: daysAgo(300), retentionDays: 180, actorStaffNo: null })).toMatchObject({
      purged: 0,
      lastPurgedHash: null,
    });
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 6 });
    await appendAuditEvents(db.pool, [anAuditEvent()]);
    await purgeAuditEvents(db.pool, { cutoff: daysAgo(180), retentionDays: 180, actorStaffNo: null });
    // Left: the two recent events, the two earlier purge events (recorded now), the new event, the last purge.
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, events: 6 });
  });

  it('refuses a cutoff inside the retention period and deletes nothing', async () => {
    await expect(purgeAuditEvents(db.pool, { cutoff: daysAgo(179), retentionDays: 180, actorStaffNo: null })).rejects.toThrow(
      /audit events are kept 180 days/,
    );
    await expect(purgeAuditEvents(db.pool, { cutoff: daysAgo(300), retentionDays: 365, actorStaffNo: null })).rejects.toThrow(
      /kept 365 days/,
    );
    expect(await auditIds(db.pool)).toHaveLength(7);
  });

  it('a forged purge anchor does not pass: the purge event is itself in the chain', async () => {
    await purgeAuditEvents(db.pool, { cutoff: daysAgo(180), retentionDays: 180, actorStaffNo: null });
    await asTamperer(db.pool, "UPDATE audit_event SET details = jsonb_set(details, '{lastPurgedHash}', '\"x\"') WHERE action = 'audit.purge'");
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, events: 0 });
  });
});

describe('queryAuditEvents: filters and keyset pages, newest first', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await appendAuditEvents(db.pool, [
      anAuditEvent({ actorStaffNo: 'S1', customerIds: [1n, 2n, 3n], action: 'GET /api/customers' }),
      anAuditEvent({ actorStaffNo: 'S2', customerIds: [2n], action: 'customer.show-in-full', fieldsInFull: ['phone'], reason: 'r' }),
      anAuditEvent({ actorStaffNo: 'S1', customerIds: [3n], action: 'GET /api/customers/:id', result: 'DENIED' }),
    ]);
    await appendAuditEvents(db.pool, [anAuditEvent({ actorStaffNo: 'S3', customerIds: [2n] })], { at: daysAgo(30) });
  });
  afterAll(() => db.drop());

  const actions = async (query: Parameters<typeof queryAuditEvents>[1]) =>
    (await queryAuditEvents(db.pool, query)).events.map((event) => `${event.actorStaffNo}:${event.action}`);

  it.each([
    ['by staff', { staffNo: 'S1' }, ['S1:GET /api/customers/:id', 'S1:GET /api/customers']],
    ['by customer (in a batched list too)', { customerId: 2n }, ['S3:GET /api/customers/:id', 'S2:customer.show-in-full', 'S1:GET /api/customers']],
    ['by action', { action: 'customer.show-in-full' }, ['S2:customer.show-in-full']],
    ['by customer and staff', { customerId: 2n, staffNo: 'S1' }, ['S1:GET /api/customers']],
    ['before a time', { to: daysAgo(1) }, ['S3:GET /api/customers/:id']],
    ['from a time, by customer', { from: daysAgo(1), customerId: 2n }, ['S2:customer.show-in-full', 'S1:GET /api/customers']],
    ['matching nothing', { staffNo: 'nobody' }, []],
  ] as const)('%s', async (_name, filter, expected) => {
    expect(await actions({ ...filter, limit: 50 })).toEqual(expected);
  });

  it('pages by cursor without repeating or skipping', async () => {
    const first = await queryAuditEvents(db.pool, { limit: 3 });
    expect(first.events).toHaveLength(3);
    expect(first.nextCursor).toBe(first.events[2]!.id);
    const second = await queryAuditEvents(db.pool, { limit: 3, cursor: first.nextCursor! });
    expect(second.events.map((event) => event.actorStaffNo)).toEqual(['S1']);
    expect(second.nextCursor).toBeNull();
    const all = [...first.events, ...second.events].map((event) => event.id);
    expect(all).toEqual([...all].sort((a, b) => (a > b ? -1 : 1)));
  });

  it.each([0, 1001, 2.5])('refuses the page size %s', async (limit) => {
    await expect(queryAuditEvents(db.pool, { limit })).rejects.toThrow(/page size/);
  });
});
