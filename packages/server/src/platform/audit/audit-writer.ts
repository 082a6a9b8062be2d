/**
 * How request handlers record audit events (issue 4 "Audit": every read of customer data writes
 * one row, every write one). `record` resolves once the event is committed: a read whose audit
 * row cannot be written is not served.
 *
 * Group commit (docs/audit.md): every append locks the one chain head row, so appends are serial
 * whatever the pool size, and one transaction per request would cap the whole API at one commit
 * (one WAL flush) per request. Instead one flush runs at a time; records that arrive meanwhile
 * queue up and the next flush appends them all in one transaction, so the commit cost is shared
 * and the batch grows with the load by itself — no timer, no added latency when idle.
 */
import type pg from 'pg';
import { DomainError } from '../errors/domain-error.ts';
import { appendAuditEvents } from './audit-chain.store.ts';
import { normalizeAuditEvent, type AuditEventInput } from './audit.rules.ts';

export interface AuditWriter {
  /** Resolves when the events are committed to the chain; rejects if they could not be. */
  record(...events: AuditEventInput[]): Promise<void>;
  /** Waits for pending events; later records are refused. */
  close(): Promise<void>;
}

export interface AuditWriterOptions {
  /**
   * The most events appended in one transaction. A record is never split: one with more events
   * than this is appended alone. Bounds the size of one INSERT and of what one failure rejects.
   */
  maxBatch?: number;
}

export const DEFAULT_MAX_BATCH = 500;

interface Waiter {
  events: AuditEventInput[];
  resolve(): void;
  reject(error: unknown): void;
}

// The checks of an event do not depend on its id or time: any will do for checking in advance.
const CHECK_ID = 0n;
const CHECK_TIME = '1970-01-01T00:00:00.000Z';

export function createAuditWriter(pool: pg.Pool, options: AuditWriterOptions = {}): AuditWriter {
  const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatch must be a positive whole number, got ${maxBatch}`);
  const queue: Waiter[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = takeBatch(queue, maxBatch);
      try {
        // Arrival order is chain order: the queue is first in, first out, and so is the batch.
        await appendAuditEvents(pool, batch.flatMap((waiter) => waiter.events));
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        // Fail closed: nobody in this batch is told their event was kept. Later batches go on.
        for (const waiter of batch) waiter.reject(error);
      }
    }
    flushing = null;
  }

  return {
    record(...events) {
      if (closed) return Promise.reject(new DomainError('AUDIT_WRITER_CLOSED', 'the audit writer is closed: no more events are recorded'));
      if (events.length === 0) return Promise.resolve();
      try {
        // An event that cannot be stored is refused alone, before it can fail the batch it would join.
        for (const event of events) {
          normalizeAuditEvent(event, CHECK_ID, CHECK_TIME);
          if (hasLoneSurrogate(event)) throw new DomainError('AUDIT_EVENT_INVALID', 'audit text may not contain a lone surrogate', { action: event.action });
        }
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<void>((resolve, reject) => {
        queue.push({ events, resolve, reject });
        // Started on a microtask, so that the records made in the same tick share the first flush.
        flushing ??= Promise.resolve().then(drain);
      });
    },
    async close() {
      closed = true;
      while (flushing) await flushing;
    },
  };
}

/** Whole records from the head of the queue, up to maxBatch events (at least one record). */
function takeBatch(queue: Waiter[], maxBatch: number): Waiter[] {
  let count = queue[0]!.events.length;
  let size = 1;
  while (size < queue.length && count + queue[size]!.events.length <= maxBatch) {
    count += queue[size]!.events.length;
    size += 1;
  }
  return queue.splice(0, size);
}

/**
 * PostgreSQL's jsonb refuses a lone UTF-16 surrogate (which JSON.stringify escapes as \udXXX),
 * so such text — a reason typed by a caller, say — would fail the INSERT of everyone's batch.
 * With the `u` flag, \p{Cs} matches only surrogates that are not part of a pair.
 */
const LONE_SURROGATE = /\p{Cs}/u;

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(item));
  return false;
}
