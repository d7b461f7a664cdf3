import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conductRules } from '../../../src/db/conduct-rules';
import { CONDUCT_RULE_IDS, reportViolations, ruleJurisdiction, type ViolationInput } from '../../../src/domain/conduct/violations';
import { conductTags } from '../../../src/domain/conduct/tags';
import { NO_CIRCUMSTANCES } from '../../../src/domain/reports/answers';
import { circumstancesArb } from '../scoring/arbitraries';

const base = (over: Partial<ViolationInput> = {}): ViolationInput => ({
  region: 'CN',
  call: { instant: Date.parse('2026-05-01T06:00:00Z'), timeZones: ['Asia/Shanghai'], offsetMinutes: 480 },
  tags: [],
  paymentRequested: 'none',
  circumstances: NO_CIRCUMSTANCES,
  ...over,
});

const inputArb: fc.Arbitrary<ViolationInput> = fc.record({
  region: fc.constantFrom('CN', 'US', 'GB'),
  call: fc.record({
    instant: fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
    timeZones: fc.constantFrom(['Asia/Shanghai'], ['America/New_York'], ['America/Chicago', 'America/Denver'], []),
    offsetMinutes: fc.option(fc.constantFrom(480, -300, 0), { nil: null }),
  }),
  tags: fc.subarray([...conductTags]),
  paymentRequested: fc.constantFrom('none', 'official_channel', 'personal_account', 'third_party_app', 'cash_or_giftcard'),
  circumstances: circumstancesArb,
});

describe('conduct rules', () => {
  it('a number is judged only by the rules of its own jurisdiction; other regions by none', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const broken = reportViolations(input);
        if (input.region === 'GB') expect(broken).toEqual([]);
        else for (const id of broken) expect(ruleJurisdiction(id)).toBe(input.region);
      }),
    );
  });

  it('a call that breaks the 22:00 rule also breaks the stricter 21:00 reading', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const broken = reportViolations(input);
        if (broken.includes('cn_night_calls')) expect(broken).toContain('cn_evening_calls');
      }),
    );
  });

  it('counts calls strictly above the limits: 3 a day in China, 7 in 7 days in the US', () => {
    const calls = (region: string, callsToday: number, callsLast7Days: number) =>
      reportViolations(base({ region, call: { ...base().call, timeZones: region === 'US' ? ['America/New_York'] : ['Asia/Shanghai'] }, circumstances: { ...NO_CIRCUMSTANCES, callsToday, callsLast7Days } }));
    expect(calls('CN', 3, 100)).not.toContain('cn_call_frequency');
    expect(calls('CN', 4, 0)).toContain('cn_call_frequency');
    expect(calls('US', 100, 7)).not.toContain('us_call_frequency');
    expect(calls('US', 0, 8)).toContain('us_call_frequency');
  });

  it('judges the hour where the number is: 21:30 Beijing breaks only the stricter reading, 22:30 New York breaks Regulation F', () => {
    expect(reportViolations(base({ call: { instant: Date.parse('2026-05-01T13:30:00Z'), timeZones: ['Asia/Shanghai'], offsetMinutes: 0 } }))).toEqual(['cn_evening_calls']);
    expect(reportViolations(base({ region: 'US', call: { instant: Date.parse('2026-05-02T02:30:00Z'), timeZones: ['America/New_York'], offsetMinutes: 0 } }))).toEqual([
      'us_inconvenient_hours',
    ]);
  });

  it('reads third parties, impersonation and personal accounts from the answers and the tags', () => {
    expect(reportViolations(base({ circumstances: { ...NO_CIRCUMSTANCES, contacted: 'unrelated_third_party' } }))).toEqual(['cn_third_party']);
    expect(reportViolations(base({ circumstances: { ...NO_CIRCUMSTANCES, contacted: 'emergency_contact' } }))).toEqual([]);
    expect(reportViolations(base({ tags: ['fake_legal_documents'] }))).toEqual(['cn_impersonation']);
    expect(reportViolations(base({ tags: ['personal_account_payment'] }))).toEqual(['cn_personal_account']);
    expect(reportViolations(base({ paymentRequested: 'personal_account' }))).toEqual(['cn_personal_account']);
  });

  it('every rule has its wording in both languages and a source with a title and an https link', () => {
    const rules = conductRules();
    expect(rules.map((r) => r.id)).toEqual([...CONDUCT_RULE_IDS]);
    for (const rule of rules) {
      expect(rule.jurisdiction).toBe(ruleJurisdiction(rule.id));
      expect(rule.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.label.en).toMatch(/^[\x20-\x7e–]+$/);
      expect(rule.source.url).toMatch(/^https:\/\/[a-z0-9.-]+(\/|$)/);
      expect(rule.source.title.length).toBeGreaterThan(3);
    }
  });
});
