import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface DemoLogin {
  role: string;
  staffNo: string;
  name: string;
  password: string;
}

export interface DemoServer {
  baseUrl: string;
  logins: DemoLogin[];
  stop: () => Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Starts Guibin as a user would (`guibin start`, the built web app, a fresh home): on the embedded
 * engine, or — when a server URL is given (CI's second run) — in a database of its own on that
 * server. The first start loads the demo bank and prints one login per role. Used by the
 * end-to-end journeys and by the web benchmark.
 */
export async function startDemoServer(adminUrl: string | undefined = process.env.DATABASE_URL || undefined): Promise<DemoServer> {
  const built = spawnSync(process.execPath, [path.join(ROOT, 'packages/web/scripts/ensure-built.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the web app could not be built');

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-demo-'));
  // As root, the embedded engine runs as its own user, which must reach its data directory inside.
  fs.chmodSync(home, 0o755);
  const database = await ownDatabase(adminUrl);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, GUIBIN_HOME: home, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database?.url ?? '',
    // Every journey logs in through the login page, far more often than a person would.
    GUIBIN_LOGIN_RATE_LIMIT: '1000',
  };
  delete env.GUIBIN_SEARCH_KEY; // the server keeps its own key in its home, as a real install does
  const server = spawn(process.execPath, [path.join(ROOT, 'packages/server/bin/guibin.mjs'), 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = path.join(home, 'server.log');
  const log = fs.createWriteStream(logFile);
  server.stdout.pipe(log);
  server.stderr.pipe(log);

  const stop = async () => {
    await stopServer(server);
    await database?.drop();
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForLine(server, /Guibin is running at /, 540_000);
  } catch (error) {
    const output = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output (end) ---\n${output}`);
  }
  return { baseUrl: `http://127.0.0.1:${port}`, logins: readDemoLogins(path.join(home, 'demo-logins.txt')), stop };
}

function readDemoLogins(file: string): DemoLogin[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [role, staffNo, name, password] = line.split('\t') as [string, string, string, string];
      return { role, staffNo, name, password };
    });
}

async function ownDatabase(adminUrl: string | undefined): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  if (!adminUrl) return undefined;
  const name = `guibin_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-10_000);
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before it was ready`));
    });
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
