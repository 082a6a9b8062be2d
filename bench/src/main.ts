import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateBank } from '@guibin/datagen';
import { startEmbeddedEngine, startScratchEngine } from '../../packages/server/src/platform/db/embedded-engine.ts';
import { migrate } from '../../packages/server/src/platform/db/migrate.ts';
import { apiTable, runApiBenchmark, type ApiBenchResult } from './api-bench.ts';
import { runWebBenchmark, webTable } from './web-bench.ts';
import { allocationTable, runAllocationBenchmark, runAllocationDatabaseBenchmark } from './allocation-bench.ts';
import { contactTable, runContactBenchmark } from './contact-bench.ts';

/**
 * `npm run bench [-- --customers N] [--rounds R]`: the daily close of one day for a generated
 * bank (customers and accounts already loaded), against DuckDB computing the same per-customer
 * daily AUM from the same CSV files in the same rounds; the initial load; the monthly evaluation;
 * then the customer API under load (api-bench.ts). Every step runs in its own process (its peak
 * RSS is its own). Results: bench/results/.
 *
 * `npm run bench -- --only api`: the API benchmark alone, on a copy of a loaded, closed and
 * evaluated bank kept between runs (bench/README.md).
 *
 * `npm run bench -- --only web [--web-loads N]`: the staff web app's workbench in Chromium on the
 * demo bank (web-bench.ts); no bench bank needed.
 *
 * `npm run bench -- --only contact`: the day's contact detection and plan build on a copy of the
 * kept bench database (contact-bench.ts).
 *
 * `npm run bench -- --only allocation`: the allocation proposal for an outlet of 5,000 customers
 * and a sub-branch of 50,000, in memory and through the service on a scratch database
 * (allocation-bench.ts); no bench bank needed.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number.parseInt(args[index + 1] ?? '', 10) : fallback;
};
const textOption = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const customers = option('customers', 1_000_000);
const rounds = option('rounds', 3);
const only = textOption('only');
if (only !== undefined && only !== 'api' && only !== 'web' && only !== 'allocation' && only !== 'contact') {
  throw new Error(`--only ${only}: the steps that run alone are "api", "web", "allocation" and "contact"`);
}
const rebuild = args.includes('--rebuild');
const apiOptions = {
  connections: option('api-connections', 64),
  durationSeconds: option('api-duration', 10),
  warmupSeconds: option('api-warmup', 3),
  // The pool of the server (platform/db/database.ts openDatabase), for both servers.
  poolSize: option('api-pool', 8),
  filter: textOption('api-filter'),
  sessions: option('api-sessions', 1),
  variants: args.includes('--api-variants'),
  pacedFraction: Number.parseFloat(textOption('api-paced') ?? '0.5'),
  profileDir: textOption('api-profile'),
  databaseSettings: args.flatMap((arg, index) => (args[index - 1] === '--api-db-set' ? [arg] : [])),
};
const skipApi = args.includes('--no-api');
// The phone and ID-number hashes are keyed (platform/access/search-key.ts): the import, the
// evaluation and both API servers must share one key. A fixed key for the bench bank, never a
// bank's own.
process.env.GUIBIN_SEARCH_KEY ??= crypto.createHash('sha256').update('guibin bench bank search key').digest('base64');
// The last two days of a month: the close of the 30th rebuilds a month partition that already
// holds the 29th, and the month can be evaluated on its last day (POINT, see bench/README.md).
const FIRST_DAY = '2026-09-29';
const CLOSE_DAY = '2026-09-30';
const MONTH = '2026-09';
// Contact detection looks ahead from the day after the closed one (behaviour data from it).
const CONTACT_DATE = '2026-10-01';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const seconds = (ms: number) => Math.round(ms) / 1000;

interface StepResult { ms: number; maxRssMb: number; rows?: number; totalAumCents?: string; customersWithAum?: number }
function runStep(step: object): StepResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'step.ts'), JSON.stringify(step)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.toString().trim().split('\n').pop()!) as StepResult;
}

function cli(url: string, ...command: string[]): { ms: number; output: string } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, 'packages/server/bin/guibin.mjs'), ...command], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`guibin ${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { ms: Date.now() - started, output: result.stdout };
}

function layout(bankDir: string): { initial: string; day: string } {
  const initial = path.join(bankDir, '..', `${path.basename(bankDir)}-initial`);
  const day = path.join(bankDir, '..', `${path.basename(bankDir)}-day`);
  for (const dir of [initial, day]) fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ['fx', 'balances']) {
    fs.mkdirSync(path.join(initial, sub), { recursive: true });
    fs.mkdirSync(path.join(day, sub), { recursive: true });
    fs.linkSync(path.join(bankDir, sub, `${FIRST_DAY}.csv`), path.join(initial, sub, `${FIRST_DAY}.csv`));
    fs.linkSync(path.join(bankDir, sub, `${CLOSE_DAY}.csv`), path.join(day, sub, `${CLOSE_DAY}.csv`));
  }
  // Every reference file the generator writes (orgs, staff, products, customers, accounts, …).
  for (const file of fs.readdirSync(bankDir).filter((name) => name.endsWith('.csv'))) {
    fs.linkSync(path.join(bankDir, file), path.join(initial, file));
  }
  return { initial, day };
}

/** A digest of the sources that shape a file tree (non-test .ts and .sql files), to know when a cache is stale. */
function sourceDigest(...dirs: string[]): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|sql)$/.test(entry.name) && !/\.test(-support)?\.ts$/.test(entry.name)) {
        hash.update(path.relative(root, full)).update('\0').update(fs.readFileSync(full)).update('\0');
      }
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return hash.digest('hex').slice(0, 16);
}

const DATAGEN_SOURCES = ['packages/datagen/src'];
// What the kept API database depends on besides the bank's files: its schema. A change of the
// import that changes what it writes needs `--rebuild`.
const DATABASE_SOURCES = ['packages/server/src/platform/db/migrations'];

/** The generated bank in bench/.work/, generated again when the generator changed. */
async function ensureBank(work: string): Promise<{ bankDir: string; summary: { customers: number; accounts: number } }> {
  const bankDir = path.join(work, `bank-${customers}`);
  const stampFile = path.join(bankDir, '.complete');
  const source = sourceDigest(...DATAGEN_SOURCES);
  const stamp = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { source?: string }) : undefined;
  if (!stamp || stamp.source !== source) {
    log(`generating a bank of ${customers} customers (${FIRST_DAY}..${CLOSE_DAY})${stamp ? ': the generator changed' : ''}`);
    fs.rmSync(bankDir, { recursive: true, force: true });
    const summary = await generateBank({ seed: 42, customers, startDate: FIRST_DAY, endDate: CLOSE_DAY, outDir: bankDir });
    fs.writeFileSync(stampFile, JSON.stringify({ ...summary, source }));
  }
  const summary = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { customers: number; accounts: number };
  return { bankDir, summary };
}

const machine = () => ({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
});

const runApi = (url: string): Promise<ApiBenchResult> => runApiBenchmark({ url, ...apiOptions, log });

async function main() {
  if (only === 'web') return webOnly();
  if (only === 'allocation') return allocationOnly();
  const work = path.join(root, 'bench', '.work');
  const { bankDir, summary } = await ensureBank(work);
  const dirs = layout(bankDir);
  if (only === 'api') return apiOnly(work, dirs, summary);
  if (only === 'contact') return contactOnly(work, dirs, summary);
  const balanceRows = fs.readFileSync(path.join(bankDir, 'balances', `${CLOSE_DAY}.csv`), 'utf8').split('\n').length - 2;

  let stopEngine: (() => Promise<void>) | undefined;
  let adminUrl = process.env.DATABASE_URL;
  const engineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-bench-pg-'));
  if (!adminUrl) {
    const engine = await startScratchEngine(engineDir);
    adminUrl = engine.adminUrl;
    stopEngine = engine.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const urlOf = (database: string) => {
    const url = new URL(adminUrl!);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const base = `guibin_bench_${process.pid}`;
  const databases: string[] = [];
  const create = async (name: string, template?: string) => {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    databases.push(name);
    return urlOf(name);
  };
  try {
    const baseUrl = await create(base);
    const pool = new pg.Pool({ connectionString: baseUrl, max: 1 });
    await migrate(pool);
    await pool.end();

    log('initial load (reference data and the first day)');
    const initial = runStep({ kind: 'import', url: baseUrl, dir: dirs.initial });
    log(`initial load: ${seconds(initial.ms)} s, ${initial.rows} rows, peak RSS ${initial.maxRssMb} MB`);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [base]);

    const closeRuns: StepResult[] = [];
    const duckRuns: StepResult[] = [];
    let lastRoundUrl = '';
    for (let round = 1; round <= rounds; round += 1) {
      const url = await create(`${base}_r${round}`, base);
      lastRoundUrl = url;
      const close = runStep({ kind: 'import', url, dir: dirs.day });
      const duck = runStep({ kind: 'duckdb', dir: bankDir, day: CLOSE_DAY });
      closeRuns.push(close);
      duckRuns.push(duck);
      log(`round ${round}: close ${seconds(close.ms)} s (RSS ${close.maxRssMb} MB), DuckDB ${seconds(duck.ms)} s (RSS ${duck.maxRssMb} MB)`);
      if (close.totalAumCents !== duck.totalAumCents || close.customersWithAum !== duck.customersWithAum) {
        throw new Error(`results differ: Guibin ${close.customersWithAum} customers / ${close.totalAumCents} cents, DuckDB ${duck.customersWithAum} / ${duck.totalAumCents}`);
      }
    }

    log('monthly evaluation');
    const policyFile = path.join(work, 'bench-point.json');
    fs.writeFileSync(policyFile, JSON.stringify(BENCH_POLICY, null, 2));
    cli(lastRoundUrl, 'policy', 'import', policyFile);
    const evaluation = cli(lastRoundUrl, 'tiers', 'evaluate', '--month', MONTH, '--policy', BENCH_POLICY.code);
    log(`evaluation: ${seconds(evaluation.ms)} s`);

    let api: ApiBenchResult | undefined;
    if (!skipApi) {
      log('customer API under load');
      api = await runApi(lastRoundUrl);
    }

    const best = (runs: StepResult[]) => Math.min(...runs.map((r) => r.ms));
    const result = {
      date: new Date().toISOString(),
      machine: machine(),
      bank: { customers: summary.customers, accounts: summary.accounts, balanceRowsPerDay: balanceRows },
      initialLoad: { seconds: seconds(initial.ms), rows: initial.rows, rowsPerSecond: Math.round((initial.rows ?? 0) / (initial.ms / 1000)), peakRssMb: initial.maxRssMb },
      dailyClose: {
        secondsPerRound: closeRuns.map((r) => seconds(r.ms)),
        bestSeconds: seconds(best(closeRuns)),
        peakRssMb: Math.max(...closeRuns.map((r) => r.maxRssMb)),
        customersWithAum: closeRuns[0]?.customersWithAum,
        totalAumCents: closeRuns[0]?.totalAumCents,
      },
      duckdb: { secondsPerRound: duckRuns.map((r) => seconds(r.ms)), bestSeconds: seconds(best(duckRuns)), peakRssMb: Math.max(...duckRuns.map((r) => r.maxRssMb)) },
      ratioToDuckdb: Math.round((best(closeRuns) / best(duckRuns)) * 100) / 100,
      monthlyEvaluation: { seconds: seconds(evaluation.ms), customers: summary.customers, note: 'wall time of `guibin tiers evaluate`, process start included' },
      ...(api ? { api } : {}),
    };
    writeResults(result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    for (const name of databases.reverse()) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await stopEngine?.();
    fs.rmSync(engineDir, { recursive: true, force: true });
  }
}

/**
 * `--only api`: the API benchmark on a copy (CREATE DATABASE … TEMPLATE) of a bench database that
 * is kept between runs — `guibin_bench_api_<customers>`, loaded, closed and evaluated like the
 * full run's, in a persistent embedded engine under bench/.work/engine (or on DATABASE_URL's
 * server). It is built again when the bank, the migrations or the import change, or with
 * `--rebuild`. The copy takes the run's sessions and audit rows and is dropped afterwards.
 */
async function apiOnly(work: string, dirs: { initial: string; day: string }, summary: { customers: number; accounts: number }) {
  const kept = await keptBenchDatabase(work, dirs);
  const copy = `${kept.cached}_run_${process.pid}`;
  try {
    await kept.admin.query(`CREATE DATABASE ${copy} TEMPLATE ${kept.cached}`);
    const api = await runApi(kept.urlOf(copy));
    const result = { date: new Date().toISOString(), machine: machine(), bank: { customers: summary.customers, accounts: summary.accounts }, api };
    writeApiResults(result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await kept.admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`).catch(() => {});
    await kept.close();
  }
}

/**
 * The kept bench database `guibin_bench_api_<customers>` (loaded, closed and evaluated like the
 * full run's), in a persistent embedded engine under bench/.work/engine (or on DATABASE_URL's
 * server), built again when the bank, the migrations or the import change, or with `--rebuild`.
 * Steps measure on copies of it (CREATE DATABASE … TEMPLATE) that they drop afterwards.
 */
async function keptBenchDatabase(work: string, dirs: { initial: string; day: string }) {
  let adminUrl = process.env.DATABASE_URL;
  let stopEngine: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const engine = await startEmbeddedEngine(path.join(work, 'engine'));
    const url = new URL(engine.url);
    url.pathname = '/postgres';
    adminUrl = url.toString();
    stopEngine = engine.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const urlOf = (database: string) => {
    const url = new URL(adminUrl!);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const close = async () => {
    await admin.end();
    await stopEngine?.();
  };
  const cached = `guibin_bench_api_${customers}`;
  const stamp = `bench ${sourceDigest(...DATAGEN_SOURCES, ...DATABASE_SOURCES)} ${JSON.stringify(BENCH_POLICY)}`;
  try {
    // Copies left by an interrupted run.
    const leftovers = await admin.query<{ name: string }>(`SELECT datname AS name FROM pg_database WHERE datname LIKE $1`, [`${cached}_run_%`]);
    for (const { name } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const existing = await admin.query<{ stamp: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname = $1`,
      [cached],
    );
    // Two marks: `loaded` after the import and the close (minutes), `ready` after the evaluation,
    // so that a failed evaluation resumes without loading again.
    const mark = existing.rows[0]?.stamp ?? '';
    const comment = (state: string) => admin.query(`COMMENT ON DATABASE ${cached} IS '${`${state} ${stamp}`.replaceAll("'", "''")}'`);
    const url = urlOf(cached);
    if (rebuild || (mark !== `ready ${stamp}` && mark !== `loaded ${stamp}`)) {
      log(`building the bench database ${cached}${existing.rows[0] ? ' again (the generator or the migrations changed, or --rebuild)' : ''}`);
      await admin.query(`DROP DATABASE IF EXISTS ${cached} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${cached}`);
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      await migrate(pool);
      await pool.end();
      const initial = runStep({ kind: 'import', url, dir: dirs.initial });
      log(`initial load: ${seconds(initial.ms)} s`);
      const close = runStep({ kind: 'import', url, dir: dirs.day });
      log(`close of ${CLOSE_DAY}: ${seconds(close.ms)} s`);
      await comment('loaded');
    }
    if (rebuild || mark !== `ready ${stamp}`) {
      const policyFile = path.join(work, 'bench-point.json');
      fs.writeFileSync(policyFile, JSON.stringify(BENCH_POLICY, null, 2));
      cli(url, 'policy', 'import', policyFile);
      const evaluation = cli(url, 'tiers', 'evaluate', '--month', MONTH, '--policy', BENCH_POLICY.code);
      log(`evaluation: ${seconds(evaluation.ms)} s`);
      await comment('ready');
    } else {
      log(`reusing the bench database ${cached}`);
    }
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [cached]);
  } catch (error) {
    await close();
    throw error;
  }
  return { admin, urlOf, cached, close };
}

/**
 * `--only contact`: the day's contact detection and plan build (contact-bench.ts) on a copy of
 * the kept bench database, for the detection date after its closed day; `latest-contact.md`.
 */
async function contactOnly(work: string, dirs: { initial: string; day: string }, summary: { customers: number; accounts: number }) {
  const kept = await keptBenchDatabase(work, dirs);
  const copy = `${kept.cached}_run_${process.pid}`;
  try {
    await kept.admin.query(`CREATE DATABASE ${copy} TEMPLATE ${kept.cached}`);
    const contact = runContactBenchmark({ url: kept.urlOf(copy), date: CONTACT_DATE, runStep: (step) => runStep(step), log });
    const result = { date: new Date().toISOString(), machine: machine(), bank: { customers: summary.customers, accounts: summary.accounts }, contact };
    const dir = path.join(root, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${result.date.slice(0, 19).replaceAll(':', '-')}-${summary.customers}-contact.json`), `${JSON.stringify(result, null, 2)}\n`);
    const m = result.machine;
    const table = [
      `# Contact detection and plan build benchmark ${result.date} — ${summary.customers.toLocaleString('en')} customers`,
      '',
      `Machine: ${m.cores} cores, ${m.memoryGb} GB, ${m.cpu}; Node ${m.node}; database ${m.database}.`,
      '',
      contactTable(contact),
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'latest-contact.md'), table);
    log(table);
  } finally {
    await kept.admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`).catch(() => {});
    await kept.close();
  }
}

const BENCH_POLICY = {
  code: 'bench-point',
  name: 'Benchmark: point balance at month end',
  metric: 'POINT',
  tiers: [
    { tier: 'GOLD', threshold: '100000.00' },
    { tier: 'PLATINUM', threshold: '500000.00' },
    { tier: 'DIAMOND', threshold: '1000000.00' },
    { tier: 'PRIVATE', threshold: '6000000.00' },
  ],
};

function writeResults(result: Record<string, any>) {
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = result.date.slice(0, 19).replaceAll(':', '-');
  fs.writeFileSync(path.join(dir, `${stamp}-${result.bank.customers}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const table = [
    `# Benchmark ${result.date} — ${result.bank.customers.toLocaleString('en')} customers`,
    '',
    `Machine: ${result.machine.cores} cores, ${result.machine.memoryGb} GB, ${result.machine.cpu}; Node ${result.machine.node}; database ${result.machine.database}.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| accounts / balance rows of the closed day | ${result.bank.accounts.toLocaleString('en')} / ${result.bank.balanceRowsPerDay.toLocaleString('en')} |`,
    `| initial load | ${result.initialLoad.seconds} s, ${result.initialLoad.rowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${result.initialLoad.peakRssMb} MB |`,
    `| daily close, best of ${result.dailyClose.secondsPerRound.length} (${result.dailyClose.secondsPerRound.join(' / ')}) | ${result.dailyClose.bestSeconds} s, peak RSS ${result.dailyClose.peakRssMb} MB |`,
    `| DuckDB, same aggregate from the same CSVs (${result.duckdb.secondsPerRound.join(' / ')}) | ${result.duckdb.bestSeconds} s, peak RSS ${result.duckdb.peakRssMb} MB |`,
    `| close ÷ DuckDB | ${result.ratioToDuckdb}× |`,
    `| monthly evaluation | ${result.monthlyEvaluation.seconds} s |`,
    '',
    ...(result.api ? [apiTable(result.api)] : []),
  ].join('\n');
  fs.writeFileSync(path.join(dir, `latest-${result.bank.customers}.md`), table);
}

/** `--only api`: `<date>-<customers>-api.json` and `latest-<customers>-api.md`. */
function writeApiResults(result: { date: string; machine: ReturnType<typeof machine>; bank: { customers: number; accounts: number }; api: ApiBenchResult }) {
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = result.date.slice(0, 19).replaceAll(':', '-');
  fs.writeFileSync(path.join(dir, `${stamp}-${result.bank.customers}-api.json`), `${JSON.stringify(result, null, 2)}\n`);
  const table = [
    `# API benchmark ${result.date} — ${result.bank.customers.toLocaleString('en')} customers`,
    '',
    `Machine: ${result.machine.cores} cores, ${result.machine.memoryGb} GB, ${result.machine.cpu}; Node ${result.machine.node}; database ${result.machine.database}.`,
    '',
    apiTable(result.api),
  ].join('\n');
  // A run of some scenarios (--api-filter) does not replace the table of all of them.
  const part = apiOptions.filter ? `-${apiOptions.filter.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  fs.writeFileSync(path.join(dir, `latest-${result.bank.customers}-api${part}.md`), table);
}

/** `--only allocation`: the allocation proposal in memory (allocation-bench.ts); `<date>-allocation.json` and `latest-allocation.md`. */
async function allocationOnly() {
  const engineDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-allocation-'));
  const engine = await startScratchEngine(engineDir);
  let rows;
  try {
    rows = [...runAllocationBenchmark(), ...(await runAllocationDatabaseBenchmark(engine.adminUrl, log))];
  } finally {
    await engine.stop();
    fs.rmSync(engineDir, { recursive: true, force: true });
  }
  const date = new Date().toISOString();
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${date.slice(0, 19).replaceAll(':', '-')}-allocation.json`), `${JSON.stringify({ date, machine: machine(), rows }, null, 2)}\n`);
  const m = machine();
  const table = [
    `# Allocation proposal benchmark ${date}`,
    '',
    `Machine: ${m.cores} cores, ${m.memoryGb} GB, ${m.cpu}; Node ${m.node}. The first rows: the proposal rules alone on customers and staff generated in memory; "API path": the service (scoped SQL reads, rules, audit) on a scratch database with the same data (allocation-bench.ts). Maintainers and supporting advisors are counted apart: "rows proposed" are customers whose maintainer, advisor or both change; moved: existing relations that move, against the minimum that must (maintainer gone or over capacity; advisor gone, not eligible or over the advisor capacity). Capacity violations are checked in memory only (-1: not checked): staff who received customers and end above the lane's capacity or advisor capacity; across outlets: proposed maintainers or advisors who may not serve the customer's home outlet (DOMAIN.md §11); advisor = maintainer: never allowed (all three must be 0).`,
    '',
    allocationTable(rows),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'latest-allocation.md'), table);
  log(table);
}

/** `--only web`: `<date>-web.json` and `latest-web.md`. */
async function webOnly() {
  const web = await runWebBenchmark({ loads: option('web-loads', 10), log });
  const date = new Date().toISOString();
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${date.slice(0, 19).replaceAll(':', '-')}-web.json`), `${JSON.stringify({ date, machine: machine(), web }, null, 2)}\n`);
  const m = machine();
  const table = [
    `# Web benchmark ${date} — demo bank, Chromium (headless)`,
    '',
    `Machine: ${m.cores} cores, ${m.memoryGb} GB, ${m.cpu}; Node ${m.node}. ${option('web-loads', 10)} loads per row; each load in a fresh browser context (cold: empty cache; warm: the app's files cached by a load just before).`,
    '',
    webTable(web),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'latest-web.md'), table);
}

await main();
