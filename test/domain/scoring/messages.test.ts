import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseOn, type AdviceInput } from '../../../src/domain/advice/advice';
import { SIGNAL_NATS, type Signal } from '../../../src/domain/scoring';
import { MESSAGES, reportsEn, signalMessage } from '../../../src/domain/scoring/messages';
import { FULL, scamFacts, scoreVoices, voiceArb } from './arbitraries';

const signals = Object.keys(SIGNAL_NATS) as Signal[];
const amounts = [0.04, 0.3, 0.66, 0.96, 1, 1.04, 1.5, 2, 2.44, 7, 12.5];

/** English that reads wrong: "1 reports", a subject-less "say asked", "0.7 of 0.7 weighted …". */
const clumsyEnglish = [/(^|[^\d.])1 reports\b/, /(^|[^\d.])1 reporters\b/, /say (asked|had|do|received|was|were|it)\b/, /About ([\d.]+) of \1\b/, /\b0 of a report\b/];

describe('reason texts read as a person would write them', () => {
  it.each([
    [1, '1 report'],
    [0.66, '0.7 of a report'],
    [2.44, '2.4 reports'],
    [0.96, '1 report'],
  ])('reportsEn(%d) is "%s"', (value, text) => {
    expect(reportsEn(value)).toBe(text);
  });

  it('every signal names who did what', () => {
    for (const signal of signals) {
      for (const votes of amounts) {
        const { en, 'zh-CN': zh } = signalMessage(signal, votes);
        expect(en).toMatch(/^Reports say (the|they) /);
        for (const pattern of clumsyEnglish) expect(en).not.toMatch(pattern);
        expect(zh).toMatch(/^举报称/);
        expect(zh).not.toMatch(/[A-Za-z]/);
      }
    }
    expect(signalMessage('payment_personal_account', 1).en).toBe(
      'Reports say the caller asked for payment to a personal account (counted as 1 report after weighing age and trust).',
    );
  });

  it('abuse shares are put as a share, never as "0.7 of 0.7 weighted reporters"', () => {
    expect(MESSAGES.abuse('threats', 0.7, 0.7).en).toBe('All reports describe threats.');
    expect(MESSAGES.abuse('threats', 0.7, 0.7)['zh-CN']).toBe('所有举报都反映了威胁恐吓。');
    expect(MESSAGES.abuse('insults', 1, 3).en).toBe('About 33% of reports, weighted by age and trust, describe insults.');
    expect(MESSAGES.abuse('insults', 1, 3)['zh-CN']).toBe('按时间和可信度加权，约 33% 的举报反映了辱骂。');
    // out_of_hours is derived from a call outside 08:00–21:00: a 21:42 call is evening, not night.
    expect(MESSAGES.abuse('out_of_hours', 1, 1).en).toBe('All reports describe calls outside 08:00–21:00 local time.');
    expect(MESSAGES.abuse('out_of_hours', 1, 1)['zh-CN']).toBe('所有举报都反映了在 21:00 至次日 8:00 之间来电。');
    expect(MESSAGES.abuse('out_of_hours', 1, 1).en).not.toMatch(/night|early in the morning/);
  });

  it('discounts count whole reports, singular or plural', () => {
    expect(MESSAGES.discount('burst', 1.2).en).toBe('1 report arrived in a burst; it counts for less.');
    expect(MESSAGES.discount('shared_ip_prefix', 3.4).en).toBe('3 reports came from the same network; they count for less.');
    expect(MESSAGES.discount('burst', 0.6)['zh-CN']).toBe('1 条举报短时间内集中出现，已降低其权重。');
  });

  it('no reason a score can give reads clumsily, in either language', () => {
    fc.assert(
      fc.property(fc.array(voiceArb, { maxLength: 12 }), fc.boolean(), (voices, official) => {
        for (const reason of scoreVoices(voices, { official }).reasons) {
          for (const pattern of clumsyEnglish) expect(reason.message.en).not.toMatch(pattern);
          expect(reason.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
    );
    const spoofed = scoreVoices([{ facts: scamFacts, weight: FULL }], { official: true }).reasons.find((r) => r.code === 'spoofing_reports')!;
    expect(spoofed.message.en).toMatch(/^Reports say scammers called showing this official number \(counted as 1 report\)\./);
  });
});

describe('advice reads as a person would write it', () => {
  const alipay = { id: 'alipay', name: { 'zh-CN': '支付宝（蚂蚁集团：花呗、借呗）', en: 'Alipay (Ant Group: Huabei, Jiebei)' }, hotline: '95188' };
  const channels = { financialComplaints: '12378', spamReporting: '12321', police: '110', nifaWeb: 'https://www.nifa.org.cn' };
  const base: AdviceInput = { verdict: 'likely_scam', abuseLevel: 'high', officialOf: null, claimedAgencies: [alipay], tags: { threats: 2, robocall: 1 }, openDispute: true, channels };

  it('never hangs a possessive on a parenthesis, and every message is a sentence', () => {
    for (const input of [base, { ...base, verdict: 'official' as const, officialOf: alipay, tags: { spoofed_local_number: 1 } }]) {
      for (const advice of adviseOn(input, 'en')) {
        expect(advice.message).not.toMatch(/\)'s\b/);
        expect(advice.message).toMatch(/^[A-Z].*[.!]$/);
      }
      for (const advice of adviseOn(input, 'zh-CN')) expect(advice.message).toMatch(/[。！]$/);
    }
    expect(adviseOn(base, 'en').find((a) => a.code === 'call_official_hotline')!.message).toBe(
      'Hang up and call the official hotline of Alipay (Ant Group: Huabei, Jiebei), 95188, yourself: ask whether you owe them anything and whether they hired this caller.',
    );
  });
});
