/**
 * Daily contact event detection (联络事件, DOMAIN.md §7; docs/contact-events.md), then the plan
 * build: what the job `contact.daily-detection` runs after the daily close, and what
 * `guibin contact detect` and POST /api/contact/detection-runs start. Each run is recorded
 * (contact_detection_run) with the events inserted per type, the plan items and the timings.
 *
 * Dates: life and calendar look-ahead counts from the detection date; behaviour data comes from
 * the latest closed business day ≤ that date and from the evaluation in force.
 */
import type pg from 'pg';
import { inTransaction, type Queryable } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { policyContext } from '../service-tiers/policy-context.ts';
import { buildContactPlans } from './contact-plans.service.ts';
import { emptyCounts, festivalsAhead, greetingScopes, type DetectionCounts } from './contact-detection.rules.ts';
import {
  createPopulation,
  detectAdmissionExpiry,
  detectCardExpiry,
  detectExternal,
  detectFestival,
  detectLargeMovement,
  detectMaturity,
  detectNearThreshold,
  detectNewProduct,
  detectNoVisit,
  detectSubstandard,
  detectTierChange,
  detectYearly,
  findClosedDays,
  finishRun,
  insertRun,
  startRun,
  type EvaluationInForce,
} from './contact-detection.store.ts';
import { CONTACT_EVENT_TYPES, type ContactEventType } from './contact-event-messages.ts';
import { findActiveRuleSet, type StoredRuleSet } from './contact-rule-sets.store.ts';

export interface DetectionSummary {
  runId: bigint;
  date: string;
  ruleSet: { id: number; version: number };
  /** Customers detection covered: maintained, or VIP in the evaluation in force. */
  customers: number;
  closedDay: string | null;
  previousClosedDay: string | null;
  evaluation: { policyCode: string; month: string } | null;
  events: DetectionCounts;
  totalEvents: number;
  /** The plan build after detection (contact-plans.service.ts). */
  plans: { created: number; closed: number; cancelled: number };
  /** Milliseconds per step: population, each type, plans, total. */
  timingsMs: Record<string, number>;
}

export interface DetectOptions {
  date: string;
  /** A run already recorded (POST /api/contact/detection-runs records it when the job is sent). */
  runId?: bigint;
  onStep?: (done: number, total: number, step: string) => void;
}

const STEPS: readonly (ContactEventType | 'population' | 'plans')[] = ['population', ...CONTACT_EVENT_TYPES, 'plans'];

export async function activeRuleSet(db: Queryable): Promise<StoredRuleSet> {
  const ruleSet = await findActiveRuleSet(db);
  if (!ruleSet) throw new DomainError('CONTACT_RULE_SET_MISSING', 'no contact rule set is active: activate one before detecting contact events');
  return ruleSet;
}

async function evaluationInForce(db: Queryable): Promise<EvaluationInForce | undefined> {
  const { evaluation, policy } = await policyContext(db);
  if (!evaluation || !policy) return undefined;
  return { policyId: evaluation.policyId, policyCode: policy.code, month: evaluation.month, tiers: policy.tiers };
}

/** Records a run waiting for its job (status RUNNING until the worker finishes it). */
export async function recordRequestedRun(db: Queryable, date: string): Promise<bigint> {
  const ruleSet = await activeRuleSet(db);
  return insertRun(db, { date, ruleSetId: ruleSet.id });
}

/** Detects the day's contact events and builds the plans; the run is recorded either way. */
export async function runDailyDetection(pool: pg.Pool, options: DetectOptions): Promise<DetectionSummary> {
  const { date } = options;
  const ruleSet = await activeRuleSet(pool);
  const runId = options.runId ?? (await insertRun(pool, { date, ruleSetId: ruleSet.id }));
  if (options.runId !== undefined) await startRun(pool, runId, ruleSet.id);
  const started = Date.now();
  const timingsMs: Record<string, number> = {};
  const events = emptyCounts();
  const step = (index: number) => options.onStep?.(index, STEPS.length, STEPS[index] ?? 'done');
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const at = Date.now();
    try {
      return await work();
    } finally {
      timingsMs[name] = Date.now() - at;
    }
  };
  try {
    const settings = ruleSet.eventSettings;
    const [evaluation, closed] = await Promise.all([evaluationInForce(pool), findClosedDays(pool, date)]);
    let customers = 0;
    await inTransaction(pool, async (client) => {
      // Hash joins over a million customers stay in memory.
      await client.query(`SET LOCAL work_mem = '256MB'`);
      step(0);
      customers = await timed('population', () => createPopulation(client, evaluation));
      const detectors: Record<ContactEventType, () => Promise<number>> = {
        BIRTHDAY: () => detectYearly(client, 'BIRTHDAY', date, settings.birthdayDaysAhead),
        ANNIVERSARY: () => detectYearly(client, 'ANNIVERSARY', date, settings.anniversaryDaysAhead),
        FESTIVAL: async () => {
          let inserted = 0;
          for (const day of festivalsAhead(date, settings)) inserted += await detectFestival(client, date, day, greetingScopes(ruleSet.rules, day.festival));
          return inserted;
        },
        LARGE_MOVEMENT: () => detectLargeMovement(client, date, closed, settings.largeMovement),
        MATURITY: () => detectMaturity(client, date, settings.maturityDaysAhead),
        TIER_CHANGE: () => detectTierChange(client, date, evaluation),
        SUBSTANDARD: () => detectSubstandard(client, date, evaluation),
        CARD_EXPIRY: () => detectCardExpiry(client, date, settings.cardExpiryDaysAhead),
        SPECIAL_ADMISSION_EXPIRY: () => detectAdmissionExpiry(client, date, settings.specialAdmissionExpiryDaysAhead),
        NEAR_THRESHOLD: () => detectNearThreshold(client, date, evaluation, settings.nearThresholdWithin),
        NO_VISIT: () => detectNoVisit(client, date, settings.noVisitDays),
        NEW_PRODUCT: () => detectNewProduct(client, date, settings.newProductDays),
        EXTERNAL: () => detectExternal(client, date),
      };
      for (const [index, name] of STEPS.entries()) {
        if (name === 'population' || name === 'plans') continue;
        step(index);
        events[name] = await timed(name, detectors[name]);
      }
    });
    step(STEPS.length - 1);
    const plans = await timed('plans', () => buildContactPlans(pool, { date }));
    timingsMs.total = Date.now() - started;
    const summary: DetectionSummary = {
      runId,
      date,
      ruleSet: { id: ruleSet.id, version: ruleSet.version },
      customers,
      closedDay: closed.latest,
      previousClosedDay: closed.previous,
      evaluation: evaluation ? { policyCode: evaluation.policyCode, month: evaluation.month.slice(0, 7) } : null,
      events,
      totalEvents: Object.values(events).reduce((sum, n) => sum + n, 0),
      plans,
      timingsMs,
    };
    const { runId: _id, date: _date, ...counts } = summary;
    await finishRun(pool, runId, { status: 'SUCCEEDED', counts });
    step(STEPS.length);
    return summary;
  } catch (error) {
    timingsMs.total = Date.now() - started;
    await finishRun(pool, runId, { status: 'FAILED', counts: { events, timingsMs }, error: (error as Error).message }).catch(() => {});
    throw error;
  }
}
