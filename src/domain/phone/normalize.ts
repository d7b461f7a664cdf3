import type { NumberType as LibphonenumberType, PhoneNumber } from 'libphonenumber-js/max';
import { cnMobileCarrier, locateCnFixedLine, locateCnMobile } from './cn-geo';
import { cnVirtualMobileHost, isCnVirtualMobile, type CnShortNumberType } from './cn-numbering-plan';
import { CN_CALLING_CODE, readNumber } from './number-reading';
import type { Lang, NormalizedNumber, NormalizeOptions, NormalizeResult, NumberType } from './types';

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
 * The key comes from {@link readNumber} (number-reading.ts); this adds what the number is.
 *
 * @example
 * normalizePhone('来电：+86 138-0013-8000') // number.key === '+8613800138000', type 'mobile'
 * normalizePhone('95188')                  // number.key === 'CN:95188', type 'service'
 * normalizePhone('(010) 8888 1234', { lang: 'en' }).number.location // { province: 'Beijing', city: null, area_code: '010' }
 */
export function normalizePhone(input: string, options: NormalizeOptions = {}): NormalizeResult {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'zh-CN';
  try {
    const reading = readNumber(input, options);
    if (!reading.ok) return reading;
    if (reading.kind === 'short') return valid(cnShortNumber(reading.input, reading.national, reading.type));
    return valid(fromLibphonenumber(reading.input, reading.parsed, reading.libphonenumberType, lang));
  } catch {
    // Defence in depth: the location tables below are not documented as total over all numbers.
    return { ok: false, reason: 'invalid_for_region', message: 'The input could not be read as a phone number.', messages: { 'zh-CN': '无法将输入识别为电话号码。', en: 'The input could not be read as a phone number.' } };
  }
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

function valid(number: NormalizedNumber): NormalizeResult {
  return { ok: true, number };
}
