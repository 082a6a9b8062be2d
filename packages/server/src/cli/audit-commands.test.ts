import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvents } from '../platform/audit/audit-chain.store.ts';
import { runGuibin } from '../test-support/run-guibin.ts';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

/** `guibin audit …` as an auditor runs it. */

describe('guibin audit', () => {
  let db: TestDatabase;
  const guibin = (...args: string[]) => runGuibin(db.url, args);
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('verifies an intact chain, lists it, and reports a tampered one with exit 1', async () => {
    await appendAuditEvents(db.pool, [
      { actorStaffNo: 'S0002', actorRole: 'RELATIONSHIP_MANAGER', sourceIp: '127.0.0.1', action: 'GET /api/customers/:id', customerIds: [7n], result: 'ALLOWED' },
      { actorStaffNo: 'S0002', actorRole: 'RELATIONSHIP_MANAGER', sourceIp: '127.0.0.1', action: 'GET /api/customers', customerIds: [7n, 8n], result: 'ALLOWED' },
    ]);
    const intact = guibin('audit', 'verify');
    expect(intact.code, intact.err).toBe(0);
    expect(intact.out).toContain('audit chain intact: 2 event(s)');
    expect(guibin('audit', 'list', '--staff', 'S0002').out).toContain('GET /api/customers/:id');

    await db.pool.query('ALTER TABLE audit_event DISABLE TRIGGER ALL');
    await db.pool.query(`UPDATE audit_event SET action = 'GET /api/elsewhere' WHERE action = 'GET /api/customers'`);
    await db.pool.query('ALTER TABLE audit_event ENABLE TRIGGER ALL');
    const broken = guibin('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out + broken.err).toMatch(/audit chain broken at event \d+/);
  });
});
