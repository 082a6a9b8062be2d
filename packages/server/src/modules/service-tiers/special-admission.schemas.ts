/** Request and response shapes of the special admission API (docs/api.md "Special admission"). */
import { z } from 'zod';
import { TIER_CODES, VIP_TIERS } from '../tiers/tiers.rules.ts';
import { ADMISSION_STATES, APPROVER_LEVELS, DEFAULT_ADMISSION_MONTHS, MAX_ADMISSION_MONTHS } from './special-admission.rules.ts';

const positiveBigint = (what: string) =>
  z.string().refine((value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, `${what} is a positive whole number`);

export const admissionIdParams = z.strictObject({ admissionId: positiveBigint('an admission id') });

export const requestBody = z.strictObject({
  customerNo: z.string().trim().min(1).max(32),
  tier: z.enum(VIP_TIERS),
  reason: z.string().trim().min(1).max(500),
  months: z.number().int().min(1).max(MAX_ADMISSION_MONTHS).default(DEFAULT_ADMISSION_MONTHS),
});
export type RequestBody = z.infer<typeof requestBody>;

export const decisionBody = z.strictObject({
  decision: z.enum(['APPROVE', 'REJECT']),
  /** Optional for an approval, required for a rejection (the requester must learn why). */
  comment: z.string().trim().max(500).default(''),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const LIST_KINDS = ['mine', 'inbox', 'decided', 'expiring'] as const;
export const listQuery = z.strictObject({ kind: z.enum(LIST_KINDS) });

const level = z.enum(APPROVER_LEVELS);
export const admission = z.object({
  id: z.string(),
  customer: z.object({ id: z.string(), customerNo: z.string(), name: z.string(), outletCode: z.string(), outletName: z.string() }),
  tier: z.enum(VIP_TIERS),
  qualifiedTier: z.enum(TIER_CODES).describe('the qualified tier when requested'),
  reason: z.string(),
  months: z.number().int(),
  approvalChain: z.array(level).describe('the levels that decide, in order'),
  waitingFor: level.nullable().describe('the level whose decision is awaited; null once closed'),
  state: z.enum(ADMISSION_STATES),
  requestedBy: z.object({ staffNo: z.string(), name: z.string() }),
  requestedAt: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable().describe('exclusive: the admission is active until the day before'),
  effectiveFromMonth: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable()
    .describe(
      'the first month whose evaluation applies it (YYYY-MM): the month holding its start if not yet evaluated under the policy in force, ' +
        'else the next one; fixed at approval (months already evaluated are not re-run); for an open request, as if approved today; ' +
        'null when rejected, or when its period ends before that month closes',
    ),
  awaitingEvaluation: z.boolean().describe('true while the evaluation of effectiveFromMonth has not run yet'),
  decisions: z.array(
    z.object({
      step: z.number().int(),
      level,
      decision: z.enum(['APPROVE', 'REJECT']),
      comment: z.string(),
      decidedBy: z.object({ staffNo: z.string(), name: z.string() }),
      decidedAt: z.string(),
    }),
  ),
});
export type AdmissionResponse = z.infer<typeof admission>;
export const admissionList = z.object({ items: z.array(admission), today: z.string() });
