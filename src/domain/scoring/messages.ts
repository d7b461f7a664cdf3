/** zh-CN and en texts of every reason code scoreNumber can give. */
import type { ConductTag } from '../conduct/tags';
import type { NumberType } from '../phone';
import type { Signal } from './evidence';
import type { Lang } from './types';

type Text = Record<Lang, string>;

/** One decimal, without a trailing ".0": "2", "0.7". */
function amount(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const SIGNAL_TEXT: Record<Signal, [zh: string, en: string]> = {
  hotline_denied: ['贷款方官方客服否认此来电', "the lender's official hotline denied this caller"],
  hotline_confirmed: ['贷款方官方客服确认了此来电', "the lender's official hotline confirmed this caller"],
  payment_personal_account: ['要求转账到个人账户', 'asked for payment to a personal account'],
  payment_third_party_app: ['要求通过第三方应用或链接付款', 'asked for payment through a third-party app or link'],
  payment_cash_or_giftcard: ['要求现金或礼品卡付款', 'asked for cash or gift cards'],
  payment_official_channel: ['只要求通过官方渠道还款', 'asked for repayment through official channels only'],
  debt_denied: ['与所称机构并无债务', 'had no debt with the claimed agency'],
  debt_confirmed: ['与所称机构确有债务', 'do have a debt with the claimed agency'],
  fake_legal_documents: ['收到伪造的法律文书', 'received forged legal documents'],
  impersonates_authority: ['对方冒充公检法或监管机构', 'the caller impersonated an authority'],
  asks_sensitive_info: ['对方索要验证码、密码或卡号', 'the caller asked for codes, passwords or card numbers'],
  refuses_identification: ['对方拒绝提供工号、公司全称或委托书编号', 'the caller refused to identify themselves'],
  spoofed_local_number: ['号码伪装成本地号码或频繁更换', 'the number looked spoofed or rotated'],
  unknown_debt: ['所称债务无法核实', 'the claimed debt could not be verified'],
  robocall: ['为自动语音来电', 'it was a robocall'],
  professional: ['对方规范礼貌、可核实', 'the caller was professional and verifiable'],
  identification_given: ['对方提供了工号或公司全称', 'the caller gave an employee ID or company name'],
  authorization_letter_given: ['对方提供了委托书编号', 'the caller gave an authorization-letter number'],
};

/**
 * @example
 * signalMessage('hotline_denied', 2.4).en
 * // "Reporters say the lender's official hotline denied this caller (counted as 2.4 reports after weighing age and trust)."
 */
export function signalMessage(signal: Signal, votes: number): Text {
  const [zh, en] = SIGNAL_TEXT[signal];
  return {
    'zh-CN': `举报者称${zh}（按时间和可信度折算为 ${amount(votes)} 份举报）。`,
    en: `Reporters say ${en} (counted as ${amount(votes)} reports after weighing age and trust).`,
  };
}

const TYPE_TEXT: Record<NumberType, [string, string]> = {
  mobile: ['手机号码', 'a mobile number'],
  fixed_line: ['固定电话', 'a fixed line'],
  toll_free: ['800 免费电话', 'a toll-free number'],
  shared_cost: ['400 企业号码', 'a 400 business number'],
  service: ['服务号码', 'a service number'],
  virtual_mobile: ['虚拟运营商号段，常被诈骗者轮换使用', 'a virtual-operator number, often rotated by scammers'],
  sms_gateway: ['短信网关号码', 'an SMS gateway number'],
  voip: ['网络电话号码', 'a VoIP number'],
  unknown: ['类型未知的号码', 'a number of unknown type'],
};

export function priorMessage(type: NumberType): Text {
  const [zh, en] = TYPE_TEXT[type];
  return {
    'zh-CN': `起点：举报过的催收来电中诈骗的基础比例，此号码为${zh}。`,
    en: `Starting point: the base rate of scams among reported collection calls; this is ${en}.`,
  };
}

export const MESSAGES = {
  rangePoolingScam: (votes: number): Text => ({
    'zh-CN': `同一号段（前缀相同的 100 个号码）的其他号码有诈骗举报（折算 ${amount(votes)} 份）。`,
    en: `Neighbouring numbers in the same 100-block have scam reports (counted as ${amount(votes)}).`,
  }),
  rangePoolingLegit: (votes: number): Text => ({
    'zh-CN': `同一号段的其他号码多被举报为正规催收（折算 ${amount(votes)} 份）。`,
    en: `Neighbouring numbers in the same 100-block are mostly reported as legitimate (counted as ${amount(votes)}).`,
  }),
  minor: (effect: 'scam' | 'legit'): Text =>
    effect === 'scam'
      ? { 'zh-CN': '其他较弱的可疑迹象。', en: 'Other weak signs of a scam.' }
      : { 'zh-CN': '其他较弱的正规迹象。', en: 'Other weak signs of a legitimate caller.' },
  evidenceCap: (): Text => ({
    'zh-CN': '证据已达上限，概率不再继续变化。',
    en: 'The evidence is capped; more reports no longer move the probability.',
  }),
  official: (): Text => ({
    'zh-CN': '这是登记在册的官方号码；举报不能改变这一结论。',
    en: 'This is a registered official number; reports cannot vote it down.',
  }),
  spoofing: (votes: number): Text => ({
    'zh-CN': `有举报称冒用此官方号码来电（折算 ${amount(votes)} 份）。来电显示可被伪造：请挂断后自行拨打官方号码核实。`,
    en: `Some reports say this official number was used by a scammer (counted as ${amount(votes)} reports). Caller ID can be forged: hang up and call the official number back yourself.`,
  }),
  coordinated: (effect: 'scam' | 'legit', votes: number): Text =>
    effect === 'scam'
      ? {
          'zh-CN': `部分诈骗举报疑似集中刷量（短时间、新举报者或同一网段），合计最多按 1 位举报者计（当前 ${amount(votes)}）。`,
          en: `Some scam reports look coordinated (a burst, new tokens or one network); together they count as one reporter at most (now ${amount(votes)}).`,
        }
      : {
          'zh-CN': `部分正面举报疑似集中刷量（短时间、新举报者或同一网段），合计最多按 1 位举报者计（当前 ${amount(votes)}）。`,
          en: `Some reports vouching for this number look coordinated (a burst, new tokens or one network); together they count as one reporter at most (now ${amount(votes)}).`,
        },
  openDispute: (): Text => ({
    'zh-CN': '此号码有待处理的申诉。',
    en: 'A dispute about this number is open.',
  }),
  discount: (code: string, voices: number): Text => {
    const text: Record<string, [string, string]> = {
      burst: ['短时间内集中出现', 'arrived in a burst'],
      fresh_tokens: ['来自大量新出现的举报者', 'came from many brand-new reporter tokens'],
      shared_ip_prefix: ['来自同一网段', 'came from the same network prefix'],
      prolific_reporter: ['来自举报频率异常的举报者', 'came from reporters filing implausibly many reports'],
      low_agreement: ['来自过往举报常与结论不符的举报者', 'came from reporters whose past reports often disagreed with verdicts'],
    };
    const [zh, en] = text[code] ?? ['被降权', 'were discounted'];
    return {
      'zh-CN': `${amount(voices)} 条举报${zh}，已降低其权重。`,
      en: `${amount(voices)} reports ${en}; they count for less.`,
    };
  },
  abuse: (tag: ConductTag, voices: number, total: number): Text => {
    const text: Partial<Record<ConductTag, [string, string]>> = {
      threats: ['威胁恐吓', 'threats'],
      insults: ['辱骂', 'insults'],
      third_party_contact: ['骚扰第三方', 'contacting third parties'],
      fake_legal_documents: ['伪造法律文书', 'forged legal documents'],
      repeated_calls: ['频繁来电', 'repeated calls'],
      out_of_hours: ['非正常时间来电', 'calls at night or early morning'],
    };
    const [zh, en] = text[tag] ?? [tag, tag];
    return {
      'zh-CN': `加权 ${amount(total)} 位举报者中约 ${amount(voices)} 位反映${zh}。`,
      en: `About ${amount(voices)} of ${amount(total)} weighted reporters describe ${en}.`,
    };
  },
};
