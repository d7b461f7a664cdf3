import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/domain/phone';
import { PROVINCIAL_CAPITALS, SEEDED_OFFICIAL_NUMBERS } from './cases';

// A valid CN number as its digit groups, and the ways people write it.
interface NumberShape {
  /** National digit groups, trunk 0 included for fixed lines: ["010", "6688", "1234"]. */
  groups: string[];
  /** Whether "+86" may precede it (short numbers, bar SMS gateways, are also written that way). */
  hasCountryCode: boolean;
}

const digitsOf = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

const MOBILE_PREFIXES = ['130', '134', '138', '139', '145', '150', '153', '159', '162', '165', '167', '170', '171', '176', '177', '180', '186', '188', '189', '191', '192', '198', '199'];
const mobileNumber = fc
  .tuple(fc.constantFrom(...MOBILE_PREFIXES), digitsOf(4), digitsOf(4))
  .map(([prefix, middle, last]): NumberShape => ({ groups: [prefix, middle, last], hasCountryCode: true }));

const fixedLineNumber = fc
  .tuple(fc.constantFrom(...PROVINCIAL_CAPITALS), fc.constantFrom(...'2345678'), digitsOf(7))
  .map(([[areaCode, sampleSubscriber], first, rest]): NumberShape => {
    const subscriber = (first + rest).slice(0, sampleSubscriber.length);
    return { groups: [areaCode, subscriber.slice(0, -4), subscriber.slice(-4)], hasCountryCode: true };
  });

const serviceNumber = fc
  .oneof(fc.constantFrom(...SEEDED_OFFICIAL_NUMBERS), digitsOf(3).map((d) => `95${d}`), digitsOf(3).map((d) => `12${d}`), digitsOf(4).map((d) => `1010${d}`))
  .map((digits): NumberShape => ({ groups: digits.length > 5 ? [digits.slice(0, 4), digits.slice(4)] : [digits], hasCountryCode: true }));

const smsGatewayNumber = fc
  .tuple(fc.constantFrom('1065', '1069'), digitsOf(4), digitsOf(4))
  .map(([prefix, a, b]): NumberShape => ({ groups: [prefix, a, b], hasCountryCode: false }));

const validCnNumber = fc.oneof(mobileNumber, fixedLineNumber, serviceNumber, smsGatewayNumber);

const toFullWidth = (text: string) => text.replace(/[0-9+\-()]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

interface Writing {
  countryCode: '' | '+86 ' | '+86' | '0086 ' | '0086-' | '(+86) ';
  separator: '' | ' ' | '-' | '.';
  parenthesizeFirstGroup: boolean;
  fullWidth: boolean;
  label: string;
  extension: string;
}

const writing = fc.record<Writing>({
  countryCode: fc.constantFrom('', '+86 ', '+86', '0086 ', '0086-', '(+86) '),
  separator: fc.constantFrom('', ' ', '-', '.'),
  parenthesizeFirstGroup: fc.boolean(),
  fullWidth: fc.boolean(),
  label: fc.constantFrom('', '来电: ', '号码：', 'Tel: ', '催收 '),
  extension: fc.constantFrom('', ' 转123', ' ext 12', 'x12', '，请回电'),
});

function write(shape: NumberShape, how: Writing): string {
  const groups = [...shape.groups];
  const international = how.countryCode !== '' && shape.hasCountryCode;
  // Abroad the trunk 0 of a CN area code is dropped: +86 10 …, not +86 010 ….
  if (international && groups[0]!.startsWith('0')) groups[0] = groups[0]!.slice(1);
  if (how.parenthesizeFirstGroup && groups.length > 1) groups[0] = `(${groups[0]})`;
  const number = (international ? how.countryCode : '') + groups.join(how.separator);
  return how.label + (how.fullWidth ? toFullWidth(number) : number) + how.extension;
}

describe('normalizePhone properties', () => {
  it('maps every way of writing a valid number to the same key', () => {
    fc.assert(
      fc.property(validCnNumber, writing, (shape, how) => {
        const canonical = normalizePhone(shape.groups.join(''));
        // A few generated subscriber numbers are unallocated (e.g. 010 8000 0000); only valid ones count.
        fc.pre(canonical.ok);
        const written = write(shape, how);
        const variant = normalizePhone(written);
        expect(variant.ok && variant.number.key, written).toBe(canonical.ok && canonical.number.key);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: normalizing e164 (or the key of a short number) gives the same key', () => {
    fc.assert(
      fc.property(validCnNumber, writing, (shape, how) => {
        const first = normalizePhone(write(shape, how));
        if (!first.ok) return;
        const again = normalizePhone(first.number.e164 ?? first.number.key);
        expect(again.ok && again.number.key).toBe(first.number.key);
        expect(again.ok && again.number.type).toBe(first.number.type);
      }),
      { numRuns: 300 },
    );
  });

  const phoneishText = fc.string({
    unit: fc.constantFrom(...'0123456789０１８９+＋-－ ().（）转xX#,:：86\u3000\u00a0a我'),
    maxLength: 40,
  });
  const anyRegion = fc.oneof(fc.constant(undefined), fc.constantFrom('CN', 'US', 'HK', 'TW', 'GB', 'cn', 'XX', '', ' '), fc.string({ maxLength: 4 }));
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), phoneishText);

  it('never throws and always answers with a well-formed result', () => {
    fc.assert(
      fc.property(anyText, anyRegion, fc.constantFrom('zh-CN' as const, 'en' as const), (text, region, lang) => {
        const result = normalizePhone(text, { region, lang });
        if (result.ok) {
          expect(result.number.key).toMatch(/^(\+[1-9]\d{3,16}|CN:\d{3,20})$/);
          const again = normalizePhone(result.number.e164 ?? result.number.key, { region, lang });
          expect(again.ok && again.number.key).toBe(result.number.key);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
