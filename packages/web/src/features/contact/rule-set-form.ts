/**
 * The numeric values of a contact rule set as a flat form (rule counts and days, detection
 * look-ahead days): a draft is the active version with these values changed. Everything else
 * (codes, kinds, scopes, amounts and ratios) is carried over as it is.
 */
import type { RuleSet, RuleSetBody } from './contact-types.ts';

/** The numeric fields of a rule, in the order they are shown. */
export const RULE_NUMBERS = ['minCalls', 'minMeetings', 'minContacts', 'minCustomers', 'minCount', 'afterDays', 'daysBefore'] as const;
/** The numeric fields of the event settings. */
export const SETTING_NUMBERS = ['birthdayDaysAhead', 'anniversaryDaysAhead', 'festivalDaysAhead', 'maturityDaysAhead', 'cardExpiryDaysAhead', 'specialAdmissionExpiryDaysAhead', 'noVisitDays', 'newProductDays'] as const;

export interface RuleSetFormValues {
  name: string;
  /** "<rule index>.<field>" → value, for the fields the rule has. */
  rules: Record<string, number | null>;
  settings: Record<string, number | null>;
}

type AnyRule = RuleSet['rules'][number];

export function ruleNumbersOf(rule: AnyRule | Record<string, unknown>): (typeof RULE_NUMBERS)[number][] {
  const fields = rule as Record<string, unknown>;
  return RULE_NUMBERS.filter((field) => typeof fields[field] === 'number');
}

export function formValuesOf(ruleSet: Pick<RuleSet, 'name' | 'rules' | 'eventSettings'>): RuleSetFormValues {
  const rules: Record<string, number | null> = {};
  ruleSet.rules.forEach((rule, index) => {
    for (const field of ruleNumbersOf(rule)) rules[`${index}.${field}`] = (rule as Record<string, unknown>)[field] as number;
  });
  const settings: Record<string, number | null> = {};
  for (const field of SETTING_NUMBERS) settings[field] = ruleSet.eventSettings[field];
  return { name: ruleSet.name, rules, settings };
}

/** The draft body: the base version with the form's numbers in place. */
export function draftBodyOf(base: Pick<RuleSet, 'rules' | 'eventSettings'>, values: RuleSetFormValues): RuleSetBody {
  const rules = base.rules.map((rule, index) => {
    const next: Record<string, unknown> = { ...rule };
    for (const field of ruleNumbersOf(rule)) {
      const value = values.rules[`${index}.${field}`];
      if (typeof value === 'number') next[field] = value;
    }
    return next;
  });
  const eventSettings = { ...base.eventSettings };
  for (const field of SETTING_NUMBERS) {
    const value = values.settings[field];
    if (typeof value === 'number') eventSettings[field] = value;
  }
  // The server validates the whole body against the same schema (contactRuleSetBody).
  return { name: values.name.trim(), rules, eventSettings } as RuleSetBody;
}
