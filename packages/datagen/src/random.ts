// Seeded randomness. Everything the generator draws comes from here, so that the same seed and
// spec give byte-identical files on any machine: only integer 32-bit arithmetic and + - * / on
// doubles are used (no Math.random, no Math.exp/log/pow whose last bit may differ between engines).

/** splitmix32: spreads a small seed and a stream name over the 128-bit sfc32 state. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a of a stream name, so that each concern (names, balances, fx...) has its own stream. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG): 128-bit state, passes PractRand, and is
 * fast in JS because it is pure 32-bit integer work. mulberry32's 2^32 period would be too short
 * for a 1M-customer bank drawing hundreds of millions of numbers.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string) {
    const mix = splitmix32((seed ^ hashName(stream)) >>> 0);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix() | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform uint32. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [lo, hi] inclusive. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** Uniform double in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Triangular noise in (-1, 1), mean 0: a cheap bell shape without transcendental functions. */
  tri(): number {
    return this.float() - this.float();
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** Index drawn from a cumulative weight table (see `cumulative`). */
  weighted(cumulativeWeights: Float64Array): number {
    const total = cumulativeWeights[cumulativeWeights.length - 1] as number;
    const x = this.float() * total;
    let lo = 0;
    let hi = cumulativeWeights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x < (cumulativeWeights[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * Truncated Pareto with alpha 1 (density ∝ 1/x² on [lo, hi)), the classic shape of wealth
   * within a band; inverse CDF needs only division.
   */
  pareto(lo: number, hi: number): number {
    const u = this.float();
    return lo / (1 - u * (1 - lo / hi));
  }
}

export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/**
 * A keyed bijection on [0, 10^8): a 4-round Feistel network over two 4-digit halves. Feeding it
 * distinct indices gives distinct, random-looking 8-digit numbers, so phones and document
 * numbers are unique by construction instead of by a memory-hungry "seen" set.
 */
export function permute8(index: number, key: number): number {
  let left = Math.floor(index / 10000) % 10000;
  let right = index % 10000;
  for (let round = 0; round < 4; round++) {
    let h = Math.imul(right ^ key, 0x9e3779b1) ^ Math.imul(round + 1, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h = (h ^ (h >>> 12)) >>> 0;
    const next = (left + (h % 10000)) % 10000;
    left = right;
    right = next;
  }
  return left * 10000 + right;
}
