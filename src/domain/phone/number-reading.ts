/**
 * The part of reading a number that decides its key: pasted text → dialled digits → a CN
 * short number or a number libphonenumber knows, or why it is not a number. It stays free of
 * the location and carrier tables, so the widget's private mode can bundle exactly this for
 * the browser (scripts/build-widget-phone.mjs) and compute the same key the server does.
 */
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType as LibphonenumberType,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { classifyCnShortNumber, type CnShortNumberType } from './cn-numbering-plan';
import { extractDialledDigits, MAX_INPUT_LENGTH } from './pasted-text';
import type { InvalidReason, NormalizeOptions, NormalizeResult } from './types';

const DEFAULT_REGION = 'CN';
export const CN_CALLING_CODE = '86';
/** The longest CN SMS access codes; E.164 itself stops at 15. */
const MAX_DIGITS = 20;
/** A key of ours for a short number ("CN:95188") reads back as that number. */
const SHORT_NUMBER_KEY = /^([A-Za-z]{2}):(\d{1,20})$/;

/** A number read far enough to know its key. */
export type NumberReading =
  | { ok: true; kind: 'short'; input: string; key: string; national: string; type: CnShortNumberType }
  | { ok: true; kind: 'parsed'; input: string; key: string; parsed: PhoneNumber; libphonenumberType: NonNullable<LibphonenumberType> };

export type InvalidNumber = Extract<NormalizeResult, { ok: false }>;

/**
 * Reads what a person pasted up to the number's key. Never throws.
 *
 * @example
 * readNumber('95188').key                // 'CN:95188'
 * readNumber('+86 138 0013 8000').key    // '+8613800138000'
 */
export function readNumber(input: string, options: NormalizeOptions = {}): NumberReading | InvalidNumber {
  try {
    return read(typeof input === 'string' ? input.trim() : '', options ?? {});
  } catch {
    // Defence in depth: the parsers below are not documented as total over all strings.
    return invalid('invalid_for_region', 'The input could not be read as a phone number.', '无法将输入识别为电话号码。');
  }
}

/**
 * The key alone: what the widget's private mode hashes.
 *
 * @example
 * phoneKey('138-0013-8000') // '+8613800138000'
 * phoneKey('abc')           // null
 */
export function phoneKey(input: string, region?: string): string | null {
  const reading = readNumber(input, { region });
  return reading.ok ? reading.key : null;
}

function read(input: string, options: NormalizeOptions): NumberReading | InvalidNumber {
  if (input === '') return invalid('empty', 'No phone number was given.', '没有填写电话号码。');
  // An empty region (e.g. from "?region=") means the default, like a missing one.
  const requestedRegion = String(options.region ?? '').trim() || DEFAULT_REGION;
  if (input.length > MAX_INPUT_LENGTH) {
    return invalid('too_long', `The input is longer than ${MAX_INPUT_LENGTH} characters, too long to be a phone number.`, `输入超过 ${MAX_INPUT_LENGTH} 个字符，不可能是电话号码。`);
  }

  const shortKey = SHORT_NUMBER_KEY.exec(input);
  const region = (shortKey ? shortKey[1]! : requestedRegion).toUpperCase();
  if (!/^[A-Z]{2}$/.test(region) || !isSupportedCountry(region)) {
    const shown = JSON.stringify((shortKey ? shortKey[1]! : requestedRegion).slice(0, 16));
    return invalid('unknown_region', `${shown} is not a known ISO 3166-1 alpha-2 region code.`, `${shown} 不是已知的 ISO 3166-1 两位地区代码。`);
  }
  const dialled = shortKey ? { digits: shortKey[2]!, international: false } : extractDialledDigits(input);
  if (dialled === null) return invalid('no_digits', 'The input contains no digits.', '输入中没有数字。');
  if (dialled.digits.length > MAX_DIGITS) {
    return invalid('too_long', `The number has ${dialled.digits.length} digits; phone numbers have at most ${MAX_DIGITS}.`, `号码有 ${dialled.digits.length} 位，电话号码最多 ${MAX_DIGITS} 位。`);
  }

  // "0086…" is the international form when dialled from CN.
  const international = dialled.international || (region === 'CN' && dialled.digits.startsWith('00'));
  const digits = international && !dialled.international ? dialled.digits.slice(2) : dialled.digits;
  return interpret({ input, digits, international, region: region as CountryCode });
}

interface Dialled {
  input: string;
  /** With the country code when `international`, else as dialled inside `region`. */
  digits: string;
  international: boolean;
  region: CountryCode;
}

function interpret(dialled: Dialled): NumberReading | InvalidNumber {
  const { input, digits, international, region } = dialled;
  const cnNational = international ? (digits.startsWith(CN_CALLING_CODE) ? digits.slice(2) : null) : region === 'CN' ? digits : null;
  const shortType = cnNational === null ? null : classifyCnShortNumber(cnNational);
  // Service ranges never collide with a geographic number. A 106 prefix written with +86 may
  // be a Beijing line (+86 10 6xxx xxxx), so libphonenumber decides that case first.
  if (cnNational !== null && shortType !== null && (shortType === 'service' || !international)) {
    return short(input, cnNational, shortType);
  }

  const dialledText = international ? `+${digits}` : digits;
  const parsed = parsePhoneNumberFromString(dialledText, { defaultCountry: region, extract: false });
  // With max metadata isValid() is getType() !== undefined, so one call answers both.
  const libphonenumberType = parsed?.getType();
  if (parsed && libphonenumberType) return { ok: true, kind: 'parsed', input, key: parsed.number as string, parsed, libphonenumberType };

  if (cnNational !== null && shortType !== null) return short(input, cnNational, shortType);
  // "86 95188": a country code typed without its "+".
  if (cnNational !== null && !international && cnNational.startsWith(CN_CALLING_CODE)) {
    const withoutCallingCode = cnNational.slice(2);
    const typeWithoutCallingCode = classifyCnShortNumber(withoutCallingCode);
    if (typeWithoutCallingCode !== null) return short(input, withoutCallingCode, typeWithoutCallingCode);
  }
  return invalidNumber(dialledText, region, international, parsed);
}

function short(input: string, national: string, type: CnShortNumberType): NumberReading {
  return { ok: true, kind: 'short', input, key: `CN:${national}`, national, type };
}

function invalidNumber(dialledText: string, region: CountryCode, international: boolean, parsed: PhoneNumber | undefined): InvalidNumber {
  const shown = dialledText === '+' ? 'The input' : dialledText;
  const where = international ? '' : ` in region ${region}`;
  const shownZh = dialledText === '+' ? '输入' : dialledText;
  const phoneNumberZh = international ? '电话号码' : ` ${region} 地区的电话号码`;
  switch (validatePhoneNumberLength(dialledText, region)) {
    case 'TOO_SHORT':
    case 'NOT_A_NUMBER':
      return invalid('too_short', `${shown} has too few digits to be a phone number${where}.`, `${shownZh} 的位数太少，不是${phoneNumberZh}。`);
    case 'TOO_LONG':
      return invalid('too_long', `${shown} has too many digits to be a phone number${where}.`, `${shownZh} 的位数太多，不是${phoneNumberZh}。`);
    case 'INVALID_COUNTRY':
      return invalid('unknown_region', `${shown} does not start with a known country calling code.`, `${shownZh} 不是以已知的国家代码开头。`);
    default: {
      const calledIn = international && parsed ? ` for country calling code +${parsed.countryCallingCode}` : where;
      const validZh = international && parsed ? `国家代码 +${parsed.countryCallingCode} 下的有效电话号码` : `有效的${phoneNumberZh}`;
      return invalid('invalid_for_region', `${shown} is not a valid phone number${calledIn}.`, `${shownZh} 不是${validZh}。`);
    }
  }
}

function invalid(reason: InvalidReason, message: string, messageZh: string): InvalidNumber {
  return { ok: false, reason, message, messages: { 'zh-CN': messageZh, en: message } };
}
