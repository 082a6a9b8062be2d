import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { databaseDigest } from '../../test-support/database-digest.ts';
import { aFeed } from '../../test-support/feed-builder.ts';
import { testSearchKey } from '../../test-support/search-key.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { printImportResult } from '../../cli/import-commands.ts';
import { formatFeedError } from './feed-errors.ts';
import { readRun } from './import-runs.service.ts';
import { importFeed } from './ingest.service.ts';

/**
 * maintainers.csv after go-live (docs/decisions/0006-maintainer-relations-and-admission-effect.md): a
 * relation made in the app is the record and the feed does not overwrite it; feed relations apply
 * idempotently; a relation across outlets is refused as a located row error, except the
 * sub-branch head directly above the customer's home outlet.
 */
let db: TestDatabase;
const load = (dir: string) => importFeed(db.pool, { dir, searchKey: testSearchKey });
const noAudit: AuditWriter = { record: async () => {}, close: async () => {} } as unknown as AuditWriter;

const relation = async (customerNo: string) =>
  (
    await db.pool.query(
      `SELECT m.staff_no AS maintainer, a.staff_no AS advisor, r.source FROM customer_maintainer r JOIN customer c ON c.id = r.customer_id
       JOIN staff m ON m.id = r.maintainer_staff_id LEFT JOIN staff a ON a.id = r.advisor_staff_id WHERE c.customer_no = $1`,
      [customerNo],
    )
  ).rows[0];
/** Every stored relation and history row, as they are. */
const relationTables = async () => ({
  relations: (await db.pool.query('SELECT * FROM customer_maintainer ORDER BY customer_id')).rows,
  history: (await db.pool.query('SELECT * FROM customer_maintainer_history ORDER BY id')).rows,
});
const historyCount = async () => (await db.pool.query('SELECT count(*)::int AS n FROM customer_maintainer_history')).rows[0].n as number;

/** What allocation writes when a head reassigns a customer in the app (allocation.store.ts writeChanges): the relation and its MANUAL history row. */
async function reassignInApp(customerNo: string, staffNo: string) {
  await db.pool.query(
    `WITH target AS (SELECT c.id AS customer_id, s.id AS staff_id FROM customer c, staff s WHERE c.customer_no = $1 AND s.staff_no = $2),
     old AS (SELECT r.customer_id, r.maintainer_staff_id, r.advisor_staff_id FROM customer_maintainer r JOIN target t USING (customer_id)),
     written AS (
       INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, source) SELECT customer_id, staff_id, 'ALLOCATION' FROM target
       ON CONFLICT (customer_id) DO UPDATE SET maintainer_staff_id = excluded.maintainer_staff_id, advisor_staff_id = NULL, source = 'ALLOCATION')
     INSERT INTO customer_maintainer_history (customer_id, from_maintainer_staff_id, to_maintainer_staff_id, from_advisor_staff_id, reason, changed_by)
     SELECT t.customer_id, o.maintainer_staff_id, t.staff_id, o.advisor_staff_id, 'MANUAL', 'S0001' FROM target t LEFT JOIN old o USING (customer_id)`,
    [customerNo, staffNo],
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  // O1 and O2 under sub-branch S1; O3 under sub-branch S2. C1 and C3 at O1, C2 at O2.
  const first = aFeed().withDays('2026-01-01', 1);
  first.addLine('orgs.csv', 'S2,第二支行,SUB_BRANCH,BR1').addLine('orgs.csv', 'O3,第三网点,OUTLET,S2');
  first
    .addLine('staff.csv', 'S0003,赵敏,WEALTH_ADVISOR,O1,')
    .addLine('staff.csv', 'S0005,孙立,RELATIONSHIP_MANAGER,O2,')
    .addLine('staff.csv', 'S0007,周行,SUB_BRANCH_HEAD,S1,')
    .addLine('staff.csv', 'S0008,吴行,SUB_BRANCH_HEAD,S2,')
    .addLine('staff.csv', 'S0009,郑敏,WEALTH_ADVISOR,O2,')
    .addLine('staff.csv', 'S0010,冯强,RELATIONSHIP_MANAGER,O1,');
  first.addLine('customers.csv', 'C3,客户3,PASSPORT,E00000003,F,,,,OTHER,O1,2020-01-01');
  first.withMaintainers('C1,S0002,S0003', 'C2,S0005,', 'C3,S0002,');
  const result = await load(first.write());
  expect(result.errors.map(formatFeedError)).toEqual([]);
  expect(result.applied?.maintainers).toBe(3);
});
afterAll(() => db.drop());

describe('a relation made in the app is the record', () => {
  it('keeps it, applies the feed to the others, and counts the rows kept in the run, the API and the CLI output', async () => {
    await reassignInApp('C1', 'S0010');
    const before = await historyCount();
    const result = await load(aFeed().only().withMaintainers('C1,S0002,', 'C3,S0010,').write());
    expect(result.status).toBe('APPLIED');
    expect(result.errors).toEqual([]);
    expect(result.applied).toMatchObject({ maintainers: 1, maintainersKeptInApp: 1 });
    // C1 keeps the in-app maintainer (and no advisor); C3, a feed relation, follows the file.
    expect(await relation('C1')).toEqual({ maintainer: 'S0010', advisor: null, source: 'ALLOCATION' });
    expect(await relation('C3')).toEqual({ maintainer: 'S0010', advisor: null, source: 'FEED' });
    expect(await historyCount()).toBe(before + 1);

    const detail = await readRun({ pool: db.pool, audit: noAudit }, { staffNo: 'ops' } as never, result.runId!, { page: 1, pageSize: 20 });
    expect(detail.applied).toMatchObject({ maintainers: 1, maintainersKeptInApp: 1 });
    const lines: string[] = [];
    printImportResult(result, (line) => lines.push(line));
    expect(lines).toContain('  maintainers.csv: 1 row(s) not applied: kept as in-app relations (made in the app, which is the record)');
  });

  it('keeps an unassignment made in the app too: the feed does not give the customer back', async () => {
    await db.pool.query(`DELETE FROM customer_maintainer WHERE customer_id = (SELECT id FROM customer WHERE customer_no = 'C3')`);
    await db.pool.query(
      `INSERT INTO customer_maintainer_history (customer_id, from_maintainer_staff_id, reason, changed_by)
       SELECT c.id, s.id, 'UNASSIGN', 'S0001' FROM customer c, staff s WHERE c.customer_no = 'C3' AND s.staff_no = 'S0010'`,
    );
    const result = await load(aFeed().only().withMaintainers('C3,S0002,').write());
    expect(result.applied).toMatchObject({ maintainers: 0, maintainersKeptInApp: 1 });
    expect(await relation('C3')).toBeUndefined();
  });
});

describe('feed relations', () => {
  it('apply idempotently: the same rows again change nothing and write no history', async () => {
    const rows = ['C2,S0005,S0009'];
    const first = await load(aFeed().only().withMaintainers(...rows).write());
    expect(first.applied).toMatchObject({ maintainers: 1, maintainersKeptInApp: 0 });
    const before = await relationTables();
    // The same file again is skipped by its checksum; the same rows with CRLF line ends are read and applied again.
    expect((await load(aFeed().only().withMaintainers(...rows).write())).status).toBe('NOTHING_TO_DO');
    const crlf = Buffer.from(['customer_no,maintainer_staff_no,advisor_staff_no', ...rows, ''].join('\r\n'));
    const again = await load(aFeed().only().write(undefined, { 'maintainers.csv': crlf }));
    expect(again.status).toBe('APPLIED');
    expect(again.applied).toMatchObject({ maintainers: 0, maintainersKeptInApp: 0 });
    expect(await relationTables()).toEqual(before);
    expect(await relation('C2')).toEqual({ maintainer: 'S0005', advisor: 'S0009', source: 'FEED' });
  });

  it('allow the sub-branch head directly above the home outlet', async () => {
    const result = await load(aFeed().only().withMaintainers('C2,S0007,S0009').write());
    expect(result.errors).toEqual([]);
    expect(await relation('C2')).toEqual({ maintainer: 'S0007', advisor: 'S0009', source: 'FEED' });
  });
});

describe('a relation across outlets', () => {
  it('is refused as file:line:field, and the file changes nothing', async () => {
    const before = await databaseDigest(db.pool);
    const result = await load(
      aFeed()
        .only()
        .withMaintainers(
          'C2,S0002,', // an RM of O1 for a customer of O2
          'C3,S0005,', // an RM of O2 for a customer of O1
          'C1,S0008,', // the head of another sub-branch
          'C2,S0005,S0003', // an advisor of O1 supporting a customer of O2
        )
        .write(),
    );
    expect(result.status).toBe('REJECTED');
    expect(result.errors.map(formatFeedError)).toEqual([
      `maintainers.csv:2: maintainer_staff_no: staff "S0002" (RELATIONSHIP_MANAGER) is at O1, not at the customer's home outlet O2`,
      `maintainers.csv:3: maintainer_staff_no: staff "S0005" (RELATIONSHIP_MANAGER) is at O2, not at the customer's home outlet O1`,
      `maintainers.csv:4: maintainer_staff_no: staff "S0008" (SUB_BRANCH_HEAD) is at S2, not at the customer's home outlet O1 nor the sub-branch S1 above it`,
      `maintainers.csv:5: customer_no: duplicate customer_no "C2" (first on line 2)`,
      `maintainers.csv:5: advisor_staff_no: staff "S0003" (WEALTH_ADVISOR) is at O1, not at the customer's home outlet O2`,
    ]);
    expect(await databaseDigest(db.pool)).toBe(before);
  });

  it('is judged against the home outlet and the staff org as delivered in the same import', async () => {
    // C3 moves to O2 in this delivery: S0005 (O2) may now maintain them, S0002 (O1) may not.
    const moved = aFeed().only('customers.csv');
    moved.files.set('customers.csv', [moved.lines('customers.csv')[0]!, 'C3,客户3,PASSPORT,E00000003,F,,,,OTHER,O2,2020-01-01']);
    moved.withMaintainers('C3,S0002,');
    expect((await load(moved.write())).errors.map(formatFeedError)).toEqual([
      `maintainers.csv:2: maintainer_staff_no: staff "S0002" (RELATIONSHIP_MANAGER) is at O1, not at the customer's home outlet O2`,
    ]);
  });
});
