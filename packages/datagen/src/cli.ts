// Command line: node --import tsx packages/datagen/src/cli.ts --customers N --start YYYY-MM-DD
//   --end YYYY-MM-DD --seed S --out DIR. Every option defaults to the demo bank.

import { parseArgs } from 'node:util';
import { demoBankSpec, generateBank } from './index.ts';

const USAGE = `usage: cli.ts [--customers N] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--seed S] [--out DIR]
Defaults give the demo bank: 5000 customers, 2025-07-01 .. 2026-09-30, seed 20260101, out .guibin/demo-bank`;

function integerOption(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value)) throw new Error(`--${name} must be an integer, got ${text}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const demo = demoBankSpec(values.out ?? '.guibin/demo-bank');
  const spec = {
    ...demo,
    seed: integerOption('seed', values.seed, demo.seed),
    customers: integerOption('customers', values.customers, demo.customers),
    startDate: values.start ?? demo.startDate,
    endDate: values.end ?? demo.endDate,
  };
  const began = performance.now();
  let lastStage = '';
  let lastPrinted = 0;
  const summary = await generateBank({
    ...spec,
    onProgress: (done, total, stage) => {
      // At most ~4 updates a second, plus the last of each stage, so a log file stays readable.
      const now = performance.now();
      if (stage === lastStage && done < total && now - lastPrinted < 250) return;
      if (stage !== lastStage && lastStage !== '') process.stderr.write('\n');
      lastStage = stage;
      lastPrinted = now;
      process.stderr.write(`\r${stage.padEnd(10)} ${done}/${total}  ${((now - began) / 1000).toFixed(1)}s`);
    },
  });
  process.stderr.write('\n');
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(`wrote ${spec.outDir} in ${seconds}s: ${summary.orgs} orgs, ${summary.staff} staff, ` +
    `${summary.customers} customers, ${summary.accounts} accounts, ${summary.days} days (seed ${spec.seed}, ` +
    `${spec.startDate} .. ${spec.endDate})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exitCode = 1;
});
