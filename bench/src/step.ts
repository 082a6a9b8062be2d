import pg from 'pg';
import { importFeed } from '../../packages/server/src/modules/ingest/ingest.service.ts';
import '../../packages/server/src/platform/db/database.ts';

/**
 * One measured step in its own process, so that its peak RSS is its own:
 * `node --import tsx bench/src/step.ts '{"kind":"import","url":"…","dir":"…"}'` prints JSON.
 */
type Step =
  | { kind: 'import'; url: string; dir: string }
  | { kind: 'duckdb'; dir: string; day: string }
  | { kind: 'contact'; url: string; date: string };

const step = JSON.parse(process.argv[2] ?? '{}') as Step;
const started = process.hrtime.bigint();
let extra: Record<string, unknown> = {};

if (step.kind === 'contact') {
  const { runDailyDetection } = await import('../../packages/server/src/modules/contact/contact-detection.service.ts');
  const pool = new pg.Pool({ connectionString: step.url, max: 4 });
  const summary = await runDailyDetection(pool, { date: step.date });
  await pool.end();
  extra = { summary: { ...summary, runId: summary.runId.toString() } };
} else if (step.kind === 'import') {
  const pool = new pg.Pool({ connectionString: step.url, max: 4 });
  const result = await importFeed(pool, { dir: step.dir, actor: 'bench' });
  await pool.end();
  if (result.status !== 'APPLIED') {
    console.error(result.errors.slice(0, 20));
    throw new Error(`import ${result.status}`);
  }
  const rows = result.files.reduce((sum, file) => sum + (file.rows ?? 0), 0);
  const lastDay = result.closedDays[result.closedDays.length - 1];
  extra = { rows, totalAumCents: lastDay?.totalAumCents.toString(), customersWithAum: lastDay?.customers };
} else {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const csv = (file: string, columns: string) => `read_csv('${step.dir}/${file}', header = true, columns = {${columns}})`;
  // The same per-customer daily AUM, exact: DECIMAL balances × DECIMAL rates, rounded per holding.
  const reader = await connection.runAndReadAll(`
    WITH accounts AS (SELECT * FROM ${csv('accounts.csv', `'account_no': 'VARCHAR', 'customer_no': 'VARCHAR', 'product_code': 'VARCHAR', 'currency': 'VARCHAR', 'opened_on': 'VARCHAR', 'maturity_on': 'VARCHAR', 'status': 'VARCHAR'`)}),
         products AS (SELECT * FROM ${csv('products.csv', `'product_code': 'VARCHAR', 'name': 'VARCHAR', 'category': 'VARCHAR', 'risk_level': 'VARCHAR', 'currency': 'VARCHAR', 'series': 'VARCHAR', 'counts_toward_aum': 'BOOLEAN'`)}),
         fx AS (SELECT * FROM ${csv(`fx/${step.day}.csv`, `'as_of': 'DATE', 'currency': 'VARCHAR', 'rate_to_cny': 'DECIMAL(18,6)'`)}),
         balances AS (SELECT * FROM ${csv(`balances/${step.day}.csv`, `'as_of': 'DATE', 'account_no': 'VARCHAR', 'balance': 'DECIMAL(18,2)'`)}),
         daily AS (
           SELECT a.customer_no,
                  sum(CASE WHEN a.currency = 'CNY' THEN CAST(b.balance * 100 AS BIGINT)
                           ELSE CAST(round(CAST(b.balance * 100 AS DECIMAL(38,6)) * f.rate_to_cny, 0) AS BIGINT) END) AS aum_cents
           FROM balances b JOIN accounts a USING (account_no)
           JOIN products p ON p.product_code = a.product_code AND p.counts_toward_aum
           LEFT JOIN fx f ON f.currency = a.currency
           GROUP BY a.customer_no)
    SELECT count(*)::BIGINT AS customers, sum(aum_cents)::HUGEINT AS total FROM daily`);
  const [row] = reader.getRows();
  extra = { customersWithAum: Number(row?.[0]), totalAumCents: String(row?.[1]) };
  connection.closeSync();
  instance.closeSync();
}

const ms = Number(process.hrtime.bigint() - started) / 1e6;
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ ms, maxRssMb, ...extra })}\n`);
