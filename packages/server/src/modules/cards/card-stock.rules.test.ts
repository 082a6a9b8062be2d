import { describe, expect, it } from 'vitest';
import { stockAlert } from './card-stock.rules.ts';

describe('card stock alerts', () => {
  it.each([
    [0, 5, 100, 'SHORTAGE'],
    [5, 5, 100, 'SHORTAGE'],
    [6, 5, 100, null],
    [100, 5, 100, null],
    [101, 5, 100, 'OVERSTOCK'],
    [0, null, 100, null],
    [1000, 5, null, null],
    [0, 0, null, 'SHORTAGE'],
    [3, null, null, null],
  ] as const)('%i cards, shortage at %s, overstock above %s → %s', (quantity, shortageLevel, overstockLevel, alert) => {
    expect(stockAlert({ quantity, shortageLevel, overstockLevel })).toBe(alert);
  });
});
