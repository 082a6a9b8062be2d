import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFeed } from '../../test-support/feed-builder.ts';
import { testSearchKey } from '../../test-support/search-key.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { importFeed } from '../ingest/ingest.service.ts';

/** maintainers.csv writes the relation's history too (migration 0012), so versions move with the feed. */
let db: TestDatabase;
const load = (dir: string) => importFeed(db.pool, { dir, searchKey: testSearchKey });
const history = async () =>
  (
    await db.pool.query(`SELECT c.customer_no, fm.staff_no AS from_m, tm.staff_no AS to_m, ta.staff_no AS to_a, h.reason, h.changed_by
       FROM customer_maintainer_history h JOIN customer c ON c.id = h.customer_id
       LEFT JOIN staff fm ON fm.id = h.from_maintainer_staff_id LEFT JOIN staff tm ON tm.id = h.to_maintainer_staff_id
       LEFT JOIN staff ta ON ta.id = h.to_advisor_staff_id ORDER BY h.id`)
  ).rows.map((row) => [row.customer_no, row.from_m, row.to_m, row.to_a, row.reason, row.changed_by]);

beforeAll(async () => {
  db = await createTestDatabase();
  expect((await load(aFeed().withDays('2026-01-01', 1).addLine('staff.csv', 'S0005,孙立,RELATIONSHIP_MANAGER,O2,').write())).errors).toEqual([]);
});
afterAll(() => db.drop());

describe('feed relations and their history', () => {
  it('records a first relation, a change of maintainer, and nothing for an unchanged one', async () => {
    expect((await load(aFeed().only().withMaintainers('C1,S0002,', 'C2,S0005,').write())).errors).toEqual([]);
    expect(await history()).toEqual([
      ['C1', null, 'S0002', null, 'FEED', 'feed'],
      ['C2', null, 'S0005', null, 'FEED', 'feed'],
    ]);
    expect((await load(aFeed().only().withMaintainers('C1,S0001,', 'C2,S0005,').write())).errors).toEqual([]);
    expect((await history()).slice(2)).toEqual([['C1', 'S0002', 'S0001', null, 'FEED', 'feed']]);
  });
});
