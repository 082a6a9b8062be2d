/**
 * Serving stored import errors without the sensitive values they may quote (issue 4: no masked
 * field is ever sent in full, in an error message either; DOMAIN.md §11, §13 C2 data). The import
 * masks such values when it writes an error (feed-errors.ts quoteValue); runs stored before that,
 * or a message that quotes a value another way, are masked here again when served. Masks are
 * idempotent, so a value masked twice reads the same.
 */
import { maskValue, type FieldClass } from '../../platform/access/masking.rules.ts';
import { SENSITIVE_FIELDS, type FeedKind } from './feed-contract.ts';

/** `customers.csv` → customers, `balances/2026-09-30.csv` → balances. */
function feedKindOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.csv$/, '');
}

export function fieldClassOf(file: string, field: string): FieldClass | undefined {
  const kind = feedKindOf(file);
  const fields = Object.hasOwn(SENSITIVE_FIELDS, kind) ? SENSITIVE_FIELDS[kind as FeedKind] : undefined;
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

// A quoted value, and what a value looks like when a message quotes it bare: 7 or more characters
// of the kind IDs, phones, accounts and emails are made of, not after "line " (line numbers).
const QUOTED = /("[^"]*")/;
const BARE = /(?<![\w@.+-])(?<!line )[\w@.+-]{7,}(?![\w@.+-])/g;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a bare token could be the field's value: mostly digits (IDs, phones, accounts) or an address. */
function looksLikeValue(token: string, fieldClass: FieldClass): boolean {
  if (ISO_DAY.test(token)) return false;
  if (fieldClass === 'EMAIL') return token.includes('@');
  return (token.match(/\d/g)?.length ?? 0) >= 6;
}

/**
 * The message of an error on `file`'s `field`, with the field's value masked wherever it is
 * quoted ("…") and wherever a token that looks like such a value stands bare. Errors on other
 * fields are returned as they are.
 */
export function maskFeedErrorMessage(file: string, field: string, message: string): string {
  const fieldClass = fieldClassOf(file, field);
  if (!fieldClass) return message;
  return message
    .split(QUOTED)
    .map((part, index) =>
      index % 2 === 1
        ? `"${maskValue(fieldClass, part.slice(1, -1))}"`
        : part.replace(BARE, (token) => (looksLikeValue(token, fieldClass) ? maskValue(fieldClass, token) : token)),
    )
    .join('');
}
