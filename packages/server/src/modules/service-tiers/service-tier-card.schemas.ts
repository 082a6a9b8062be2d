/** Shapes of the service tier card of the customer 360, service agreements and service tier tasks (docs/api.md "Service tier changes"). */
import { z } from 'zod';
import { EVALUATION_STATUSES, TIER_CODES } from '../tiers/tiers.rules.ts';
import { admission } from './special-admission.schemas.ts';

const tier = z.enum(TIER_CODES);
const staffRef = z.object({ staffNo: z.string(), name: z.string() });

export const agreementBody = z.strictObject({
  signedOn: z
    .string()
    // One check: a well-formed calendar day (2026-02-30 is not one).
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a date YYYY-MM-DD'),
  agreementVersion: z.string().trim().min(1).max(40).describe('the version of the agreement text signed, e.g. 2024版'),
  witnessStaffNo: z.string().trim().min(1).max(32).optional().describe('the staff member who witnessed the signature; the caller when absent'),
});
export type AgreementBody = z.infer<typeof agreementBody>;

export const agreement = z.object({
  id: z.string(),
  signedOn: z.string(),
  agreementVersion: z.string(),
  witness: staffRef,
  qualifiedTier: tier.describe('the qualified tier in force when recorded'),
  recordedBy: staffRef,
  recordedAt: z.string(),
});

export const task = z.object({
  id: z.string(),
  kind: z.enum(['CARD_EXCHANGE']),
  customer: z.object({ id: z.string(), customerNo: z.string(), name: z.string(), outletCode: z.string(), outletName: z.string() }),
  fromTier: tier,
  toTier: tier,
  policyCode: z.string(),
  month: z.string().describe('the evaluated month that downgraded the customer'),
  status: z.enum(['OPEN', 'DONE', 'CANCELLED']),
  createdBy: z.string(),
  createdAt: z.string(),
});
export const taskQuery = z.strictObject({ status: z.enum(['OPEN', 'DONE', 'CANCELLED']).optional() });
export const taskList = z.object({ items: z.array(task) });

export const serviceTierCard = z.object({
  evaluation: z
    .object({ policyCode: z.string(), month: z.string(), qualifiedTier: tier, serviceTier: tier, status: z.enum(EVALUATION_STATUSES) })
    .nullable()
    .describe("the customer's result in the evaluation in force"),
  qualifiedNotUpgraded: z.boolean(),
  agreements: z.array(agreement).describe('signed service agreements, latest first'),
  /** A qualified-not-upgraded customer with an agreement on file: the evaluation that will upgrade them. */
  pendingUpgrade: z.object({ tier, atEvaluationOf: z.string() }).nullable(),
  activeAdmission: admission.nullable(),
  admissions: z.array(admission),
  openTasks: z.array(task),
});
