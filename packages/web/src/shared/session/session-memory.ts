/**
 * What a screen wants to keep while the user moves around the app (the last customer search,
 * with its filters) — in memory only, never in the URL or browser storage (phone and ID numbers
 * must not travel in a URL: docs/security.md), and forgotten when the session ends.
 */
const memory = new Map<string, unknown>();

export function remember<T>(key: string, value: T): void {
  memory.set(key, value);
}

export function recall<T>(key: string): T | undefined {
  return memory.get(key) as T | undefined;
}

export function forgetAll(): void {
  memory.clear();
}
