import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateBank } from '@guibin/datagen';
import { startScratchEngine } from '../../packages/server/src/platform/db/embedded-engine.ts';
import { migrate } from '../../packages/server/src/platform/db/migrate.ts';

/**
 * `npm run bench [-- --customers N] [--rounds R]`: the daily close of one day for a generated
 * bank (customers and accounts already loaded), against DuckDB computing the same per-customer
 * daily AUM from the same CSV files in the same rounds; the initial load; the monthly evaluation.
 * Every step runs in its own process (its peak RSS is its own). Results: bench/results/.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number.parseInt(args[index + 1] ?? '', 10) : fallback;
};
const customers = option('customers', 1_000_000);
const rounds = option('rounds', 3);
// The last two days of a month: the close of the 30th rebuilds a month partition that already
// holds the 29th, and the month can be evaluated on its last day (POINT, see bench/README.md).
const FIRST_DAY = '2026-09-29';
const CLOSE_DAY = '2026-09-30';
const MONTH = '2026-09';

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
  for (const file of ['orgs.csv', 'staff.csv', 'products.csv', 'customers.csv', 'accounts.csv']) {
    fs.linkSync(path.join(bankDir, file), path.join(initial, file));
  }
  return { initial, day };
}

async function main() {
  const work = path.join(root, 'bench', '.work');
  const bankDir = path.join(work, `bank-${customers}`);
  if (!fs.existsSync(path.join(bankDir, '.complete'))) {
    log(`generating a bank of ${customers} customers (${FIRST_DAY}..${CLOSE_DAY})`);
    fs.rmSync(bankDir, { recursive: true, force: true });
    const summary = await generateBank({ seed: 42, customers, startDate: FIRST_DAY, endDate: CLOSE_DAY, outDir: bankDir });
    fs.writeFileSync(path.join(bankDir, '.complete'), JSON.stringify(summary));
  }
  const summary = JSON.parse(fs.readFileSync(path.join(bankDir, '.complete'), 'utf8')) as { customers: number; accounts: number };
  const dirs = layout(bankDir);
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

    const best = (runs: StepResult[]) => Math.min(...runs.map((r) => r.ms));
    const result = {
      date: new Date().toISOString(),
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded' },
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
  ].join('\n');
  fs.writeFileSync(path.join(dir, `latest-${result.bank.customers}.md`), table);
}

await main();
