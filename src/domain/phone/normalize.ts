import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type NumberType as LibphonenumberType,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { cnMobileCarrier, locateCnFixedLine, locateCnMobile } from './cn-geo';
import { classifyCnShortNumber, cnVirtualMobileHost, isCnVirtualMobile, type CnShortNumberType } from './cn-numbering-plan';
import { extractDialledDigits, MAX_INPUT_LENGTH } from './pasted-text';
import type { InvalidReason, Lang, NormalizedNumber, NormalizeOptions, NormalizeResult, NumberType } from './types';

const DEFAULT_REGION = 'CN';
const CN_CALLING_CODE = '86';
/** The longest CN SMS access codes; E.164 itself stops at 15. */
const MAX_DIGITS = 20;
/** A key of ours for a short number ("CN:95188") reads back as that number. */
const SHORT_NUMBER_KEY = /^([A-Za-z]{2}):(\d{1,20})$/;

const TYPE_OF_LIBPHONENUMBER_TYPE: Partial<Record<NonNullable<LibphonenumberType>, NumberType>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  TOLL_FREE: 'toll_free',
  SHARED_COST: 'shared_cost',
  VOIP: 'voip',
  UAN: 'service',
  // FIXED_LINE_OR_MOBILE (US, …) cannot be told apart, so it stays 'unknown'.
};

/**
 * Reads a phone number the way people paste it and gives it a stable key, type, location
 * and carrier. Never throws: anything that is not a plausible number is `ok: false`.
 *
 * @example
 * normalizePhone('来电：+86 138-0013-8000') // number.key === '+8613800138000', type 'mobile'
 * normalizePhone('95188')                  // number.key === 'CN:95188', type 'service'
 * normalizePhone('(010) 8888 1234', { lang: 'en' }).number.location // { province: 'Beijing', city: null, area_code: '010' }
 */
export function normalizePhone(input: string, options: NormalizeOptions = {}): NormalizeResult {
  try {
    return normalize(typeof input === 'string' ? input.trim() : '', options ?? {});
  } catch {
    // Defence in depth: the parsers below are not documented as total over all strings.
    return invalid('invalid_for_region', 'The input could not be read as a phone number.', '无法将输入识别为电话号码。');
  }
}

function normalize(input: string, options: NormalizeOptions): NormalizeResult {
  if (input === '') return invalid('empty', 'No phone number was given.', '没有填写电话号码。');
  // An empty region (e.g. from "?region=") means the default, like a missing one.
  const requestedRegion = String(options.region ?? '').trim() || DEFAULT_REGION;
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
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
  return interpret({ input, digits, international, region: region as CountryCode, lang });
}

interface Dialled {
  input: string;
  /** With the country code when `international`, else as dialled inside `region`. */
  digits: string;
  international: boolean;
  region: CountryCode;
  lang: Lang;
}

function interpret(dialled: Dialled): NormalizeResult {
  const { input, digits, international, region, lang } = dialled;
  const cnNational = international ? (digits.startsWith(CN_CALLING_CODE) ? digits.slice(2) : null) : region === 'CN' ? digits : null;
  const shortType = cnNational === null ? null : classifyCnShortNumber(cnNational);
  // Service ranges never collide with a geographic number. A 106 prefix written with +86 may
  // be a Beijing line (+86 10 6xxx xxxx), so libphonenumber decides that case first.
  if (cnNational !== null && shortType !== null && (shortType === 'service' || !international)) {
    return valid(cnShortNumber(input, cnNational, shortType));
  }

  const dialledText = international ? `+${digits}` : digits;
  const parsed = parsePhoneNumberFromString(dialledText, { defaultCountry: region, extract: false });
  // With max metadata isValid() is getType() !== undefined, so one call answers both.
  const libphonenumberType = parsed?.getType();
  if (parsed && libphonenumberType) return valid(fromLibphonenumber(input, parsed, libphonenumberType, lang));

  if (cnNational !== null && shortType !== null) return valid(cnShortNumber(input, cnNational, shortType));
  // "86 95188": a country code typed without its "+".
  if (cnNational !== null && !international && cnNational.startsWith(CN_CALLING_CODE)) {
    const withoutCallingCode = cnNational.slice(2);
    const typeWithoutCallingCode = classifyCnShortNumber(withoutCallingCode);
    if (typeWithoutCallingCode !== null) return valid(cnShortNumber(input, withoutCallingCode, typeWithoutCallingCode));
  }
  return invalidNumber(dialledText, region, international, parsed);
}

function cnShortNumber(input: string, nationalNumber: string, type: CnShortNumberType): NormalizedNumber {
  return { input, key: `CN:${nationalNumber}`, e164: null, national: nationalNumber, region: 'CN', type, location: null, carrier: null };
}

function fromLibphonenumber(input: string, parsed: PhoneNumber, libphonenumberType: NonNullable<LibphonenumberType>, lang: Lang): NormalizedNumber {
  const nationalNumber = parsed.nationalNumber as string;
  const national = parsed.formatNational();
  let type: NumberType = TYPE_OF_LIBPHONENUMBER_TYPE[libphonenumberType] ?? 'unknown';
  let location: NormalizedNumber['location'] = null;
  let carrier: string | null = null;
  if (parsed.countryCallingCode === CN_CALLING_CODE) {
    if (type === 'mobile' && isCnVirtualMobile(nationalNumber)) type = 'virtual_mobile';
    if (type === 'mobile' || type === 'virtual_mobile') {
      location = locateCnMobile(nationalNumber, lang);
      carrier = cnMobileCarrier(nationalNumber, lang) ?? cnVirtualMobileHost(nationalNumber, lang === 'en');
    } else if (type === 'fixed_line') {
      // libphonenumber formats CN fixed lines as "<area code> <subscriber>": "0755 8888 1234".
      const areaCode = /^(0\d{2,3}) /.exec(national)?.[1] ?? null;
      location = locateCnFixedLine(nationalNumber, areaCode, lang);
    }
  }
  const e164 = parsed.number as string;
  return { input, key: e164, e164, national, region: parsed.country ?? 'ZZ', type, location, carrier };
}

function invalidNumber(dialledText: string, region: CountryCode, international: boolean, parsed: PhoneNumber | undefined): NormalizeResult {
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

function valid(number: NormalizedNumber): NormalizeResult {
  return { ok: true, number };
}

function invalid(reason: InvalidReason, message: string, messageZh: string): NormalizeResult {
  return { ok: false, reason, message, messages: { 'zh-CN': messageZh, en: message } };
}
