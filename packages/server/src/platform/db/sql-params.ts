/**
 * Numbered parameters for SQL assembled from parts (a scope condition, optional filters): each
 * value is added once and its `$n` placeholder returned, so fragments compose without counting.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
