import { describe, expect, it } from 'vitest';
import { normalizePhone, numberBlockKey } from '../../../src/domain/phone';
import { INVALID_CASES, VALID_CASES } from './cases';

describe('normalizePhone: valid numbers', () => {
  it('has a table of at least 200 cases', () => {
    expect(VALID_CASES.length + INVALID_CASES.length).toBeGreaterThanOrEqual(200);
  });

  it.each(VALID_CASES.map((c) => [c.input, c] as const))('%s', (_, c) => {
    const result = normalizePhone(c.input, { region: c.region, lang: c.lang });
    if (!result.ok) expect.fail(`${c.input}: ${result.reason}: ${result.message}`);
    const { number } = result;
    expect(number.input).toBe(c.input.trim());
    expect(number.key).toBe(c.key);
    expect(number.e164).toBe(c.key.startsWith('+') ? c.key : null);
    expect(number.type).toBe(c.type);
    if (c.national !== undefined) expect(number.national).toBe(c.national);
    if (c.carrier !== undefined) expect(number.carrier).toBe(c.carrier);
    if (c.location === null) expect(number.location).toBeNull();
    if (c.location) {
      expect(number.location).not.toBeNull();
      expect(number.location!.province).toBe(c.location.province);
      expect(number.location!.area_code).toBe(c.location.area_code);
      if (c.location.city === null) expect(number.location!.city).toBeNull();
      else expect(number.location!.city).toContain(c.location.city);
    }
  });
});

describe('normalizePhone: locations read once', () => {
  it.each(['010 8888 1234', '021-66881234', '022 6688 1234', '023-66881234', '13800138000', '0755 8888 1234'])('%s never repeats its place', (input) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const result = normalizePhone(input, { lang });
      const location = result.ok ? result.number.location : null;
      expect(location).not.toBeNull();
      expect(location!.province).toBeTruthy();
      expect(location!.city).not.toBe(location!.province);
    }
  });
});

describe('normalizePhone: invalid input', () => {
  it.each(INVALID_CASES.map((c) => [c.input.slice(0, 40), c] as const))('%j', (_, c) => {
    const result = normalizePhone(c.input, { region: c.region });
    expect(result).toMatchObject({ ok: false, reason: c.reason });
    if (!result.ok) expect(result.message).toMatch(/^[A-Z"+0-9].*\.$/);
  });
});

describe('normalizePhone: details', () => {
  it('defaults to region CN and lang zh-CN', () => {
    const result = normalizePhone('010 8888 1234');
    expect(result.ok && result.number).toMatchObject({ region: 'CN', location: { province: '北京市' } });
  });

  it('fixed lines have no carrier; short numbers have no E.164 form', () => {
    const fixed = normalizePhone('021-66881234');
    const short = normalizePhone('95188');
    expect(fixed.ok && fixed.number.carrier).toBeNull();
    expect(short.ok && short.number).toMatchObject({ e164: null, region: 'CN', location: null });
  });

  it('treats an empty region as the default', () => {
    expect(normalizePhone('95188', { region: '' })).toMatchObject({ ok: true, number: { key: 'CN:95188' } });
  });

  it('tolerates values a JavaScript caller might pass', () => {
    expect(normalizePhone(undefined as unknown as string)).toMatchObject({ ok: false, reason: 'empty' });
    expect(normalizePhone(13800138000 as unknown as string)).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('numberBlockKey', () => {
  it('drops the last two digits of an E.164 key', () => {
    expect(numberBlockKey('+8613800138000')).toBe('+86138001380');
    expect(numberBlockKey('+8613800138099')).toBe('+86138001380');
    expect(numberBlockKey('+861088881234')).toBe('+8610888812');
  });

  it('is null for short numbers and anything that is not a key', () => {
    expect(numberBlockKey('CN:95188')).toBeNull();
    expect(numberBlockKey('13800138000')).toBeNull();
    expect(numberBlockKey('')).toBeNull();
    expect(numberBlockKey('+86')).toBeNull();
  });
});
