import type pg from 'pg';

/**
 * What must be re-derived when a closed day is corrected: every tier evaluation whose window
 * holds that day, and the months after it (the service-tier chain). Wired here so that ingest
 * does not depend on tiers.
 */
export async function rederiveAfterCorrection(client: pg.PoolClient, fromDay: string): Promise<void> {
  void client;
  void fromDay;
}
