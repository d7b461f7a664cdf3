import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_CHANNELS, complaintChannels, complaintDraft, type ComplaintFacts } from '../../../src/domain/complaints/draft';
import { localCallTime } from '../../../src/domain/complaints/call-time';
import { conductTags } from '../../../src/domain/conduct/tags';
import { CONTACTED_PARTIES, OVERDUE_STAGES } from '../../../src/domain/reports/answers';
import { circumstancesArb } from '../scoring/arbitraries';

const factsArb: fc.Arbitrary<ComplaintFacts> = fc.record({
  number: fc.record({ display: fc.constantFrom('+8613800138000', '+12125550147', '95188'), region: fc.constantFrom('CN', 'US', 'GB') }),
  calledAtLocal: fc.constant('2026-06-14 23:30（北京时间）'),
  claimedAgency: fc.option(fc.constantFrom('花呗', 'Acme Recovery'), { nil: null }),
  callerCompany: fc.option(fc.constant('Acme Recovery LLC'), { nil: null }),
  agencyCheck: fc.option(
    fc.record({ status: fc.constantFrom('listed' as const, 'not_listed' as const, 'no_list' as const), lender: fc.constant('Alipay'), source: fc.constant({ title: 'Collection agencies', url: 'https://lender.example/list', publishedOn: '2026-03-01' }) }),
    { nil: null },
  ),
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

describe('complaint drafts speak for the person who took the call', () => {
  const base: ComplaintFacts = {
    number: { display: '+8617123456789', region: 'CN' },
    calledAtLocal: '2026-06-14 21:42（北京时间）',
    claimedAgency: null,
    callerCompany: null,
    agencyCheck: null,
    lender: null,
    tags: ['threats'],
    debtWithClaimedAgency: 'unknown',
    hotlineCheck: 'not_tried',
    identification: { employeeIdGiven: false, companyNameGiven: false, authorizationLetterGiven: false },
    paymentRequested: 'none',
    circumstances: { callsToday: null, callsLast7Days: 9, overdueStage: null, contacted: null, threatened: ['lawyer_letter', 'arrest'] },
    comment: null,
    violations: [],
  };
  const numbers = [
    { display: '+8617123456789', region: 'CN' },
    { display: '+1 415 555 2671', region: 'US' },
  ];
  const companies = [
    { claimedAgency: null, lender: null },
    { claimedAgency: '花呗', lender: { name: '支付宝', hotline: '95188' } },
  ];
  const combinations = CONTACTED_PARTIES.flatMap((contacted) =>
    [...OVERDUE_STAGES, null].flatMap((overdueStage) =>
      COMPLAINT_CHANNELS.flatMap((channel) =>
        (['zh-CN', 'en'] as const).flatMap((lang) =>
          (['yes', 'no', 'unknown'] as const).flatMap((debt) =>
            companies.map((company) => ({ contacted, overdueStage, channel, lang, debt, company })),
          ),
        ),
      ),
    ),
  );

  function draftOf(c: (typeof combinations)[number]) {
    const number = c.channel === 'cfpb' ? numbers[1]! : numbers[0]!;
    const facts: ComplaintFacts = {
      ...base,
      ...c.company,
      number,
      debtWithClaimedAgency: c.debt,
      circumstances: { ...base.circumstances, contacted: c.contacted, overdueStage: c.overdueStage },
    };
    return complaintDraft(facts, c.channel, contact, c.lang).text;
  }

  const factLines = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

  it('never calls the debt the answerer\'s own when someone else took the call', () => {
    for (const c of combinations) {
      const text = draftOf(c);
      if (c.contacted === 'debtor') continue;
      expect(text, JSON.stringify(c)).not.toMatch(/my loan|我的借款|我在[^。]*的借款|have me arrested|sue me\b|I do have a loan/i);
    }
  });

  it('writes every fact as a whole sentence', () => {
    for (const c of combinations) {
      for (const line of factLines(draftOf(c))) {
        const sentence = line.slice(2);
        if (c.lang === 'en') expect(sentence, JSON.stringify(c)).toMatch(/^(On \d|[A-Z]).*\.$/);
        else expect(sentence, JSON.stringify(c)).toMatch(/^[^，。、\s].*。$/);
      }
    }
  });

  it('writes the counts as a sentence with its subject even without the day\'s count', () => {
    const en = complaintDraft(base, 'cfpb', contact, 'en').text;
    expect(en).toContain('- They called 9 times in the last 7 days.');
    expect(complaintDraft(base, '12378', contact, 'zh-CN').text).toContain('- 对方最近 7 天一共打来 9 次。');
  });

  it('never mentions the Chinese authorization letter in US drafts', () => {
    for (const c of combinations.filter((c) => c.channel === 'cfpb')) {
      for (const authorizationLetterGiven of [true, false]) {
        const facts: ComplaintFacts = {
          ...base,
          number: numbers[1]!,
          identification: { employeeIdGiven: false, companyNameGiven: false, authorizationLetterGiven },
          circumstances: { ...base.circumstances, contacted: c.contacted, overdueStage: c.overdueStage },
        };
        expect(complaintDraft(facts, 'cfpb', contact, c.lang).text).not.toMatch(/authori[sz]ation|委托书/i);
      }
    }
    expect(complaintDraft(base, '12378', contact, 'en').text).toContain('authorization-letter number');
  });

  it('never speaks of "that company" when no company was named', () => {
    for (const c of combinations.filter((c) => c.company.claimedAgency === null)) {
      expect(draftOf(c), JSON.stringify(c)).not.toMatch(/that company|这家机构/);
    }
  });

  it('writes a third party\'s draft from their own point of view', () => {
    const facts: ComplaintFacts = { ...base, circumstances: { ...base.circumstances, contacted: 'emergency_contact', overdueStage: 'under_7_days' } };
    const zh = complaintDraft(facts, '110', contact, 'zh-CN').text;
    expect(zh).toContain('对方要找的是借款人');
    expect(zh).toContain('对方要找的借款人在对方所说的机构的借款逾期不到 7 天。');
    const en = complaintDraft({ ...facts, number: numbers[1]! }, 'cfpb', contact, 'en').text;
    expect(en).toContain('the caller was looking for the borrower');
    expect(en).toContain('The caller threatened to send a lawyer letter and have the borrower arrested.');
    expect(en).toContain("The borrower's loan is less than 7 days overdue.");
  });

  it('asks the lender to confirm the number is not theirs once its hotline denied the call', () => {
    const facts: ComplaintFacts = { ...base, ...companies[1]!, hotlineCheck: 'denied' };
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = complaintDraft(facts, 'lender', contact, lang).text;
      expect(text).not.toMatch(/confirm whether this number belongs|请核实这个号码是不是贵司/);
      expect(text).toMatch(lang === 'en' ? /confirm in writing that this number belongs neither to you/ : /请书面确认这个号码不属于贵司/);
      expect(text).toMatch(lang === 'en' ? /record this number as one that collects in your name/ : /冒用贵司名义/);
    }
    const confirmedLater = complaintDraft({ ...facts, hotlineCheck: 'not_tried' }, 'lender', contact, 'en').text;
    expect(confirmedLater).toContain('Please confirm whether this number belongs to you');
  });
});

describe('complaint drafts name the caller\'s company and the lender\'s list', () => {
  const facts: ComplaintFacts = {
    number: { display: '+8617123456789', region: 'CN' },
    calledAtLocal: '2026-06-14 21:42（北京时间）',
    claimedAgency: '花呗',
    callerCompany: 'XX信息咨询有限公司',
    agencyCheck: { status: 'not_listed', lender: '支付宝', source: { title: '合作催收机构公示', url: 'https://lender.example/list', publishedOn: '2026-03-01' } },
    lender: { name: '支付宝', hotline: '95188' },
    tags: [],
    debtWithClaimedAgency: 'unknown',
    hotlineCheck: 'not_tried',
    identification: { employeeIdGiven: false, companyNameGiven: true, authorizationLetterGiven: false },
    paymentRequested: 'none',
    circumstances: { callsToday: null, callsLast7Days: null, overdueStage: null, contacted: 'debtor', threatened: [] },
    comment: null,
    violations: [],
  };

  it('every channel names the company; an unlisted one is said so with the list\'s source', () => {
    for (const channel of COMPLAINT_CHANNELS) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const text = complaintDraft(facts, channel, contact, lang).text;
        expect(text).toContain('XX信息咨询有限公司');
        expect(text).toContain('https://lender.example/list');
        expect(text).toMatch(lang === 'en' ? /"XX信息咨询有限公司" is not on 支付宝's published list/ : /支付宝公布的合作催收机构名单上没有“XX信息咨询有限公司”/);
      }
    }
    const lender = complaintDraft(facts, 'lender', contact, 'zh-CN').text;
    expect(lender).toContain('请核实这个号码和“XX信息咨询有限公司”是不是贵司或贵司委托的催收机构');
    expect(lender).toContain('贵司公布的合作催收机构名单上没有“XX信息咨询有限公司”。请书面确认它是否受贵司委托');
  });

  it('says a listed company is listed, and says nothing of a list no one knows', () => {
    const listed = complaintDraft({ ...facts, agencyCheck: { ...facts.agencyCheck!, status: 'listed' } }, '12378', contact, 'en').text;
    expect(listed).toContain('"XX信息咨询有限公司" is on 支付宝\'s published list of its collection agencies (合作催收机构公示, 2026-03-01, https://lender.example/list).');
    const unknown = complaintDraft({ ...facts, agencyCheck: { status: 'no_list', lender: '支付宝', source: null } }, '12378', contact, 'zh-CN').text;
    expect(unknown).toContain('对方说自己是“XX信息咨询有限公司”的员工。');
    expect(unknown).not.toContain('名单');
  });
});
