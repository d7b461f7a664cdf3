/**
 * Decoder for the run-length strings in `data/cn-geo.generated.ts`.
 *
 * A string describes the 10,000 four-digit blocks that follow one three-digit mobile
 * prefix (e.g. "138" → blocks 1380000…1389999) as runs of equal place ids. Each run is
 * two varints: the place id (0 = no data, otherwise the index into PLACES plus one) and
 * the run length minus one. A varint is written in base-32 digits, most significant first;
 * each digit is one character of RUN_ALPHABET, and characters from the upper half of the
 * alphabet mean "more digits follow". Frequent places get small ids, so most runs cost
 * two or three characters.
 */
export const RUN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_BASE = 32;
export const BLOCKS_PER_PREFIX = 10_000;

export interface PlaceRuns {
  /** ends[i] is one past the last block of run i; ascending, the last one is 10,000. */
  ends: Uint16Array;
  /** places[i] is the place id of run i (0 = no data). */
  places: Uint16Array;
}

const CHAR_VALUE = new Map<string, number>([...RUN_ALPHABET].map((char, value) => [char, value]));

export function decodePlaceRuns(encoded: string): PlaceRuns {
  const values: number[] = [];
  let current = 0;
  for (const char of encoded) {
    const value = CHAR_VALUE.get(char);
    if (value === undefined) throw new Error(`Unexpected character ${JSON.stringify(char)} in place runs`);
    current = current * DIGIT_BASE + (value % DIGIT_BASE);
    if (value < DIGIT_BASE) {
      values.push(current);
      current = 0;
    }
  }
  const runCount = values.length >> 1;
  const ends = new Uint16Array(runCount);
  const places = new Uint16Array(runCount);
  let end = 0;
  for (let run = 0; run < runCount; run++) {
    places[run] = values[2 * run]!;
    end += values[2 * run + 1]! + 1;
    ends[run] = end;
  }
  if (end !== BLOCKS_PER_PREFIX) throw new Error(`Place runs cover ${end} blocks instead of ${BLOCKS_PER_PREFIX}`);
  return { ends, places };
}

/** Place id of one block (0…9999), by binary search over the run ends. */
export function placeOfBlock(runs: PlaceRuns, block: number): number {
  let low = 0;
  let high = runs.ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (runs.ends[middle]! > block) high = middle;
    else low = middle + 1;
  }
  return runs.places[low] ?? 0;
}
