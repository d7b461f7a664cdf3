/**
 * What to tell a person about a number, given its verdict, abuse level and what reporters
 * said. Pure: phone numbers come in as data (from the reference seed), never from here.
 */
import type { ConductTag } from '../conduct/tags';

export type Lang = 'zh-CN' | 'en';
export type Verdict = 'official' | 'likely_legitimate' | 'unknown' | 'suspicious' | 'likely_scam';
export type AbuseLevel = 'none' | 'low' | 'medium' | 'high';

export interface AdviceAgency {
  id: string;
  name: Record<Lang, string>;
  /** The agency's official hotline, if one is registered. */
  hotline: string | null;
}

export interface AdviceChannels {
  /** Complaint hotline for financial consumers (12378). */
  financialComplaints: string | null;
  /** Spam call reporting (12321). */
  spamReporting: string | null;
  /** Police (110). */
  police: string | null;
  /** NIFA's complaint site. */
  nifaWeb: string | null;
}

export interface AdviceInput {
  verdict: Verdict;
  abuseLevel: AbuseLevel;
  /** The agency this number officially belongs to, when it is a registered official number. */
  officialOf: AdviceAgency | null;
  /** Agencies reporters say the caller claimed, most reported first. */
  claimedAgencies: readonly AdviceAgency[];
  /** Conduct tags reported on the number, with counts. */
  tags: Readonly<Partial<Record<ConductTag, number>>>;
  openDispute: boolean;
  channels: AdviceChannels;
}

export interface Advice {
  code: string;
  message: string;
  phone?: string;
  url?: string;
}

type Text = Record<Lang, string>;

/** Tags that suggest the caller ID of an official number was forged. */
const SPOOFING_TAGS: readonly ConductTag[] = ['spoofed_local_number', 'impersonates_authority', 'personal_account_payment', 'asks_sensitive_info', 'fake_legal_documents'];

/**
 * @example
 * adviseOn({ verdict: 'likely_scam', abuseLevel: 'none', officialOf: null, claimedAgencies: [alipay],
 *   tags: {}, openDispute: false, channels }, 'en')[0].code // 'do_not_pay'
 */
export function adviseOn(input: AdviceInput, lang: Lang): Advice[] {
  const out: Advice[] = [];
  const add = (code: string, text: Text, extra: Omit<Advice, 'code' | 'message'> = {}) =>
    out.push({ code, message: text[lang], ...extra });
  const { verdict, officialOf, channels } = input;
  const scammy = verdict === 'likely_scam' || verdict === 'suspicious';
  const abusive = input.abuseLevel === 'medium' || input.abuseLevel === 'high';

  if (officialOf) {
    const spoofReports = SPOOFING_TAGS.reduce((n, tag) => n + (input.tags[tag] ?? 0), 0);
    if (spoofReports > 0 && officialOf.hotline) {
      add('call_back_official', {
        'zh-CN': `有人反映冒用此号码来电。来电显示可以伪造：请挂断后自己拨打${officialOf.name['zh-CN']}官方号码 ${officialOf.hotline} 核实。`,
        en: `People report calls faking this number. Caller ID can be forged: hang up and call ${officialOf.name.en} back yourself on ${officialOf.hotline}.`,
      }, { phone: officialOf.hotline });
    } else {
      add('official_number', {
        'zh-CN': `这是${officialOf.name['zh-CN']}登记的官方号码。涉及还款时，仍请只通过官方 App 或官方渠道操作。`,
        en: `This is a registered official number of ${officialOf.name.en}. For any payment, still use only the official app or channels.`,
      });
    }
  }

  if (scammy) {
    add('do_not_pay', {
      'zh-CN': '很可能是冒充催收的诈骗：不要转账，不要点击对方发来的链接，不要提供验证码。',
      en: 'This looks like a fake collector: do not transfer money, open links they send, or give verification codes.',
    });
  }

  if (!officialOf) {
    add('verify_identity', {
      'zh-CN': '先核实身份：请对方提供工号、催收公司全称和委托书编号，记下来。',
      en: 'Verify first: ask for the employee ID, the agency\'s full company name and the authorization-letter number, and write them down.',
    });
  }

  const withHotline = input.claimedAgencies.filter((a) => a.hotline).slice(0, 2);
  for (const agency of withHotline) {
    add('call_official_hotline', {
      'zh-CN': `挂断后拨打${agency.name['zh-CN']}官方客服 ${agency.hotline}，确认是否有欠款、是否委托了这家公司催收。`,
      en: `Hang up and call the official hotline of ${agency.name.en}, ${agency.hotline}, yourself: ask whether you owe them anything and whether they hired this caller.`,
    }, { phone: agency.hotline! });
  }
  if (!officialOf && withHotline.length === 0) {
    add('call_official_hotline', {
      'zh-CN': '挂断后在借款 App 或官网上找到官方客服电话，自己拨打核实，不要回拨来电号码。',
      en: 'Hang up, find the lender\'s official hotline in its app or website, and call it yourself, not the number that called you.',
    });
  }

  add('never_pay_personal_account', {
    'zh-CN': '正规催收只会让你通过官方 App 或对公账户还款，绝不要转账到个人账户或扫个人收款码。',
    en: 'Real collectors only take payment through the lender\'s official app or company accounts: never pay a personal account or QR code.',
  });

  if (!officialOf || abusive) {
    add('keep_recordings', {
      'zh-CN': '保留通话录音、短信和截图，投诉或报警时用得上。',
      en: 'Keep call recordings, messages and screenshots: you will need them for a complaint or a police report.',
    });
  }

  if (abusive) {
    const lender = input.claimedAgencies.find((a) => a.hotline);
    if (lender) {
      add('complain_to_lender', {
        'zh-CN': `催收行为违规（威胁、辱骂、骚扰他人等）可向${lender.name['zh-CN']}投诉：${lender.hotline}。`,
        en: `Complain about abusive collection (threats, insults, harassing others) to ${lender.name.en}: ${lender.hotline}.`,
      }, { phone: lender.hotline! });
    }
    if (channels.financialComplaints) {
      add('complain_to_regulator', {
        'zh-CN': `向金融消费者投诉热线 ${channels.financialComplaints} 投诉暴力催收。`,
        en: `Report abusive collection to the financial consumer complaints hotline ${channels.financialComplaints}.`,
      }, { phone: channels.financialComplaints });
    }
    if (channels.nifaWeb) {
      add('complain_to_nifa', {
        'zh-CN': '也可以向中国互联网金融协会投诉网贷平台及其催收机构。',
        en: 'You can also complain to the National Internet Finance Association (NIFA) about online lenders and their collectors.',
      }, { url: channels.nifaWeb });
    }
  }

  if ((scammy || (input.tags.robocall ?? 0) > 0 || (input.tags.repeated_calls ?? 0) > 0) && channels.spamReporting) {
    add('report_spam', {
      'zh-CN': `骚扰或诈骗电话可向 ${channels.spamReporting} 举报。`,
      en: `Report spam or scam calls to ${channels.spamReporting}.`,
    }, { phone: channels.spamReporting });
  }

  if (((input.tags.threats ?? 0) > 0 || verdict === 'likely_scam') && channels.police) {
    add('call_police', {
      'zh-CN': `受到人身威胁或已经被骗，请立即报警 ${channels.police}。`,
      en: `If you are threatened or have already paid a scammer, call the police on ${channels.police}.`,
    }, { phone: channels.police });
  }

  if (input.openDispute) {
    add('dispute_open', {
      'zh-CN': '此号码的所有者或机构对报告提出了申诉，正在处理中。',
      en: 'The owner or an agency has disputed the reports on this number; the dispute is under review.',
    });
  }
  return out;
}
