/** Shapes of the contact compliance API (docs/api.md "Contact"). */
import { z } from 'zod';
import { TIER_CODES } from '../tiers/tiers.rules.ts';
import { RULE_PERIODS } from './contact-rules.schemas.ts';
import { customerRef, isoDate, staffRef } from './contact-support.ts';

export const complianceQuery = z.strictObject({
  period: z.enum(RULE_PERIODS),
  date: isoDate.optional().describe('a day of the period; default today'),
  orgId: z.string().regex(/^[1-9]\d{0,8}$/, 'an org id').optional(),
});

const counts = {
  met: z.number().int(),
  due: z.number().int(),
  overdue: z.number().int(),
  notApplicable: z.number().int(),
  rate: z.number().nullable().describe('met ÷ (met + due + overdue), 4 decimals; null when nothing is owed'),
};
const org = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const complianceResponse = z.object({
  period: z.object({ kind: z.enum(RULE_PERIODS), start: z.string(), end: z.string() }),
  ruleSetVersion: z.number().int().nullable(),
  evaluationMonth: z.string().nullable().describe('the tier evaluation whose tiers and AUM decided which rules apply'),
  totals: z.object(counts),
  byRule: z.array(z.object({ ruleCode: z.string(), kind: z.string(), source: z.string(), ...counts })),
  byStaff: z.array(z.object({ staff: staffRef, org, ...counts })),
  byOrg: z.array(z.object({ org, ...counts })),
  overdueCustomers: z.array(
    z.object({ customer: customerRef, tier: z.enum(TIER_CODES), ruleCode: z.string(), maintainer: staffRef, dueOn: z.string(), why: z.string() }),
  ),
});
export type ComplianceResponse = z.infer<typeof complianceResponse>;
