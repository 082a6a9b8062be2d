import pg from 'pg';

export type Queryable = pg.Pool | pg.PoolClient;

/**
 * Runs `work` in a transaction of its own on a pool (one client, rolled back on any error), or
 * inside the caller's transaction when given a client. `begin` may set the isolation level.
 */
export async function inTransaction<T>(db: Queryable, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  if (!(db instanceof pg.Pool)) return work(db);
  const client = await db.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
