import { describe, expect, it } from 'vitest';
import { fieldClassOf, maskFeedErrorMessage } from './import-runs.rules.ts';

describe('fieldClassOf', () => {
  it.each([
    ['customers.csv', 'id_no', 'ID_NUMBER'],
    ['customers.csv', 'phone', 'MOBILE'],
    ['customers.csv', 'email', 'EMAIL'],
    ['staff.csv', 'phone', 'MOBILE'],
    ['accounts.csv', 'account_no', 'ACCOUNT_NUMBER'],
    ['balances/2026-09-30.csv', 'account_no', 'ACCOUNT_NUMBER'],
    ['customers.csv', 'name', undefined],
    ['fx/2026-09-30.csv', 'currency', undefined],
    ['balances/2026-09-30.csv', 'balance', undefined],
    ['constructor', 'constructor', undefined],
  ])('%s %s → %s', (file, field, fieldClass) => {
    expect(fieldClassOf(file, field)).toBe(fieldClass);
  });
});

describe('maskFeedErrorMessage', () => {
  it.each([
    // Quoted values of sensitive fields, as the import writes them.
    ['customers.csv', 'phone', 'not a phone number: "13912345678x"', 'not a phone number: "139*****678x"'],
    ['customers.csv', 'email', 'not an email address: "zhang.san@@example.com"', 'not an email address: "z***@example.com"'],
    ['customers.csv', 'id_no', 'duplicate id "110101199003070011" (first on line 12)', 'duplicate id "110101********0011" (first on line 12)'],
    ['balances/2026-09-30.csv', 'account_no', 'unknown account "6222021234567890"', 'unknown account "622202******7890"'],
    ['accounts.csv', 'account_no', 'duplicate account_no "6222021234567890" (first on line 1234567)', 'duplicate account_no "622202******7890" (first on line 1234567)'],
    // Bare values that look like one; dates, line numbers and short numbers are kept.
    ['customers.csv', 'id_no', 'RESIDENT_ID 11010119900307001X check character is X, GB 11643 requires 5', 'RESIDENT_ID 110101********001X check character is X, GB 11643 requires 5'],
    ['customers.csv', 'phone', 'phone 13912345678 is taken', 'phone 139****5678 is taken'],
    ['customers.csv', 'email', 'mail c1@example.com bounced', 'mail c***@example.com bounced'],
    ['balances/2026-09-30.csv', 'account_no', 'no FX rate for USD on 2026-09-30 (account currency)', 'no FX rate for USD on 2026-09-30 (account currency)'],
    // Already masked (the import masks when it writes): unchanged.
    ['customers.csv', 'phone', 'not a phone number: "139*****678x"', 'not a phone number: "139*****678x"'],
    ['customers.csv', 'id_no', 'duplicate id "110101********0011"', 'duplicate id "110101********0011"'],
    // Other fields are not touched.
    ['accounts.csv', 'customer_no', 'unknown customer "C1234567890"', 'unknown customer "C1234567890"'],
    ['customers.csv', 'name', 'is required', 'is required'],
  ])('%s %s: %s', (file, field, message, served) => {
    expect(maskFeedErrorMessage(file, field, message)).toBe(served);
  });
});
