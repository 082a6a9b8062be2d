/** Shapes shared by the query strings and paths of every module's routes. */
import { z } from 'zod';

/** A positive whole number in a query string or path ("42"); no signs, exponents or spaces. */
export function wholeNumber(max = 2_147_483_647) {
  return z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'must be a positive whole number')
    .transform(Number)
    .pipe(z.number().max(max, `must be at most ${max}`));
}
