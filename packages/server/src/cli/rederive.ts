import type pg from 'pg';
import { reevaluateFrom } from '../modules/tiers/tiers.service.ts';

/**
 * What must be re-derived when a closed day is corrected: every tier evaluation whose window
 * holds that day, and the months after it (the service-tier chain), inside the import's
 * transaction. Wired here so that ingest does not depend on tiers.
 */
export async function rederiveAfterCorrection(client: pg.PoolClient, fromDay: string): Promise<void> {
  await reevaluateFrom(client, { fromMonth: fromDay.slice(0, 7), actor: 'system:correction' });
}
