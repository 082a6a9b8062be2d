/**
 * Reading evaluation results: the CSV export of a month and one customer's trail in words.
 * Both read "the evaluation of month M under policy code C": the highest version that evaluated M.
 */
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { WindowInfo } from '../aum/aum.service.ts';
import { ensurePresets } from './tier-policy.service.ts';
import { findLatestPolicy, findPolicyById, type Queryable, type StoredTierPolicy } from './tier-policy.store.ts';
import { describeEvaluation, type EvaluationFacts, type Locale } from './tiers.explanation.ts';
import { assertMonth, previousMonth, type EvaluationStatus, type TierCode } from './tiers.rules.ts';
import { exportCopySql, findCustomerId, findEvaluatedPolicy, findEvaluation } from './tiers.store.ts';

/** The policy version whose evaluation of the month is the one in force; clear errors when there is none. */
async function evaluatedPolicy(db: Queryable, code: string, month: string): Promise<StoredTierPolicy> {
  assertMonth(month);
  await ensurePresets(db);
  if (!(await findLatestPolicy(db, code))) {
    throw new DomainError('TIER_POLICY_NOT_FOUND', `there is no tier policy ${code}: see guibin policy list`, { code });
  }
  const evaluated = await findEvaluatedPolicy(db, code, month);
  const policy = evaluated && (await findPolicyById(db, evaluated.policyId));
  if (!policy) {
    throw new DomainError(
      'EVALUATION_NOT_FOUND',
      `${month} has not been evaluated under ${code}: run guibin tiers evaluate --month ${month} --policy ${code}`,
      { code, month },
    );
  }
  return policy;
}

export interface ExportResult {
  out: string;
  rows: number;
  policy: { code: string; version: number };
}

/**
 * COPY ends lines with LF; the export contract (RFC 4180, like the conformance files) is CRLF.
 * Byte-wise is safe: 0x0A never occurs inside a multi-byte UTF-8 character.
 */
function lfToCrlf(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(chunk.toString('latin1').replaceAll('\n', '\r\n'), 'latin1'));
    },
  });
}

/**
 * Streams `customer_no,metric,qualified_tier` (metric in yuan, two decimals), one row per
 * evaluated customer, by customer number, CRLF line ends. PostgreSQL writes the CSV (COPY):
 * nothing is held in memory. The file appears only when complete (written beside it, then renamed).
 */
export async function exportMonth(pool: pg.Pool, input: { month: string; policyCode: string; out: string }): Promise<ExportResult> {
  const policy = await evaluatedPolicy(pool, input.policyCode, input.month);
  const partial = `${input.out}.partial`;
  const client = await pool.connect();
  try {
    const stream = client.query(copyTo(exportCopySql(policy.id, input.month)));
    await pipeline(stream, lfToCrlf(), fs.createWriteStream(partial));
    fs.renameSync(partial, input.out);
    return { out: input.out, rows: stream.rowCount, policy: { code: policy.code, version: policy.version } };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

export interface CustomerTierExplanation {
  customerNo: string;
  month: string;
  policy: { code: string; version: number };
  metricCents: bigint;
  qualifiedTier: TierCode;
  serviceTier: TierCode;
  status: EvaluationStatus;
  substandardMonths: number;
  /** The trail in words, one sentence a line (tiers.explanation.ts). */
  lines: string[];
}

/** "Why is this customer platinum?" — the metric, window, thresholds, deciding rule and service-tier transition. */
export async function explainCustomer(
  db: Queryable,
  input: { customerNo: string; month: string; policyCode: string; locale?: Locale },
): Promise<CustomerTierExplanation> {
  const policy = await evaluatedPolicy(db, input.policyCode, input.month);
  const customerId = await findCustomerId(db, input.customerNo);
  if (customerId === undefined) {
    throw new DomainError('CUSTOMER_NOT_FOUND', `there is no customer ${input.customerNo}`, { customerNo: input.customerNo });
  }
  const evaluation = await findEvaluation(db, { policyId: policy.id, month: input.month, customerId });
  if (!evaluation) {
    throw new DomainError(
      'EVALUATION_NOT_FOUND',
      `customer ${input.customerNo} was not in the evaluation of ${input.month} under ${policy.code} v${policy.version} ` +
        '(added since?): evaluate the month again',
      { customerNo: input.customerNo, month: input.month, code: policy.code },
    );
  }
  const run = evaluation.runFacts as { window: WindowInfo; previous: { month: string } | null };
  const lastMonth = previousMonth(input.month);
  const facts: EvaluationFacts = {
    customerNo: evaluation.customerNo,
    month: input.month,
    policy,
    window: run.window,
    metricCents: evaluation.metricCents,
    qualifiedTier: evaluation.qualifiedTier,
    serviceTier: evaluation.serviceTier,
    status: evaluation.status,
    substandardMonths: evaluation.substandardMonths,
    ...(evaluation.previousServiceTier
      ? { previous: { month: lastMonth, serviceTier: evaluation.previousServiceTier } }
      : { initialReason: run.previous ? 'NOT_IN_PREVIOUS_EVALUATION' : 'NO_PREVIOUS_EVALUATION' }),
    ...(evaluation.admission && { admission: evaluation.admission }),
  };
  return {
    customerNo: evaluation.customerNo,
    month: input.month,
    policy: { code: policy.code, version: policy.version },
    metricCents: evaluation.metricCents,
    qualifiedTier: evaluation.qualifiedTier,
    serviceTier: evaluation.serviceTier,
    status: evaluation.status,
    substandardMonths: evaluation.substandardMonths,
    lines: describeEvaluation(facts, input.locale ?? 'zh-CN'),
  };
}
