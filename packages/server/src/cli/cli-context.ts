import { loadConfig } from '../platform/config.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors/domain-error.ts';

/** Opens the database (DATABASE_URL or the embedded engine at GUIBIN_HOME), runs, closes. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Runs a command action: prints a clear message and exits non-zero on any failure. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await run(...args);
      process.exitCode = code ?? 0;
    } catch (error) {
      if (error instanceof DomainError) {
        process.stderr.write(`error: ${error.message}\n`);
      } else {
        process.stderr.write(`error: ${(error as Error).message ?? String(error)}\n`);
        if (process.env.GUIBIN_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
      }
      process.exitCode = 1;
    }
  };
}
