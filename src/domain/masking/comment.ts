/**
 * Masks personal data in free-text comments before they are stored: e-mail addresses,
 * 18-digit resident ID numbers, bank-card numbers and phone numbers other than the one
 * being reported. The unmasked text is never written anywhere.
 */

/** Keeps the reported number readable in its own comment; compared on digits only. */
export interface MaskOptions {
  /** Digits of the reported number in national and international form (e.g. "13800138000", "8613800138000"). */
  reportedDigits: readonly string[];
}

/**
 * The forms in which a number's own digits may appear in text about it, for `reportedDigits`.
 *
 * @example
 * ownDigits({ national: '138 0013 8000', e164: '+8613800138000' }) // ['13800138000', '8613800138000', '13800138000', '013800138000']
 */
export function ownDigits(number: { national: string; e164: string | null }): string[] {
  const national = number.national.replace(/\D/g, '');
  const e164 = number.e164?.replace(/\D/g, '') ?? '';
  return [national, e164, e164.replace(/^86/, ''), `0${national}`].filter(Boolean);
}

// ASCII only: Chinese text runs into an address without a space ("邮箱a@b.com谢谢"), and
// letters of any script in the pattern would take the neighbouring characters as part of it.
// Internationalized local parts are too rare in comments to be worth that.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Local parts shorter than this are masked entirely: their first letter would be half of them. */
const EMAIL_KEEP_FIRST_FROM = 4;
// 17 digits + check digit or X: mainland resident identity card (GB 11643).
const ID_CARD = /(?<![\dA-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
// Runs of digits with optional spaces/dashes between groups; classified below.
// Dates such as 2026-05-01 are digit runs too, but no one's identifier.
const DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;
const DIGIT_RUN = /(?<![\d])(?:\+?\d[\d\s\-.()]{5,}\d)(?![\d])/g;

/**
 * @example
 * maskComment('call 13912345678 or mail zhang@b.cn', { reportedDigits: ['13800138000'] })
 * // 'call 139****5678 or mail z***@b.cn'
 */
export function maskComment(comment: string, options: MaskOptions): string {
  const reported = new Set(options.reportedDigits);
  return asciiDigits(comment)
    .replace(EMAIL, (email) => {
      const at = email.indexOf('@');
      const kept = at >= EMAIL_KEEP_FIRST_FROM ? email.slice(0, 1) : '';
      return `${kept}***${email.slice(at)}`;
    })
    .replace(ID_CARD, (id) => `${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`)
    .replace(DIGIT_RUN, (run) => {
      const digits = run.replace(/\D/g, '');
      if (digits.length < 7 || DATE.test(run.trim())) return run;
      if (reported.has(digits) || reported.has(digits.replace(/^(00)?86/, ''))) return run;
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return maskDigits(digits, 4, 4);
      if (digits.length >= 7 && digits.length <= 15) return maskDigits(digits, 3, 4);
      // Longer runs that are not card numbers are still identifiers of some kind.
      return maskDigits(digits, 2, 2);
    });
}

/** Full-width digits and signs would slip past the patterns; other characters stay as written. */
function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff20\uff0b]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function maskDigits(digits: string, keepStart: number, keepEnd: number): string {
  return digits.slice(0, keepStart) + '*'.repeat(Math.max(4, digits.length - keepStart - keepEnd)) + digits.slice(-keepEnd);
}

/** Bank cards (UnionPay included) carry a Luhn check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
