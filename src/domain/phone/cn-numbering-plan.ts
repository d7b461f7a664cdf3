import type { NumberType } from './types';

// CN ranges that libphonenumber does not describe: its CN metadata has no short or service
// numbers, and it calls MVNO ranges plain "mobile". Source: MIIT 《电信网编号计划（2017年版）》
// (工业和信息化部 电信网码号资源管理), which reserves 1XX emergency numbers, 100XX/101XXXXX for
// carriers and nationwide enterprises, 106XX for SMS access, 12XXX for public-interest
// lines, 95XXX(X) for nationwide and 96XXX(X) for provincial service numbers, and
// 162/165/167/170/171 for resold (virtual operator) mobile numbers; plus the operators'
// and agencies' published hotlines (10086, 10010, 10000, 10099, 11185, 95188, 12378 …).

export type CnShortNumberType = Extract<NumberType, 'service' | 'sms_gateway'>;

interface CnShortNumberRange {
  pattern: RegExp;
  type: CnShortNumberType;
}

/** Whole national numbers, checked before libphonenumber. */
const CN_SHORT_NUMBER_RANGES: readonly CnShortNumberRange[] = [
  // Police, fire, ambulance, traffic police, directory enquiries, GSM emergency.
  { pattern: /^(?:110|112|114|119|120|122)$/, type: 'service' },
  // 10000 China Telecom, 10010 China Unicom, 10086 China Mobile, 10099 China Broadnet, 10050 Tietong …
  { pattern: /^10\d{3}$/, type: 'service' },
  // Nationwide enterprise customer service, e.g. Meituan 10107888.
  { pattern: /^1010\d{4}$/, type: 'service' },
  // Public utilities, e.g. China Post 11185.
  { pattern: /^11\d{3}$/, type: 'service' },
  // Government and public-interest lines: 12315, 12321, 12345, 12363, 12378, 12306 …
  { pattern: /^12\d{3}$/, type: 'service' },
  // 95xxx(x) nationwide (banks, insurers, Alipay 95188), 96xxx(x) provincial (96110 anti-fraud),
  // including the longer 8-digit forms; 950 followed by 7–8 digits is libphonenumber's shared cost.
  { pattern: /^9[56]\d{3,6}$/, type: 'service' },
  // SMS access codes: 106 + carrier/provider digits, up to 20 digits in all.
  { pattern: /^106\d{5,17}$/, type: 'sms_gateway' },
];

export function classifyCnShortNumber(nationalNumber: string): CnShortNumberType | null {
  for (const range of CN_SHORT_NUMBER_RANGES) {
    if (range.pattern.test(nationalNumber)) return range.type;
  }
  return null;
}

/** MVNO (虚拟运营商) mobile ranges and the carrier whose network they resell, where uniform. */
const CN_VIRTUAL_MOBILE_HOSTS: Readonly<Record<string, readonly [zh: string, en: string] | null>> = {
  '162': ['中国电信', 'China Telecom'],
  '165': ['中国移动', 'China Mobile'],
  '167': ['中国联通', 'China Unicom'],
  // 1700–1709 are split between the three carriers by the fourth digit (see the carrier data).
  '170': null,
  '171': ['中国联通', 'China Unicom'],
};

export function isCnVirtualMobile(nationalNumber: string): boolean {
  return nationalNumber.slice(0, 3) in CN_VIRTUAL_MOBILE_HOSTS;
}

export function cnVirtualMobileHost(nationalNumber: string, english: boolean): string | null {
  const host = CN_VIRTUAL_MOBILE_HOSTS[nationalNumber.slice(0, 3)];
  return host ? host[english ? 1 : 0] : null;
}
