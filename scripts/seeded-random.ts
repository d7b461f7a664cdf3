/** Seeded randomness, so every eval run builds the same population. */
export interface Random {
  (): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Poisson-distributed count with the given mean (Knuth; small means only). */
  poisson(mean: number): number;
  /** Picks a key by weight: weighted({ a: 2, b: 1 }) is 'a' two times in three. */
  weighted<K extends string>(weights: Record<K, number>): K;
}

/** mulberry32 */
export function seededRandom(seed: number): Random {
  let state = seed | 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.chance = (p) => next() < p;
  next.pick = (items) => items[Math.floor(next() * items.length)]!;
  next.poisson = (mean) => {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = next(); p > limit; p *= next()) k++;
    return k;
  };
  next.weighted = (weights) => {
    const entries = Object.entries(weights) as [never, number][];
    let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((roll -= w) < 0) return key;
    return entries[entries.length - 1]![0];
  };
  return next;
}
