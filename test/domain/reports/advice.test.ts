import { describe, expect, it } from 'vitest';
import { adviseOn, type AdviceInput } from '../../../src/domain/advice/advice';

const alipay = { id: 'alipay', name: { 'zh-CN': '支付宝', en: 'Alipay' }, hotline: '95188' };
const channels = { financialComplaints: '12378', spamReporting: '12321', police: '110', nifaWeb: 'https://www.nifa.org.cn' };
const base: AdviceInput = { verdict: 'unknown', abuseLevel: 'none', officialOf: null, claimedAgencies: [], tags: {}, openDispute: false, channels };
const codes = (input: Partial<AdviceInput>) => adviseOn({ ...base, ...input }, 'en').map((a) => a.code);

describe('adviseOn', () => {
  it('always tells people to verify, call the official hotline themselves and never pay a personal account', () => {
    expect(codes({})).toEqual(expect.arrayContaining(['verify_identity', 'call_official_hotline', 'never_pay_personal_account', 'keep_recordings']));
  });

  it('gives the claimed lender\'s real hotline', () => {
    const advice = adviseOn({ ...base, claimedAgencies: [alipay] }, 'zh-CN').find((a) => a.code === 'call_official_hotline');
    expect(advice).toMatchObject({ phone: '95188' });
    expect(advice!.message).toContain('95188');
  });

  it('warns not to pay and points to 12321 and 110 for a likely scam', () => {
    const advice = adviseOn({ ...base, verdict: 'likely_scam', claimedAgencies: [alipay] }, 'en');
    expect(advice[0]!.code).toBe('do_not_pay');
    expect(advice.find((a) => a.code === 'report_spam')?.phone).toBe('12321');
    expect(advice.find((a) => a.code === 'call_police')?.phone).toBe('110');
  });

  it('sends abuse by a legitimate agency to complaint channels, not to "scam" advice', () => {
    const result = codes({ verdict: 'likely_legitimate', abuseLevel: 'high', claimedAgencies: [alipay], tags: { threats: 3 } });
    expect(result).toEqual(expect.arrayContaining(['complain_to_lender', 'complain_to_regulator', 'complain_to_nifa', 'call_police']));
    expect(result).not.toContain('do_not_pay');
  });

  it('on an official number with spoofing reports, says to hang up and call back', () => {
    const advice = adviseOn({ ...base, verdict: 'official', officialOf: alipay, tags: { spoofed_local_number: 2 } }, 'en');
    expect(advice[0]).toMatchObject({ code: 'call_back_official', phone: '95188' });
    expect(codes({ verdict: 'official', officialOf: alipay })).toContain('official_number');
  });

  it('mentions an open dispute', () => {
    expect(codes({ openDispute: true })).toContain('dispute_open');
  });
});
