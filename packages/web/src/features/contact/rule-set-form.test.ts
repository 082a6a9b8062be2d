import { describe, expect, it } from 'vitest';
import { aRuleSet } from './contact.test-data.ts';
import { draftBodyOf, formValuesOf } from './rule-set-form.ts';

describe('the rule set form', () => {
  it('holds the numeric values of each rule and of the detection settings', () => {
    const values = formValuesOf(aRuleSet());
    expect(values.rules).toEqual({ '0.minContacts': 1, '1.minCustomers': 10, '2.minCalls': 2, '2.minMeetings': 1 });
    expect(values.settings).toMatchObject({ birthdayDaysAhead: 7, noVisitDays: 90 });
    expect(values.settings).not.toHaveProperty('largeMovement');
  });

  it('drafts the base version with the changed numbers, everything else carried over', () => {
    const base = aRuleSet();
    const values = formValuesOf(base);
    const body = draftBodyOf(base, { name: ' 定期联系制度 2027 ', rules: { ...values.rules, '2.minCalls': 3 }, settings: { ...values.settings, maturityDaysAhead: 14 } });
    expect(body.name).toBe('定期联系制度 2027');
    expect(body.rules[2]).toEqual({ ...base.rules[2], minCalls: 3 });
    expect(body.rules[0]).toEqual(base.rules[0]);
    expect(body.eventSettings).toEqual({ ...base.eventSettings, maturityDaysAhead: 14 });
    // The base is left as it was.
    expect(base.rules[2]).toMatchObject({ minCalls: 2 });
  });
});
