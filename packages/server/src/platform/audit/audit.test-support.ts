/** Helpers for the audit tests: event builders and superuser tampering. */
import type pg from 'pg';
import type { AuditEventInput } from './audit.rules.ts';

let counter = 0;

export function anAuditEvent(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  counter += 1;
  return {
    actorStaffNo: 'S0001',
    actorRole: 'RM',
    sourceIp: '10.1.2.3',
    action: 'GET /api/customers/:id',
    customerIds: [BigInt(counter)],
    result: 'ALLOWED',
    details: { sequence: counter },
    ...overrides,
  };
}

/** What only a superuser can do: change the table with its append-only trigger switched off. */
export async function asTamperer(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_event DISABLE TRIGGER ALL');
    await client.query(sql, params);
    await client.query('ALTER TABLE audit_event ENABLE TRIGGER ALL');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Empties the trail (and its head) so that each test starts a new chain. */
export async function resetAuditTrail(pool: pg.Pool): Promise<void> {
  await asTamperer(pool, 'DELETE FROM audit_event');
  await pool.query('UPDATE audit_chain_head SET last_id = NULL, last_hash = NULL');
}

export async function auditIds(pool: pg.Pool): Promise<bigint[]> {
  const { rows } = await pool.query<{ id: string }>('SELECT id::text AS id FROM audit_event ORDER BY audit_event.id');
  return rows.map((row) => BigInt(row.id));
}
