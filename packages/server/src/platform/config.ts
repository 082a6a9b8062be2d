import path from 'node:path';

/** Runtime settings, read once from the environment. */
export interface Config {
  /** A PostgreSQL server to use; when absent an embedded engine is started under `home`. */
  databaseUrl: string | undefined;
  /** Where the embedded engine keeps its data and the demo feed lives (GUIBIN_HOME). */
  home: string;
  port: number;
  host: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // Relative to where the user ran npm/npx (INIT_CWD), not to the workspace npm switched into,
    // so that `npm start` and `npx guibin …` from the repository root share one embedded engine.
    home: path.resolve(env.INIT_CWD ?? process.cwd(), env.GUIBIN_HOME || '.guibin'),
    port: env.PORT ? Number.parseInt(env.PORT, 10) : 3000,
    host: env.HOST || '127.0.0.1',
  };
}
