/**
 * The retention purge: the only way audit events leave the table. docs/audit.md.
 */
import { checkPurgeCutoff } from './audit.rules.ts';
import { appendAuditEvents, inTransaction, lockChainHead, type Queryable } from './audit-chain.store.ts';

export interface PurgeOptions {
  cutoff: Date;
  retentionDays: number;
  /** Who ran it (a staff number), or null for the system's scheduled purge. */
  actorStaffNo: string | null;
  /** Who started it outside the application (the operating-system user of the CLI), kept in details. */
  ranBy?: string;
  now?: Date;
}

export interface PurgeSummary {
  purged: number;
  lastPurgedId: bigint | null;
  lastPurgedHash: string | null;
}

/**
 * Deletes the events before the cutoff (refusing one inside the retention period) and records an
 * 'audit.purge' event carrying the count and the hash of the last purged event: the anchor the
 * first kept event links to, from which verify starts. Both happen in one transaction that holds
 * the chain head lock, so no append can slip between the delete and its record.
 */
export async function purgeAuditEvents(db: Queryable, options: PurgeOptions): Promise<PurgeSummary> {
  checkPurgeCutoff(options.cutoff, options.now ?? new Date(), options.retentionDays);
  return inTransaction(db, async (client) => {
    await lockChainHead(client);
    const { rows } = await client.query<{ purged: string; last_id: string | null; last_hash: string | null }>(
      'SELECT purged::text AS purged, last_id::text AS last_id, last_hash FROM audit_purge_before($1)',
      [options.cutoff.toISOString()],
    );
    const row = rows[0]!;
    const summary: PurgeSummary = {
      purged: Number(row.purged),
      lastPurgedId: row.last_id === null ? null : BigInt(row.last_id),
      lastPurgedHash: row.last_hash,
    };
    await appendAuditEvents(client, [
      {
        actorStaffNo: options.actorStaffNo,
        actorRole: options.actorStaffNo === null ? 'SYSTEM' : null,
        sourceIp: null,
        action: 'audit.purge',
        result: 'ALLOWED',
        details: {
          cutoff: options.cutoff.toISOString(),
          retentionDays: options.retentionDays,
          purged: summary.purged,
          lastPurgedId: summary.lastPurgedId?.toString() ?? null,
          lastPurgedHash: summary.lastPurgedHash,
          ...(options.ranBy === undefined ? {} : { ranBy: options.ranBy }),
        },
      },
    ]);
    return summary;
  });
}
