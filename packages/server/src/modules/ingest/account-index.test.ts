import { describe, expect, it } from 'vitest';
import { AccountIndex } from './account-index.ts';

describe('AccountIndex', () => {
  it('finds numeric, padded and lettered account numbers, and nothing else', () => {
    const index = new AccountIndex(4);
    index.set('6200000000000001', 0);
    index.set('0062', 1);
    index.set('62', 2);
    index.set('AC-77', 3);
    index.set('99999999999999999999', 4); // beyond 2^53: kept as text
    expect(index.get('6200000000000001')).toBe(0);
    expect(index.get('0062')).toBe(1);
    expect(index.get('62')).toBe(2);
    expect(index.get('AC-77')).toBe(3);
    expect(index.get('99999999999999999999')).toBe(4);
    expect(index.get('99999999999999999998')).toBeUndefined();
    expect(index.get('6200000000000002')).toBeUndefined();
    expect(index.get('062')).toBeUndefined();
    expect(index.size).toBe(5);
  });

  it('holds a million keys with clustered values', () => {
    const index = new AccountIndex(1_000_000);
    for (let i = 0; i < 1_000_000; i += 1) index.set(String(6_200_000_000_000_000 + i * 4096), i);
    for (let i = 0; i < 1_000_000; i += 997) expect(index.get(String(6_200_000_000_000_000 + i * 4096))).toBe(i);
    expect(index.get(String(6_200_000_000_000_000 + 4095))).toBeUndefined();
  });
});
