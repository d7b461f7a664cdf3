/** The number types a lookup names (the one list: schema, validation and types read it). */
export const NUMBER_TYPES = ['mobile', 'fixed_line', 'toll_free', 'shared_cost', 'service', 'virtual_mobile', 'sms_gateway', 'voip', 'unknown'] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

export type Lang = 'zh-CN' | 'en';

export interface PhoneLocation {
  /** Province-level division: 广东省, 广西, 北京市 (a municipality is one). */
  province: string | null;
  /** Prefecture-level city; null for a municipality, which `province` already names, or when unknown. */
  city: string | null;
  /** With the trunk 0, e.g. "010", "0755". */
  area_code: string | null;
}

export interface NormalizedNumber {
  /** What the person typed, trimmed. */
  input: string;
  /** Stable key: E.164 where one exists ("+8613800138000"), else "CN:95188" for short service numbers. */
  key: string;
  e164: string | null;
  /** Formatted national form, e.g. "138 0013 8000", "010 8888 1234", "95188", "400 123 4567". */
  national: string;
  /** ISO 3166-1 alpha-2 of the number ("ZZ" for non-geographic numbers such as +800). */
  region: string;
  type: NumberType;
  /** Localized by lang. For a CN mobile, the city its block was allocated to. */
  location: PhoneLocation | null;
  /** Carrier of original allocation, localized by lang; null for fixed lines. */
  carrier: string | null;
}

export type InvalidReason = 'empty' | 'no_digits' | 'too_short' | 'too_long' | 'invalid_for_region' | 'unknown_region';

export type NormalizeResult =
  | { ok: true; number: NormalizedNumber }
  | {
      ok: false;
      reason: InvalidReason;
      /** English sentence saying what was wrong. */
      message: string;
      /** The same sentence in each language. */
      messages: Readonly<Record<Lang, string>>;
    };

export interface NormalizeOptions {
  /** ISO 3166-1 alpha-2 region the number is dialled from; defaults to CN. */
  region?: string;
  /** Language of location and carrier; defaults to zh-CN. */
  lang?: Lang;
}
