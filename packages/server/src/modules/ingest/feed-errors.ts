/** A refused input, located as `file:line: field: reason` (line = physical line, header is 1). */
export interface FeedError {
  file: string;
  line: number;
  field: string;
  reason: string;
}

export const formatFeedError = (error: FeedError): string => `${error.file}:${error.line}: ${error.field}: ${error.reason}`;

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
