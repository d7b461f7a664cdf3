/** zh-CN and en texts of every reason code scoreNumber can give. */
import type { ConductTag } from '../conduct/tags';
import type { NumberType } from '../phone';
import type { Signal } from './evidence';
import type { Lang } from './types';

type Text = Record<Lang, string>;

/** One decimal, without a trailing ".0": "2", "0.7"; "不到 0.1" rather than a weight that shows as 0. */
function amount(value: number): string {
  return value < 0.05 ? '不到 0.1' : String(Math.round(value * 10) / 10);
}

/**
 * A weighed number of reports in English: "1 report", "2.4 reports", "0.7 of a report".
 *
 * @example
 * reportsEn(0.66) // '0.7 of a report'
 */
export function reportsEn(value: number): string {
  if (value < 0.05) return 'less than 0.1 of a report';
  const shown = amount(value);
  if (shown === '1') return '1 report';
  return Number(shown) < 1 ? `${shown} of a report` : `${shown} reports`;
}

/** What reports say, as the end of "Reports say …" / "举报称…". */
const SIGNAL_TEXT: Record<Signal, [zh: string, en: string]> = {
  hotline_denied: ['贷款方官方客服否认了此来电', "the lender's official hotline denied this caller"],
  hotline_confirmed: ['贷款方官方客服确认了此来电', "the lender's official hotline confirmed this caller"],
  payment_personal_account: ['对方要求转账到个人账户', 'the caller asked for payment to a personal account'],
  payment_third_party_app: ['对方要求通过第三方应用或链接付款', 'the caller asked for payment through a third-party app or a link'],
  payment_cash_or_giftcard: ['对方要求用现金或礼品卡付款', 'the caller asked for cash or gift cards'],
  payment_official_channel: ['对方只要求通过官方渠道还款', 'the caller asked for repayment through official channels only'],
  debt_denied: ['他们与对方所称的机构并无债务', 'they have no debt with the agency the caller named'],
  debt_confirmed: ['他们与对方所称的机构确有债务', 'they do have a debt with the agency the caller named'],
  fake_legal_documents: ['他们收到了伪造的法律文书', 'they received forged legal documents'],
  impersonates_authority: ['对方冒充公检法或监管机构', 'the caller impersonated the police, a court or a regulator'],
  asks_sensitive_info: ['对方索要验证码、密码或卡号', 'the caller asked for codes, passwords or card numbers'],
  refuses_identification: ['对方拒绝提供工号、公司全称或委托书编号', 'the caller refused to give an employee ID, company name or authorization-letter number'],
  spoofed_local_number: ['号码像是伪装的本地号码，或在不断更换', 'the number looked like a spoofed or rotating local number'],
  unknown_debt: ['对方所称的债务无法核实', 'the debt the caller claimed could not be verified'],
  robocall: ['来电是自动语音或录音', 'the call was automated or recorded'],
  professional: ['对方规范礼貌、身份可以核实', 'the caller was professional and could be verified'],
  identification_given: ['对方提供了工号或公司全称', 'the caller gave an employee ID or a company name'],
  authorization_letter_given: ['对方提供了委托书编号', 'the caller gave an authorization-letter number'],
  stage_litigation_early: ['逾期不到 30 天对方就威胁发律师函或起诉，正规催收不会这么早走法律程序', 'the caller threatened a lawyer letter or a lawsuit less than 30 days into the debt, far earlier than real collection goes to law'],
  stage_home_visit_early: ['逾期不到 90 天对方就威胁上门，正规催收不会这么早上门', 'the caller threatened a home visit less than 90 days into the debt, far earlier than real collectors visit'],
  stage_arrest_threat: ['对方威胁抓人或拘留，欠消费贷款不会因此被抓', 'the caller threatened arrest, which no consumer debt leads to'],
  stage_demand_without_debt: ['他们在对方说的借款机构没有欠款，对方却要求付款或进行威胁', 'the caller demanded money or made threats although they owe the lender the caller named nothing'],
};

/**
 * @example
 * signalMessage('hotline_denied', 2.4).en
 * // "Reports say the lender's official hotline denied this caller (counted as 2.4 reports after weighing age and trust)."
 */
export function signalMessage(signal: Signal, votes: number): Text {
  const [zh, en] = SIGNAL_TEXT[signal];
  return {
    'zh-CN': `举报称${zh}（按时间和可信度折算为 ${amount(votes)} 份举报）。`,
    en: `Reports say ${en} (counted as ${reportsEn(votes)} after weighing age and trust).`,
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

/** "2025 年 3 月" / "March 2025", UTC. */
function monthOf(ms: number): [zh: string, en: string] {
  const d = new Date(ms);
  const en = d.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return [`${d.getUTCFullYear()} 年 ${d.getUTCMonth() + 1} 月`, `${en} ${d.getUTCFullYear()}`];
}

/** An operation as the reason names it. */
export interface OperationFacts {
  name: string;
  numbers: number;
  since: number | null;
}

function operationText(op: OperationFacts): [zh: string, en: string] {
  const [zhSince, enSince] = op.since === null ? ['', ''] : monthOf(op.since);
  const numbers = Math.max(1, op.numbers);
  return [
    `此号码属于一个自称"${op.name}"的团伙：${zhSince ? `自 ${zhSince}起` : ''}共有 ${numbers} 个号码被举报使用这一名称`,
    `This number is part of an operation of ${numbers} ${numbers === 1 ? 'number' : 'numbers'} reported${enSince ? ` since ${enSince}` : ''} claiming "${op.name}"`,
  ];
}

export const MESSAGES = {
  operationScam: (op: OperationFacts, votes: number): Text => {
    const [zh, en] = operationText(op);
    return {
      'zh-CN': `${zh}，其他号码有诈骗举报（折算 ${amount(votes)} 份）。`,
      en: `${en}; its other numbers have scam reports (counted as ${reportsEn(votes)}).`,
    };
  },
  operationLegit: (op: OperationFacts, votes: number): Text => {
    const [zh, en] = operationText(op);
    return {
      'zh-CN': `${zh.replace('团伙', '机构')}，其他号码多被举报为正规催收（折算 ${amount(votes)} 份）。`,
      en: `${en.replace('an operation', 'a group')}; its other numbers are mostly reported as legitimate (counted as ${reportsEn(votes)}).`,
    };
  },
  rangePoolingScam: (votes: number): Text => ({
    'zh-CN': `同一号段（前缀相同的 100 个号码）的其他号码有诈骗举报（折算 ${amount(votes)} 份）。`,
    en: `Neighbouring numbers in the same 100-block have scam reports (counted as ${reportsEn(votes)}).`,
  }),
  rangePoolingLegit: (votes: number): Text => ({
    'zh-CN': `同一号段的其他号码多被举报为正规催收（折算 ${amount(votes)} 份）。`,
    en: `Neighbouring numbers in the same 100-block are mostly reported as legitimate (counted as ${reportsEn(votes)}).`,
  }),
  minor: (effect: 'scam' | 'legit'): Text =>
    effect === 'scam'
      ? { 'zh-CN': '其他较弱的可疑迹象。', en: 'Other weak signs of a scam.' }
      : { 'zh-CN': '其他较弱的正规迹象。', en: 'Other weak signs of a legitimate caller.' },
  evidenceCap: (): Text => ({
    'zh-CN': '证据已达上限，更多举报不会再改变概率。',
    en: 'The evidence is capped; more reports no longer move the probability.',
  }),
  official: (): Text => ({
    'zh-CN': '这是登记在册的官方号码；举报不能改变这一结论。',
    en: 'This is a registered official number; reports cannot vote it down.',
  }),
  spoofing: (votes: number): Text => ({
    'zh-CN': `有举报称骗子冒用此官方号码来电（折算 ${amount(votes)} 份）。来电显示可以伪造：请挂断后自己拨打官方号码核实。`,
    en: `Reports say scammers called showing this official number (counted as ${reportsEn(votes)}). Caller ID can be forged: hang up and call the official number back yourself.`,
  }),
  coordinated: (effect: 'scam' | 'legit', votes: number): Text =>
    effect === 'scam'
      ? {
          'zh-CN': `部分诈骗举报疑似集中刷量（短时间内集中出现、来自大量新举报者、同一网络，或几乎没有举报记录的旧举报者），合计最多按 1 份举报计，目前折算 ${amount(votes)} 份。`,
          en: `Some scam reports look coordinated (a burst, brand-new reporter tokens, one network, or old tokens with almost no history), so together they count as 1 report at most; now as ${reportsEn(votes)}.`,
        }
      : {
          'zh-CN': `部分为此号码说好话的举报疑似集中刷量（短时间内集中出现、来自大量新举报者、同一网络，或几乎没有举报记录的旧举报者），合计最多按 1 份举报计，目前折算 ${amount(votes)} 份。`,
          en: `Some reports vouching for this number look coordinated (a burst, brand-new reporter tokens, one network, or old tokens with almost no history), so together they count as 1 report at most; now as ${reportsEn(votes)}.`,
        },
  /** `claims` weighted votes of praise contradicted by `hard` votes of hard scam facts. */
  contradicted: (claims: number, hard: number): Text => ({
    'zh-CN': `为此号码说好话的举报（称官方客服确认、走官方渠道，折算 ${amount(claims)} 份）与其他举报矛盾：有人称官方客服否认此来电，或对方要求转账到个人账户等（折算 ${amount(hard)} 份）。受害者编造这些没有好处，骗子却可能自己发好评，所以这些好评的分量被降低。正规机构可通过官方登记和申诉证明身份。`,
    en: `Reports vouching for this number (hotline confirmed, official payment channel; counted as ${reportsEn(claims)}) contradict others saying the lender's hotline denied the caller or that money was wanted outside official channels (${reportsEn(hard)}). A victim gains nothing by inventing that, while an operator gains everything by praising his own number, so the praise counts for less. A real agency can show its standing through the official registry and a dispute.`,
  }),
  recentChange: (towards: 'scam' | 'legit'): Text =>
    towards === 'legit'
      ? {
          'zh-CN': '最近几周的举报却说来电正规（号码可能已换人使用），所以暂不判定为"很可能是诈骗"，等待更多举报。',
          en: 'The reports of the last few weeks say the caller is legitimate (the number may have changed hands), so it is not called a likely scam until more reports come in.',
        }
      : {
          'zh-CN': '最近几周的举报却指向诈骗，所以暂不判定为"很可能是正规催收"，等待更多举报。',
          en: 'The reports of the last few weeks point to a scam, so it is not called likely legitimate until more reports come in.',
        },
  /** `votes` of praise from coordinated voices that nothing independent backs. */
  promotedPraise: (votes: number): Text => ({
    'zh-CN': `为此号码说好话的举报（相当于 ${amount(votes)} 份）集中来自几乎没有举报记录的举报者，且没有独立的举报佐证。骗子常这样给自己的号码刷好评，请先通过贷款方官方客服核实对方身份。`,
    en: `Praise for this number, worth ${reportsEn(votes)}, came all together from reporters with almost no history, and no independent report backs it. Operators praise their own numbers this way: check the caller with the lender's official hotline first.`,
  }),
  openDispute: (): Text => ({
    'zh-CN': '此号码有待处理的申诉。',
    en: 'A dispute about this number is open.',
  }),
  discount: (code: string, voices: number): Text => {
    // [zh, en for one report, en for several]
    const text: Record<string, [string, string, string]> = {
      burst: ['短时间内集中出现', 'arrived in a burst', 'arrived in a burst'],
      fresh_tokens: ['来自大量新出现的举报者', 'came from a brand-new reporter token, one of several on this number', 'came from many brand-new reporter tokens'],
      shared_ip_prefix: ['来自同一网络', 'came from a network this number was already reported from', 'came from the same network'],
      thin_token: [
        '来自注册已久但几乎没有可信举报记录的举报者，这类举报合并计算',
        'came from an old reporter token with almost no agreeing history; such reports on one number count together as one',
        'came from old reporter tokens with almost no agreeing history; together they count as one',
      ],
      prolific_reporter: ['来自举报频率异常高的举报者', 'came from a reporter filing implausibly many reports', 'came from reporters filing implausibly many reports'],
      low_agreement: ['来自过往举报常与结论不符的举报者', 'came from a reporter whose past reports often disagreed with verdicts', 'came from reporters whose past reports often disagreed with verdicts'],
    };
    const [zh, one, several] = text[code] ?? ['被降低了权重', 'was discounted', 'were discounted'];
    // Decayed counts are not counts: say how many reports, as a whole number.
    const count = Math.max(1, Math.round(voices));
    return {
      'zh-CN': `${count} 条举报${zh}，已降低其权重。`,
      en: count === 1 ? `1 report ${one}; it counts for less.` : `${count} reports ${several}; they count for less.`,
    };
  },
  /** `voices` of `total` weighted voices describe `tag`. */
  abuse: (tag: ConductTag, voices: number, total: number): Text => {
    const text: Partial<Record<ConductTag, [string, string]>> = {
      threats: ['威胁恐吓', 'threats'],
      insults: ['辱骂', 'insults'],
      third_party_contact: ['骚扰第三方', 'contacting third parties'],
      fake_legal_documents: ['伪造法律文书', 'forged legal documents'],
      repeated_calls: ['频繁来电', 'repeated calls'],
      // What derives the tag: a call outside 08:00–21:00 where the number is (domain/conduct/call-hours.ts, the stricter end).
      out_of_hours: ['在 21:00 至次日 8:00 之间来电', 'calls outside 08:00–21:00 local time'],
    };
    const [zh, en] = text[tag] ?? [tag, tag];
    const share = total > 0 ? Math.min(1, voices / total) : 1;
    if (share >= 0.95) return { 'zh-CN': `所有举报都反映了${zh}。`, en: `All reports describe ${en}.` };
    const percent = Math.max(1, Math.round(share * 100));
    return {
      'zh-CN': `按时间和可信度加权，约 ${percent}% 的举报反映了${zh}。`,
      en: `About ${percent}% of reports, weighted by age and trust, describe ${en}.`,
    };
  },
};
