/**
 * Statements run with a generic plan: prepared once per connection and planned once, not at
 * every run. For hot statements whose plan does not depend on their values — the joins are fixed
 * by MATERIALIZED CTEs — and whose planning costs more than running them: today's contact list
 * spent about 2 ms planning and 3 ms running (docs/performance.md).
 *
 * PostgreSQL keeps custom plans for a prepared statement as long as its estimate of the generic
 * plan is not lower than theirs, which for these statements it never is; the setting that forces
 * the generic plan is set for the statement's own transaction only (SET LOCAL), so no other
 * statement on the pooled connection is planned differently.
 */
import crypto from 'node:crypto';
import type pg from 'pg';

/** Prepared-statement names by text; the texts are a handful (one per statement and scope kind). */
const names = new Map<string, string>();
const MAX_NAMES = 1000;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    // A text that varied without bound would prepare statement after statement on every connection.
    if (names.size >= MAX_NAMES) throw new Error('queryWithGenericPlan: over 1000 distinct statements; put the values that vary in parameters');
    name = `generic_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** Runs one read-only statement with its generic plan, in a transaction of its own on a pooled connection. */
export async function queryWithGenericPlan<R extends pg.QueryResultRow = pg.QueryResultRow>(
  pool: Pick<pg.Pool, 'connect'>,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult<R>> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN READ ONLY; SET LOCAL plan_cache_mode = force_generic_plan');
    const result = await client.query<R>({ name: statementName(text), text, values });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection that cannot even roll back is closed rather than handed to the next caller.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
