import { BLOCKS_PER_PREFIX, RUN_ALPHABET } from '../../src/domain/phone/place-runs';

// Pure counterpart of decodePlaceRuns (kept free of Node APIs so tests can round-trip it).

const DIGIT_BASE = 32;

function encodeVarint(value: number): string {
  if (!Number.isInteger(value) || value < 0) throw new Error(`Cannot encode ${value}`);
  const digits: number[] = [];
  let rest = value;
  do {
    digits.unshift(rest % DIGIT_BASE);
    rest = Math.floor(rest / DIGIT_BASE);
  } while (rest > 0);
  // All but the last digit carry the "more follows" half of the alphabet.
  return digits.map((digit, index) => RUN_ALPHABET[index < digits.length - 1 ? digit + DIGIT_BASE : digit]).join('');
}

/** Encodes one place id per block (length 10,000; 0 = no data) as run-length text. */
export function encodePlaceRuns(placeOfBlock: ArrayLike<number>): string {
  if (placeOfBlock.length !== BLOCKS_PER_PREFIX) {
    throw new Error(`Expected ${BLOCKS_PER_PREFIX} blocks, got ${placeOfBlock.length}`);
  }
  let encoded = '';
  let runStart = 0;
  for (let block = 1; block <= BLOCKS_PER_PREFIX; block++) {
    if (block === BLOCKS_PER_PREFIX || placeOfBlock[block] !== placeOfBlock[runStart]) {
      encoded += encodeVarint(placeOfBlock[runStart]!) + encodeVarint(block - runStart - 1);
      runStart = block;
    }
  }
  return encoded;
}
