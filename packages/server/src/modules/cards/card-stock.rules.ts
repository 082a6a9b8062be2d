/**
 * Card stock alerts (DOMAIN.md §5 "alert on shortage and overstock"): each outlet sets, per card
 * type, the level at or below which it is short and the level above which it holds too many.
 */

export type StockAlert = 'SHORTAGE' | 'OVERSTOCK' | null;

export interface StockLevels {
  quantity: number;
  /** At or below: shortage. Null: no shortage alert. */
  shortageLevel: number | null;
  /** Above: overstock. Null: no overstock alert. */
  overstockLevel: number | null;
}

export function stockAlert({ quantity, shortageLevel, overstockLevel }: StockLevels): StockAlert {
  if (shortageLevel !== null && quantity <= shortageLevel) return 'SHORTAGE';
  if (overstockLevel !== null && quantity > overstockLevel) return 'OVERSTOCK';
  return null;
}
