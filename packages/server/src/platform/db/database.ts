import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbeddedEngine } from './embedded-engine.ts';
import { migrate } from './migrate.ts';

// int8 (bigint) values are money in cents and row ids: parse them to bigint, never to float.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => BigInt(value));
// Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface Database {
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts (or attaches to) the embedded engine; migrates. */
export async function openDatabase(config: Config, options: { log?: (line: string) => void } = {}): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedEngine(config.home, options.log);
  const url = config.databaseUrl ?? embedded!.url;
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle client whose server went away (the engine stopping at exit) must not crash the process.
  pool.on('error', (error) => options.log?.(`database connection lost: ${error.message}`));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  return {
    pool,
    url,
    embedded: embedded !== undefined,
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}
