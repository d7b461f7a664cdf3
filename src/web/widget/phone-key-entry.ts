/**
 * What the widget's private mode runs in the browser (bundled by scripts/build-widget-phone.mjs
 * into phone-key.generated.ts, served as /widget-phone.js): the server's own reading of a
 * number up to its key, and the key's hash. The number never leaves the page.
 */
import { numberKeyHash } from '../../domain/phone/key-hash';
import { readNumber } from '../../domain/phone/number-reading';

/**
 * The key, the hash and a readable form of what a person typed, or null when it is not a number.
 *
 * @example
 * await hashedNumber('138 0013 8000', 'CN') // { key: '+8613800138000', hash: 'ec61f…', shown: '138 0013 8000' }
 */
export async function hashedNumber(input: string, region?: string): Promise<{ key: string; hash: string; shown: string } | null> {
  const reading = readNumber(input, { region });
  if (!reading.ok) return null;
  const shown = reading.kind === 'short' ? reading.national : reading.parsed.country === 'CN' ? reading.parsed.formatNational() : reading.parsed.formatInternational();
  return { key: reading.key, hash: await numberKeyHash(reading.key), shown };
}
