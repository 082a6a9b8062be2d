/**
 * The daily contact detection and plan build (issue 7; DOMAIN.md §7) on the bench bank: every
 * event type over every customer, then the plan build, as the `contact.daily-detection` job runs
 * them after the close — in a process of its own (its peak RSS is its own). Run twice on the same
 * day: the first run inserts the day's events and plan items; the second finds them all present
 * (idempotence) and shows what a re-run costs. Goal: ≤ 60 s for 1,000,000 customers.
 */
export interface ContactRun {
  seconds: number;
  peakRssMb: number;
  customers: number;
  totalEvents: number;
  events: Record<string, number>;
  plans: { created: number; closed: number; cancelled: number };
  /** Seconds per step: population, each event type, plans, total. */
  steps: Record<string, number>;
}

export interface ContactBenchResult {
  date: string;
  goalSeconds: number;
  first: ContactRun;
  rerun: ContactRun;
  pass: boolean;
}

interface StepOutput {
  ms: number;
  maxRssMb: number;
  summary?: {
    customers: number;
    totalEvents: number;
    events: Record<string, number>;
    plans: { created: number; closed: number; cancelled: number };
    timingsMs: Record<string, number>;
  };
}

const GOAL_SECONDS = 60;

export function runContactBenchmark(options: { url: string; date: string; runStep: (step: object) => object; log: (line: string) => void }): ContactBenchResult {
  const run = (label: string): ContactRun => {
    options.log(`contact detection and plan build for ${options.date} (${label})`);
    const out = options.runStep({ kind: 'contact', url: options.url, date: options.date }) as StepOutput;
    if (!out.summary) throw new Error('the contact step answered no summary');
    const { summary } = out;
    const result: ContactRun = {
      seconds: Math.round(out.ms) / 1000,
      peakRssMb: out.maxRssMb,
      customers: summary.customers,
      totalEvents: summary.totalEvents,
      events: summary.events,
      plans: summary.plans,
      steps: Object.fromEntries(Object.entries(summary.timingsMs).map(([step, ms]) => [step, ms / 1000])),
    };
    options.log(`${label}: ${result.seconds} s, ${result.totalEvents} events, ${result.plans.created} plan items created`);
    return result;
  };
  const first = run('first run');
  const rerun = run('re-run of the same day');
  if (rerun.totalEvents !== 0) throw new Error(`a re-run of the day inserted ${rerun.totalEvents} events: detection is not idempotent`);
  return { date: options.date, goalSeconds: GOAL_SECONDS, first, rerun, pass: first.seconds <= GOAL_SECONDS && rerun.seconds <= GOAL_SECONDS };
}

export function contactTable(result: ContactBenchResult): string {
  const { first, rerun } = result;
  const steps = Object.keys(first.steps).filter((step) => step !== 'total');
  return [
    `Detection date ${result.date} (behaviour data of the bank's last closed day, 2026-09-30, against 2026-09-29; the evaluation of 2026-09). ` +
      `${first.customers.toLocaleString('en')} customers covered (maintained, or VIP). No contact records exist in the bench bank, so every maintained VIP customer is also a no-visit event and every duty is unmet: the heaviest day. ` +
      `Wall time of the step process (start included); the re-run inserts nothing (idempotence checked).`,
    '',
    '| step | first run: events / items | s | re-run: s |',
    '|---|---:|---:|---:|',
    ...steps.map((step) => {
      const count = step === 'plans' ? `${first.plans.created.toLocaleString('en')} created` : step === 'population' ? `${first.customers.toLocaleString('en')} customers` : (first.events[step] ?? 0).toLocaleString('en');
      return `| ${step} | ${count} | ${first.steps[step]} | ${rerun.steps[step]} |`;
    }),
    `| **total** (detection + plan build) | ${first.totalEvents.toLocaleString('en')} events | **${first.seconds}** | **${rerun.seconds}** |`,
    '',
    `Detection alone (population and the thirteen types, one transaction): ${detectionSeconds(first)} s (re-run ${detectionSeconds(rerun)} s); ` +
      `the plan build: ${first.steps.plans} s (re-run ${rerun.steps.plans} s).`,
    '',
    `Peak RSS ${first.peakRssMb} MB / ${rerun.peakRssMb} MB. Goal ≤ ${result.goalSeconds} s: **${result.pass ? 'pass' : 'fail'}**.`,
  ].join('\n');
}

function detectionSeconds(run: ContactRun): number {
  const seconds = Object.entries(run.steps).filter(([step]) => step !== 'plans' && step !== 'total').reduce((sum, [, value]) => sum + value, 0);
  return Math.round(seconds * 1000) / 1000;
}
