import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { BLOCKLIST_PROFILES, MIN_BLOCKLIST_REPORTERS, cardFileName, inProfile, blocklistProfile, keyOfCardFileName, probabilityBand, probabilityBandLabel, reportCountBucket, vcard } from '../../../src/domain/blocklists';

const number = { key: '+8613800138000', dial: '+8613800138000', verdict: 'likely_scam' as const, scamProbability: 0.93, abuseLevel: 'high', changedAt: Date.parse('2026-06-15T12:00:00Z') };
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('blocklist cards', () => {
  it('are vCard 3.0 with CRLF lines of at most 75 octets that unfold to the original text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 300, unit: 'grapheme' }), fc.constantFrom('zh-CN' as const, 'en' as const), (tail, lang) => {
        const url = `https://example.org/n/+8613800138000?x=${encodeURIComponent(tail)}`;
        const card = vcard(number, lang, url, [`X-NOTE-TEST:${tail.replace(/[\\;,\r\n]/g, '')}`]);
        expect(card.endsWith('\r\n')).toBe(true);
        for (const line of card.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const parsed = new ICAL.Component(ICAL.parse(card) as never);
        expect(parsed.getFirstPropertyValue('url')).toBe(url);
        expect(parsed.getFirstPropertyValue('tel')).toBe('+8613800138000');
      }),
      { numRuns: 200 },
    );
  });

  it('say what the number is in the subscriber language and escape vCard text', () => {
    const zh = new ICAL.Component(ICAL.parse(vcard(number, 'zh-CN', 'https://e.org/n/1')) as never);
    expect(zh.getFirstPropertyValue('fn')).toBe('疑似诈骗催收 — collector-check');
    expect(zh.getFirstPropertyValue('note')).toBe('诈骗可能性：90–100%。骚扰程度：高。举报详情和应对办法：https://e.org/n/1');
    const abusive = new ICAL.Component(ICAL.parse(vcard({ ...number, verdict: 'likely_legitimate' }, 'en', 'https://e.org/n/1,2;3')) as never);
    expect(abusive.getFirstPropertyValue('fn')).toBe('Abusive collector — collector-check');
    expect(abusive.getFirstPropertyValue('note')).toContain('https://e.org/n/1,2;3');
  });

  it('name files that map back to their number key', () => {
    for (const key of ['+8613800138000', '+14155550123', 'CN:95188']) expect(keyOfCardFileName(cardFileName(key))).toBe(key);
    for (const name of ['x.vcf', '0123.vcf', '8613800138000', '../8613800138000.vcf', 'cn-95188.vcf']) expect(keyOfCardFileName(name)).toBeNull();
  });
});

describe('buckets and profiles', () => {
  it('bucket report counts and probabilities', () => {
    expect([0, 1, 2, 4, 5, 9, 10, 19, 20, 49, 50, 5000].map(reportCountBucket)).toEqual(['0', '1', '2-4', '2-4', '5-9', '5-9', '10-19', '10-19', '20-49', '20-49', '50+', '50+']);
    expect([0, 0.05, 0.1, 0.87, 0.999, 1].map(probabilityBand)).toEqual([0, 0, 1, 8, 9, 9]);
    expect(probabilityBandLabel(0.87)).toBe('80–90%');
  });

  it('never take an official number or one without visible reports', () => {
    const abusive = blocklistProfile('abusive-collectors')!;
    const base = { verdict: 'likely_legitimate' as const, abuseLevel: 'high', reportsTotal: 3, reporters: 2, official: false };
    expect(inProfile(abusive, base)).toBe(true);
    expect(inProfile(abusive, { ...base, official: true })).toBe(false);
    expect(inProfile(abusive, { ...base, verdict: 'official' })).toBe(false);
    expect(inProfile(abusive, { ...base, reportsTotal: 0 })).toBe(false);
    expect(inProfile(abusive, { ...base, abuseLevel: 'medium' })).toBe(false);
    expect(inProfile(blocklistProfile('scam')!, { ...base, verdict: 'suspicious' })).toBe(false);
    expect(inProfile(blocklistProfile('scam-and-suspicious')!, { ...base, verdict: 'suspicious' })).toBe(true);
  });

  it('never take a number on the word of a single reporter, in any profile', () => {
    const candidates = { likely_scam: 'low', suspicious: 'low', likely_legitimate: 'high' } as const;
    for (const profile of BLOCKLIST_PROFILES) {
      const fits = Object.entries(candidates)
        .map(([verdict, abuseLevel]) => ({ verdict: verdict as keyof typeof candidates, abuseLevel, reportsTotal: 5, reporters: MIN_BLOCKLIST_REPORTERS, official: false }))
        .filter((n) => inProfile(profile, n));
      expect(fits.length, profile.id).toBeGreaterThan(0);
      for (const n of fits) expect(inProfile(profile, { ...n, reporters: 1 }), profile.id).toBe(false);
    }
    expect(MIN_BLOCKLIST_REPORTERS).toBe(2);
  });
});
