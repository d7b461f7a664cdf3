import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_CHANNELS, complaintChannels, complaintDraft, type ComplaintFacts } from '../../../src/domain/complaints/draft';
import { localCallTime } from '../../../src/domain/complaints/call-time';
import { conductTags } from '../../../src/domain/conduct/tags';
import { circumstancesArb } from '../scoring/arbitraries';

const factsArb: fc.Arbitrary<ComplaintFacts> = fc.record({
  number: fc.record({ display: fc.constantFrom('+8613800138000', '+12125550147', '95188'), region: fc.constantFrom('CN', 'US', 'GB') }),
  calledAtLocal: fc.constant('2026-06-14 23:30（北京时间）'),
  claimedAgency: fc.option(fc.constantFrom('花呗', 'Acme Recovery'), { nil: null }),
  lender: fc.option(fc.record({ name: fc.constant('支付宝'), hotline: fc.constant('95188') }), { nil: null }),
  tags: fc.subarray([...conductTags]),
  debtWithClaimedAgency: fc.constantFrom('yes', 'no', 'unknown'),
  hotlineCheck: fc.constantFrom('confirmed', 'denied', 'not_tried'),
  identification: fc.record({ employeeIdGiven: fc.boolean(), companyNameGiven: fc.boolean(), authorizationLetterGiven: fc.boolean() }),
  paymentRequested: fc.constantFrom('none', 'official_channel', 'personal_account', 'third_party_app', 'cash_or_giftcard'),
  circumstances: circumstancesArb,
  comment: fc.option(fc.constant('对方很凶'), { nil: null }),
  violations: fc.subarray([{ label: '向与债务无关的第三人催收', source: '《消费金融公司管理办法》', url: 'https://www.nfra.gov.cn' }]),
});

const contact = { kind: 'phone' as const, value: '12378', label: '12378', source: 'NFRA' };

describe('complaint drafts', () => {
  it('offers the CFPB only for US numbers, the lender only with a hotline, Chinese channels only for CN numbers', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const channels = complaintChannels(facts);
        expect(channels.includes('cfpb')).toBe(facts.number.region === 'US');
        expect(channels.includes('lender')).toBe(facts.number.region === 'CN' && facts.lender !== null);
        if (facts.number.region === 'US') expect(channels).toEqual(['cfpb']);
        if (facts.number.region === 'GB') expect(channels).toEqual([]);
      }),
    );
  });

  it('every draft names the number and the call time, cites every broken rule with its link, in both languages', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...COMPLAINT_CHANNELS), fc.constantFrom('zh-CN' as const, 'en' as const), (facts, channel, lang) => {
        const draft = complaintDraft(facts, channel, contact, lang);
        expect(draft.text).toContain(facts.number.display);
        expect(draft.text).toContain(facts.calledAtLocal);
        for (const rule of facts.violations) expect(draft.text).toContain(rule.url);
        if (facts.comment) expect(draft.text).toContain(facts.comment);
        expect(draft.text).not.toMatch(/undefined|null|NaN/);
        if (lang === 'en') expect(draft.text.replace(facts.calledAtLocal, '').replace(/[“”"]?(花呗|向与债务无关的第三人催收|《消费金融公司管理办法》|对方很凶|支付宝)[“”"]?/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
        expect(draft.contact).toBe(contact);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the call time where the number is', () => {
    expect(localCallTime(Date.parse('2026-06-14T15:30:00Z'), ['Asia/Shanghai'], null, 'zh-CN')).toBe('2026-06-14 23:30（北京时间）');
    expect(localCallTime(Date.parse('2026-06-15T02:00:00Z'), ['America/New_York'], null, 'en')).toBe('2026-06-14 22:00 (GMT-04:00)');
    expect(localCallTime(Date.parse('2026-06-15T02:00:00Z'), [], -300, 'en')).toBe('2026-06-14 21:00 (UTC-05:00)');
  });
});
