import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { listMigrations, migrate } from './migrate.ts';

describe('migrate', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('has applied every migration to the template, and a second run applies none', async () => {
    const applied = await db.pool.query('SELECT version FROM schema_migration ORDER BY version');
    expect(applied.rows.map((row) => row.version)).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(db.pool)).toBe(0);
  });

  it('refuses a migration whose text changed after it was applied', async () => {
    const changed = listMigrations().map((m, index) => (index === 0 ? { ...m, checksum: 'different' } : m));
    await expect(migrate(db.pool, changed)).rejects.toThrow(/was changed after it was applied/);
  });
});
