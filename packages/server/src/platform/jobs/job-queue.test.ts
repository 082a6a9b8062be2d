import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { sendJob, startJobs } from './job-queue.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

/** pg-boss's connections to the database; a closed connection's backend leaves the list a moment after the client, so wait for it (up to 5 s). */
async function bossConnections(): Promise<number> {
  let n = -1;
  for (let attempt = 0; attempt < 50 && n !== 0; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pgboss'`);
    n = rows[0].n;
  }
  return n;
}

describe('jobs (pg-boss in the bank database)', () => {
  it('creates its schema in a database cloned from the migrated template, works a job, and stops cleanly', async () => {
    const seen: object[] = [];
    let done: () => void = () => {};
    const worked = new Promise<void>((resolve) => (done = resolve));
    const jobs = await startJobs({
      url: db.url,
      pollingIntervalSeconds: 0.5,
      workers: [{ queue: { name: 'test.echo' }, handle: async (data: object) => { seen.push(data); done(); } }],
    });
    try {
      expect(await jobs.send('test.echo', { date: '2026-10-01' })).toEqual(expect.any(String));
      await worked;
      expect(seen).toEqual([{ date: '2026-10-01' }]);
      const schema = await db.pool.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'pgboss'`);
      expect(schema.rows).toHaveLength(1);
    } finally {
      await jobs.stop();
    }
    expect(await bossConnections()).toBe(0);
    // Stopping twice is harmless (the server stops on close and on signals).
    await jobs.stop();
  });

  it('keeps one waiting job per singleton key on a short queue; a sender stops without working anything', async () => {
    const queue = { name: 'test.waiting', policy: 'short' } as const;
    const first = await sendJob(db.url, queue, { date: '2026-10-01' }, { singletonKey: '2026-10-01' });
    const second = await sendJob(db.url, queue, { date: '2026-10-01' }, { singletonKey: '2026-10-01' });
    const other = await sendJob(db.url, queue, { date: '2026-10-02' }, { singletonKey: '2026-10-02' });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    expect(other).toEqual(expect.any(String));
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.waiting' AND state = 'created'`);
    expect(rows[0].n).toBe(2);
    expect(await bossConnections()).toBe(0);
  });
});
