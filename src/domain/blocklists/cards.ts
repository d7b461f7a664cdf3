/**
 * One vCard per blocklisted number, the same card for the CardDAV address books and the `.vcf`
 * download. vCard 3.0 (RFC 2426): iOS and Fritz!Box read it best. What a card shows depends only
 * on what the change log tracks (verdict, tenth of probability, abuse level), so its ETag can
 * come from the log.
 */
import type { Verdict } from '../scoring';
import { probabilityBandLabel } from './buckets';

export type CardLang = 'zh-CN' | 'en';

export interface CardNumber {
  /** The number key (E.164, or `CN:95188` for short numbers). */
  key: string;
  /** What a phone dials: the E.164 form, or a short number's digits. */
  dial: string;
  verdict: Verdict;
  scamProbability: number | null;
  abuseLevel: string | null;
  /** When what the card shows last changed (ms). */
  changedAt: number;
}

export const SERVICE_NAME = 'collector-check';

const LABELS: Record<CardLang, { scam: string; suspicious: string; abusive: string; other: string }> = {
  'zh-CN': { scam: '疑似诈骗催收', suspicious: '可疑催收来电', abusive: '暴力催收', other: '被举报的催收来电' },
  en: { scam: 'Likely fake collector', suspicious: 'Suspicious collection call', abusive: 'Abusive collector', other: 'Reported collection call' },
};

const ABUSE: Record<CardLang, Record<string, string>> = {
  'zh-CN': { none: '无', low: '低', medium: '中', high: '高' },
  en: { none: 'none', low: 'low', medium: 'medium', high: 'high' },
};

/**
 * What the number is, in a few words.
 *
 * @example
 * cardLabel({ verdict: 'likely_scam', abuseLevel: 'low' }, 'en') // 'Likely fake collector'
 */
export function cardLabel(number: Pick<CardNumber, 'verdict' | 'abuseLevel'>, lang: CardLang): string {
  const labels = LABELS[lang];
  if (number.verdict === 'likely_scam') return labels.scam;
  if (number.abuseLevel === 'high') return labels.abusive;
  if (number.verdict === 'suspicious') return labels.suspicious;
  return labels.other;
}

/** The contact's name: "疑似诈骗催收 — collector-check". */
export function cardName(number: Pick<CardNumber, 'verdict' | 'abuseLevel'>, lang: CardLang): string {
  return `${cardLabel(number, lang)} — ${SERVICE_NAME}`;
}

function cardNote(number: CardNumber, lang: CardLang, pageUrl: string): string {
  const abuse = ABUSE[lang][number.abuseLevel ?? 'none'] ?? number.abuseLevel ?? '';
  const band = number.scamProbability === null ? null : probabilityBandLabel(number.scamProbability);
  if (lang === 'en') {
    return [
      band ? `Chance it is a scam: ${band}.` : null,
      `Abuse reported: ${abuse}.`,
      `Reports and what to do: ${pageUrl}`,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [band ? `诈骗可能性：${band}。` : null, `骚扰程度：${abuse}。`, `举报详情和应对办法：${pageUrl}`].filter(Boolean).join('');
}

/**
 * The card's UID: stable per number, whatever the language or profile.
 *
 * @example
 * cardUid('+8613800138000') // 'urn:collector-check:+8613800138000'
 */
export function cardUid(key: string): string {
  return `urn:${SERVICE_NAME}:${key}`;
}

/**
 * A vCard 3.0 for one number, lines ended by CRLF and folded at 75 octets. `extra` lines (already
 * escaped, `X-` properties) go before the end: the download's generation time.
 *
 * @example
 * vcard({ key: '+8613800138000', dial: '+8613800138000', verdict: 'likely_scam', scamProbability: 0.9, abuseLevel: 'low', changedAt: 0 }, 'en', 'https://example.org/n/+8613800138000')
 */
export function vcard(number: CardNumber, lang: CardLang, pageUrl: string, extra: readonly string[] = []): string {
  const name = cardName(number, lang);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `PRODID:-//${SERVICE_NAME}//blocklist//EN`,
    `UID:${escapeText(cardUid(number.key))}`,
    `FN:${escapeText(name)}`,
    `N:${escapeComponent(name)};;;;`,
    `ORG:${SERVICE_NAME}`,
    `TEL;TYPE=VOICE:${number.dial}`,
    `NOTE:${escapeText(cardNote(number, lang, pageUrl))}`,
    `URL:${pageUrl}`,
    `REV:${new Date(number.changedAt).toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    ...extra,
    'END:VCARD',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** TEXT values escape backslash, comma and newlines (RFC 2426 §5); semicolons only inside structured values. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A component of a structured value (N), where the semicolon separates components. */
function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character; continuation lines start with a space. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The card's file name in an address book: the E.164 digits, or `CN-95188` for a short number.
 *
 * @example
 * cardFileName('+8613800138000') // '8613800138000.vcf'
 * cardFileName('CN:95188')       // 'CN-95188.vcf'
 */
export function cardFileName(key: string): string {
  return `${key.startsWith('+') ? key.slice(1) : key.replace(':', '-')}.vcf`;
}

/**
 * The number key a card file name stands for, or null when it names no card.
 *
 * @example
 * keyOfCardFileName('8613800138000.vcf') // '+8613800138000'
 * keyOfCardFileName('CN-95188.vcf')      // 'CN:95188'
 */
export function keyOfCardFileName(name: string): string | null {
  const digits = /^([1-9]\d{6,14})\.vcf$/.exec(name);
  if (digits) return `+${digits[1]}`;
  const short = /^([A-Z]{2})-(\d{1,15})\.vcf$/.exec(name);
  return short ? `${short[1]}:${short[2]}` : null;
}
