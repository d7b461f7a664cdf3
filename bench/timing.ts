/** Passes per measurement; the median one is reported. */
export const ROUNDS = 7;

/** Median µs per call over `rounds` passes through `inputs`, after one warm-up pass (JIT, caches). */
export function microsecondsPerCall<T>(inputs: readonly T[], call: (input: T) => unknown, rounds = ROUNDS): number {
  for (const input of inputs) call(input);
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const input of inputs) call(input);
    timings.push(((performance.now() - start) * 1000) / inputs.length);
  }
  return timings.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}
