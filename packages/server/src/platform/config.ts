import path from 'node:path';

/** Runtime settings, read once from the environment. */
export interface Config {
  /** A PostgreSQL server to use; when absent an embedded engine is started under `home`. */
  databaseUrl: string | undefined;
  /** Where the embedded engine keeps its data and the demo feed lives (GUIBIN_HOME). */
  home: string;
  port: number;
  host: string;
  /**
   * Login attempts per minute per client IP (GUIBIN_LOGIN_RATE_LIMIT, default 10). Raise it where
   * many staff reach the server through one address (an outlet behind NAT).
   */
  loginAttemptsPerMinute: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // Relative to where the user ran npm/npx (INIT_CWD), not to the workspace npm switched into,
    // so that `npm start` and `npx guibin …` from the repository root share one embedded engine.
    home: path.resolve(env.INIT_CWD ?? process.cwd(), env.GUIBIN_HOME || '.guibin'),
    port: env.PORT ? Number.parseInt(env.PORT, 10) : 3000,
    host: env.HOST || '127.0.0.1',
    loginAttemptsPerMinute: positiveInteger(env, 'GUIBIN_LOGIN_RATE_LIMIT', 10),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^[1-9]\d{0,6}$/.test(text)) throw new Error(`${name}=${text}: expected a whole number from 1 to 9999999`);
  return Number(text);
}
