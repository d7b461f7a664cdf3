// Turns what people paste ("来电：+86 138-0013-8000 转123", "（010）8888 1234") into the
// digits of the one phone number in it.

export const MAX_INPUT_LENGTH = 256;

export interface DialledDigits {
  digits: string;
  /** Written with a leading "+", so the digits start with a country code. */
  international: boolean;
}

const FULL_WIDTH_FIRST = 0xff01; // "！"
const FULL_WIDTH_LAST = 0xff5e; // "～"
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII (０-９, ＋, （）, －) → ASCII; ideographic space → space. */
function toHalfWidth(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) result += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === 0x3000) result += ' ';
    else result += text[index];
  }
  return result;
}

// A run of digits with the separators people put between digit groups; a "+" only at the
// start. Letters, colons, "转"/"ext"/"x" and commas end a run, which drops labels before the
// number and extensions after it.
const SEPARATOR = String.raw`\s\-.()/\[\]\u2010-\u2015\u2212\u30fb\u00b7`;
const NUMBER_RUN = new RegExp(String.raw`\+?[${SEPARATOR}]*\d[\d${SEPARATOR}]*`, 'g');

/**
 * The digits of the run with the most digits (the first such run on a tie), or null when
 * the text has no digit at all.
 */
export function extractDialledDigits(text: string): DialledDigits | null {
  let best: DialledDigits | null = null;
  for (const match of toHalfWidth(text).matchAll(NUMBER_RUN)) {
    const run = match[0];
    const digits = run.replace(/\D/g, '');
    if (best === null || digits.length > best.digits.length) best = { digits, international: run.startsWith('+') };
  }
  return best;
}
