/**
 * `guibin tiers …` (monthly evaluation, export, explanation) and `guibin policy …` (tier policies).
 * Option formats are checked before the database is opened: a typo fails fast, non-zero.
 */
import fs from 'node:fs';
import os from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { formatCentsGrouped } from '../platform/money.ts';
import {
  evaluateMonth,
  explainCustomer,
  exportMonth,
  importPolicy,
  listPolicies,
  showPolicy,
  toPolicyFile,
  type EvaluationSummary,
  type Locale,
  type StoredTierPolicy,
} from '../modules/tiers/tiers.service.ts';
import { isMonth, TIER_CODES } from '../modules/tiers/tiers.rules.ts';
import { LOCALES } from '../modules/tiers/tiers.explanation.ts';
import { action, withDatabase } from './cli-context.ts';
import { createProgress } from './progress-bar.ts';

function monthOption(value: string): string {
  if (!isMonth(value)) throw new InvalidArgumentError('use YYYY-MM, such as 2026-09.');
  return value;
}

function localeOption(value: string): Locale {
  if (!(LOCALES as readonly string[]).includes(value)) throw new InvalidArgumentError(`use one of ${LOCALES.join(', ')}.`);
  return value as Locale;
}

function versionOption(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InvalidArgumentError('use a version number such as 2.');
  return Number.parseInt(value, 10);
}

const say = (line = '') => process.stdout.write(`${line}\n`);
const actor = () => os.userInfo().username;

export function printEvaluation(summary: EvaluationSummary, write = say): void {
  const { policy, window } = summary;
  write(
    `evaluated ${summary.month} under ${policy.code} v${policy.version}: ${summary.customers} customer(s) ` +
      `in ${(summary.durationMs / 1000).toFixed(1)} s (run ${summary.runId})`,
  );
  write(`window ${window.windowStart}..${window.windowEnd} (${window.days} days)`);
  if (window.carriedForwardDays.length > 0) write(`carried forward (no balances file): ${window.carriedForwardDays.join(', ')}`);
  write(
    summary.previous
      ? `service tiers follow from ${summary.previous.month} (v${summary.previous.policyVersion})`
      : 'no evaluation of the month before under this policy: every customer is evaluated as initial',
  );
  write(`${'tier'.padEnd(10)}${'qualified'.padStart(10)}${'service'.padStart(10)}`);
  for (const tier of TIER_CODES) {
    write(`${tier.padEnd(10)}${String(summary.qualified[tier]).padStart(10)}${String(summary.service[tier]).padStart(10)}`);
  }
  write(`statuses: ${Object.entries(summary.statuses).map(([status, count]) => `${status} ${count}`).join(', ')}`);
}

export function printPolicy(policy: StoredTierPolicy, write = say): void {
  write(`${policy.code} v${policy.version}${policy.active ? ' (active)' : ''} — ${policy.name}`);
  if (policy.description) write(`  ${policy.description}`);
  write(
    `  metric ${policy.metric}, grace ${policy.graceMonths} month(s), automatic upgrade ${policy.autoUpgrade ? 'yes' : 'no'}, ` +
      `data gaps: ${policy.gapHandling}`,
  );
  write(`  ${'STANDARD'.padEnd(9)} from ${'0.00'.padStart(16)}`);
  for (const tier of policy.tiers) {
    write(
      `  ${tier.tier.padEnd(9)} from ${formatCentsGrouped(tier.thresholdCents).padStart(16)}` +
        `  special admission approved by ${tier.specialAdmissionApprover}`,
    );
  }
  write(`  created ${policy.createdAt} by ${policy.createdBy}`);
}

export function registerTierCommands(program: Command): void {
  const tiers = program.command('tiers').description('monthly tier evaluation (每月评定)');

  tiers
    .command('evaluate')
    .description("evaluate every customer's qualified and service tier for a month under the policy's active version")
    .requiredOption('--month <YYYY-MM>', 'the month, evaluated as of its last day', monthOption)
    .requiredOption('--policy <code>', 'tier policy code (guibin policy list)')
    .action(
      action(async (options: { month: string; policy: string }) => {
        const bar = createProgress('tiers evaluate');
        const steps = { window: 'computing window metrics', evaluate: 'deciding tiers' } as const;
        const summary = await withDatabase((db) =>
          evaluateMonth(db.pool, {
            month: options.month,
            policyCode: options.policy,
            actor: actor(),
            onStep: (step) => bar.update(step === 'window' ? 0 : 1, 2, steps[step], step),
          }).finally(() => bar.stop()),
        );
        printEvaluation(summary);
      }),
    );

  tiers
    .command('export')
    .description('write customer_no,metric,qualified_tier of an evaluated month as CSV')
    .requiredOption('--month <YYYY-MM>', 'the evaluated month', monthOption)
    .requiredOption('--policy <code>', 'tier policy code')
    .requiredOption('--out <file>', 'the CSV file to write')
    .action(
      action(async (options: { month: string; policy: string; out: string }) => {
        const result = await withDatabase((db) => exportMonth(db.pool, { month: options.month, policyCode: options.policy, out: options.out }));
        say(`exported ${result.rows} customer(s) of ${options.month} under ${result.policy.code} v${result.policy.version} to ${result.out}`);
      }),
    );

  tiers
    .command('explain')
    .description("why a customer has their tier: metric, window, thresholds, deciding rule, service-tier transition")
    .requiredOption('--customer <no>', 'customer number')
    .requiredOption('--month <YYYY-MM>', 'the evaluated month', monthOption)
    .requiredOption('--policy <code>', 'tier policy code')
    .option('--lang <locale>', `language: ${LOCALES.join(' or ')}`, localeOption, 'zh-CN' as Locale)
    .action(
      action(async (options: { customer: string; month: string; policy: string; lang: Locale }) => {
        const explanation = await withDatabase((db) =>
          explainCustomer(db.pool, { customerNo: options.customer, month: options.month, policyCode: options.policy, locale: options.lang }),
        );
        for (const line of explanation.lines) say(line);
      }),
    );

  const policy = program.command('policy').description('tier policies (分层标准): import, list, show');

  policy
    .command('import')
    .description('validate a policy file (JSON) and store it as the next version of its code')
    .argument('<file>', 'the policy file')
    .action(
      action(async (file: string) => {
        const json = readText(file);
        const result = await withDatabase((db) => importPolicy(db.pool, { json, actor: actor() }));
        const { code, version } = result.policy;
        say(result.created ? `stored ${code} v${version} (now active)` : `unchanged: ${code} v${version} already has this content`);
      }),
    );

  policy
    .command('list')
    .description('every policy code with its active version')
    .action(
      action(async () => {
        const policies = await withDatabase((db) => listPolicies(db.pool));
        for (const { policy: p, versions } of policies) {
          const state = p.active ? `v${p.version}` : `v${p.version} (retired)`;
          say(`${p.code.padEnd(24)} ${state.padEnd(6)} ${p.metric.padEnd(20)} ${String(versions).padStart(3)} version(s)  ${p.name}`);
        }
      }),
    );

  policy
    .command('show')
    .description('a policy version (the active one unless --version)')
    .argument('<code>', 'policy code')
    .option('--version <n>', 'a stored version', versionOption)
    .option('--json', 'print it in the policy file format, ready to edit and import')
    .action(
      action(async (code: string, options: { version?: number; json?: boolean }) => {
        const stored = await withDatabase((db) => showPolicy(db.pool, { code, version: options.version }));
        if (options.json) say(JSON.stringify(toPolicyFile(stored), null, 2));
        else printPolicy(stored);
      }),
    );
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
