/** Shapes of the contact rule set API (docs/api.md "Contact"). The body is contact-rules.schemas.ts contactRuleSetBody. */
import { z } from 'zod';
import { contactEventSettings, contactRule } from './contact-rules.schemas.ts';

export const ruleSetIdParams = z.strictObject({ ruleSetId: z.string().regex(/^[1-9]\d{0,8}$/, 'a rule set id is a positive whole number') });

export const ruleSet = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  status: z.enum(['DRAFT', 'ACTIVE', 'RETIRED']),
  rules: z.array(contactRule),
  eventSettings: contactEventSettings,
  createdBy: z.string(),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
});
export type RuleSetResponse = z.infer<typeof ruleSet>;
export const ruleSetList = z.object({ items: z.array(ruleSet) });
