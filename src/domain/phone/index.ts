export type {
  InvalidReason,
  Lang,
  NormalizedNumber,
  NormalizeOptions,
  NormalizeResult,
  NumberType,
  PhoneLocation,
} from './types';
export { NUMBER_TYPES } from './types';
import { normalizePhone } from './normalize';

export { normalizePhone };
export { phoneKey, readNumber } from './number-reading';
export { numberKeyHash, RANGE_PREFIX_MAX, RANGE_PREFIX_MIN } from './key-hash';

const E164_KEY = /^\+[1-9]\d{6,14}$/;

/**
 * The 100-block of a number, for pooling evidence over neighbouring (rotating) numbers:
 * the key without its last two digits. Null for short service numbers ("CN:95188").
 *
 * @example
 * numberBlockKey('+8613800138000') // '+86138001380'
 * numberBlockKey('CN:95188')       // null
 */
export function numberBlockKey(key: string): string | null {
  return typeof key === 'string' && E164_KEY.test(key) ? key.slice(0, -2) : null;
}

/**
 * What a person dials for a number key: the digits of a short number, the E.164 form otherwise.
 *
 * @example
 * dialableNumber('CN:95188')       // '95188'
 * dialableNumber('+8613800138000') // '+8613800138000'
 */
export function dialableNumber(key: string): string {
  const colon = key.indexOf(':');
  return colon >= 0 ? key.slice(colon + 1) : key;
}

/**
 * How a person in China reads a number key: national format for CN numbers, the E.164 form
 * for other regions, the digits of a short number.
 *
 * @example
 * readableNumber('+8617012345678') // '170 1234 5678'
 * readableNumber('+14155550123')   // '+14155550123'
 * readableNumber('CN:95188')       // '95188'
 */
export function readableNumber(key: string): string {
  const parsed = normalizePhone(key);
  if (!parsed.ok) return dialableNumber(key);
  return parsed.number.region === 'CN' ? parsed.number.national : (parsed.number.e164 ?? parsed.number.national);
}
