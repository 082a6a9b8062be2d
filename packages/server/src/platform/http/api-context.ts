import type pg from 'pg';
import type { SearchKey } from '../access/search-key.ts';
import type { AuditWriter } from '../audit/audit-writer.ts';

/** What every API route plugin gets from buildApp. */
export interface ApiContext {
  pool: pg.Pool;
  audit: AuditWriter;
  /** For exact search on phone and ID numbers (platform/access/search-key.ts). */
  searchKey: SearchKey;
}
