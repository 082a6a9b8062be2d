import type pg from 'pg';
import type { SearchKey } from '../access/search-key.ts';
import type { AuditWriter } from '../audit/audit-writer.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

/** What every API route plugin gets from buildApp. */
export interface ApiContext {
  pool: pg.Pool;
  audit: AuditWriter;
  /** For exact search on phone and ID numbers (platform/access/search-key.ts). */
  searchKey: SearchKey;
  /** Where background jobs are sent (platform/jobs); absent when the app runs without workers (tests, benches). */
  jobs?: JobQueue;
}
