import { maskValue } from '../../platform/access/masking.rules.ts';
import { SENSITIVE_FIELDS, type FeedKind } from './feed-contract.ts';

/** A refused input, located as `file:line: field: reason` (line = physical line, header is 1). */
export interface FeedError {
  file: string;
  line: number;
  field: string;
  reason: string;
}

export const formatFeedError = (error: FeedError): string => `${error.file}:${error.line}: ${error.field}: ${error.reason}`;

/**
 * A value as an error message quotes it: masked when the field is sensitive (ID, phone, email,
 * account number — issue 4: never in full in an error, a stored run or the CLI's output). The
 * line and the field still locate the row; the visible ends help to recognise it.
 */
export function quoteValue(kind: FeedKind, field: string, value: string): string {
  const fieldClass = SENSITIVE_FIELDS[kind]?.[field];
  return `"${fieldClass ? maskValue(fieldClass, value) : value}"`;
}

/** SQL checks write `{value}` where the offending value goes, and return it beside the reason. */
export const VALUE_PLACEHOLDER = '{value}';

/** Keeps the first `cap` errors and counts them all: a bad file can have millions. */
export class ErrorCollector {
  readonly errors: FeedError[] = [];
  count = 0;
  constructor(readonly cap = 1000) {}
  add(error: FeedError): void {
    this.count += 1;
    if (this.errors.length < this.cap) this.errors.push(error);
  }
  sorted(): FeedError[] {
    return [...this.errors].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  }
}
