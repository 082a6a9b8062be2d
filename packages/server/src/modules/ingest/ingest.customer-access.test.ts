import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberHash, phoneHash } from '../../platform/access/search-key.ts';
import { databaseDigest } from '../../test-support/database-digest.ts';
import { aFeed } from '../../test-support/feed-builder.ts';
import { testSearchKey } from '../../test-support/search-key.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { formatFeedError } from './feed-errors.ts';
import { importFeed } from './ingest.service.ts';

/** What the customer APIs read from the import: keyed search hashes and maintainer relations. */
let db: TestDatabase;
const load = (dir: string) => importFeed(db.pool, { dir, searchKey: testSearchKey });
/** Staff beyond the builder's S0001 (outlet head) and S0002 (RM), with the optional status column. */
function staffDelivery(leaverStatus: 'ACTIVE' | 'LEFT') {
  const feed = aFeed().only('staff.csv');
  feed.files.set('staff.csv', [
    'staff_no,name,role,org_code,phone,status',
    'S0003,赵敏,WEALTH_ADVISOR,O1,,',
    'S0004,钱多,TELLER,O1,,',
    'S0005,孙立,RELATIONSHIP_MANAGER,O2,,',
    `S0006,周离,RELATIONSHIP_MANAGER,O1,,${leaverStatus}`,
  ]);
  return feed;
}
const customerWith = async (column: 'phone_hash' | 'id_no_hash', hash: Buffer) =>
  (await db.pool.query(`SELECT customer_no FROM customer WHERE ${column} = $1 ORDER BY 1`, [hash])).rows.map((row) => row.customer_no as string);
const relations = async () =>
  (
    await db.pool.query(`SELECT c.customer_no, m.staff_no AS maintainer, a.staff_no AS advisor, r.source, r.since
       FROM customer_maintainer r JOIN customer c ON c.id = r.customer_id JOIN staff m ON m.id = r.maintainer_staff_id
       LEFT JOIN staff a ON a.id = r.advisor_staff_id ORDER BY 1`)
  ).rows;

const customerIndexes = async () =>
  (await db.pool.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'customer' ORDER BY indexname`)).rows.map((row) => row.indexdef as string);
let indexesBefore: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  indexesBefore = await customerIndexes();
  const first = aFeed().withDays('2026-01-01', 1).setField('customers.csv', 3, 'phone', '');
  for (const n of [3, 4, 5, 6, 7]) first.addLine('customers.csv', `C${n},客户${n},PASSPORT,E0000000${n},F,,,,OTHER,O1,2020-01-01`);
  expect((await load(first.write())).errors).toEqual([]);
  expect((await load(staffDelivery('LEFT').write())).errors).toEqual([]);
});
afterAll(() => db.drop());

describe('keyed search hashes', () => {
  it('leaves the customer table with the indexes it had (a first load builds them after the rows)', async () => {
    expect(await customerIndexes()).toEqual(indexesBefore);
    expect(indexesBefore.some((definition) => definition.includes('(phone_hash)'))).toBe(true);
  });

  it('finds a customer by the hash of any spelling of their phone or ID number, never an empty phone', async () => {
    for (const variant of ['13900000001', '+86 139-0000-0001', '0086 139 0000 0001']) {
      expect(await customerWith('phone_hash', phoneHash(testSearchKey, variant))).toEqual(['C1']);
    }
    expect(await customerWith('id_no_hash', idNumberHash(testSearchKey, 'e12345678'))).toEqual(['C2']);
    expect(await customerWith('id_no_hash', idNumberHash(testSearchKey, '110101 199003070011'))).toEqual(['C1']);
    const c2 = await db.pool.query(`SELECT phone_hash FROM customer WHERE customer_no = 'C2'`);
    expect(c2.rows[0].phone_hash).toBeNull();
  });

  it('follows a changed phone in a later delivery', async () => {
    const changed = aFeed().only('customers.csv').setField('customers.csv', 2, 'phone', '13711112222').setField('customers.csv', 3, 'phone', '');
    expect((await load(changed.write())).status).toBe('APPLIED');
    expect(await customerWith('phone_hash', phoneHash(testSearchKey, '13900000001'))).toEqual([]);
    expect(await customerWith('phone_hash', phoneHash(testSearchKey, '137 1111 2222'))).toEqual(['C1']);
  });

  it('gives customers stored without hashes theirs at the next import, whatever it delivers', async () => {
    await db.pool.query(`UPDATE customer SET phone_hash = NULL, id_no_hash = NULL WHERE customer_no = 'C1'`);
    expect((await load(aFeed().only().withMaintainers('C1,S0002,').write())).status).toBe('APPLIED');
    expect(await customerWith('phone_hash', phoneHash(testSearchKey, '13711112222'))).toEqual(['C1']);
  });
});

describe('maintainers.csv', () => {
  it('refuses every bad relation, located, and applies nothing', async () => {
    const before = await databaseDigest(db.pool);
    const bad = aFeed().only().withMaintainers(
      'C1,S0004,', // a teller may maintain (small customers, DOMAIN.md §1)
      'C9,S0002,',
      'C2,S0099,',
      'C1,S0002,',
      'C3,S0003,',
      'C4,S0002,S0005',
      'C5,S0006,',
      'C6,S0002,S0002',
    );
    const result = await load(bad.write());
    expect(result.status).toBe('REJECTED');
    expect(result.errors.map(formatFeedError)).toEqual([
      'maintainers.csv:3: customer_no: unknown customer "C9"',
      'maintainers.csv:4: maintainer_staff_no: unknown staff "S0099"',
      'maintainers.csv:5: customer_no: duplicate customer_no "C1" (first on line 2)',
      'maintainers.csv:6: maintainer_staff_no: staff "S0003" is a WEALTH_ADVISOR: a maintainer must be one of RELATIONSHIP_MANAGER, OUTLET_HEAD, SUB_BRANCH_HEAD, LOBBY_MANAGER, TELLER',
      'maintainers.csv:7: advisor_staff_no: staff "S0005" is a RELATIONSHIP_MANAGER: an advisor must be a WEALTH_ADVISOR',
      'maintainers.csv:8: maintainer_staff_no: staff "S0006" has left (status LEFT): give the customer to an active staff member',
      'maintainers.csv:9: advisor_staff_no: "S0002" is the maintainer too',
    ]);
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it('upserts by customer; a later file replaces the relations it lists and keeps the others', async () => {
    const first = await load(aFeed().only().withMaintainers('C1,S0002,S0003', 'C2,S0005,').write());
    expect(first.applied?.maintainers).toBe(2);
    const before = await relations();
    expect(before.map((r) => [r.customer_no, r.maintainer, r.advisor, r.source])).toEqual([
      ['C1', 'S0002', 'S0003', 'FEED'],
      ['C2', 'S0005', null, 'FEED'],
    ]);
    // C1 loses its advisor (the maintainer, and so `since`, stays); C2 is not listed.
    const second = await load(aFeed().only().withMaintainers('C1,S0002,').write());
    expect(second.applied?.maintainers).toBe(1);
    const after = await relations();
    expect(after.map((r) => [r.customer_no, r.maintainer, r.advisor])).toEqual([
      ['C1', 'S0002', null],
      ['C2', 'S0005', null],
    ]);
    expect(after[0].since).toEqual(before[0].since);
  });

  it('keeps the relation of a maintainer who LEFT until it is reallocated', async () => {
    expect((await load(staffDelivery('ACTIVE').write())).status).toBe('APPLIED');
    expect((await load(aFeed().only().withMaintainers('C3,S0006,').write())).status).toBe('APPLIED');
    expect((await load(staffDelivery('LEFT').write())).status).toBe('APPLIED');
    expect((await relations()).find((r) => r.customer_no === 'C3')?.maintainer).toBe('S0006');
  });
});
