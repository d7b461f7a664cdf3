/**
 * The wording of complaint drafts in both languages (domain/complaints/draft.ts puts them
 * together). Every sentence is written from the point of view of the person who took the call:
 * the borrower speaks of "my loan"; an emergency contact or an unrelated person speaks of the
 * borrower the caller was looking for.
 */
import type { ContactedParty, DebtAnswer, HotlineCheck, OverdueStage, PaymentRequested, ThreatKind } from '../reports/answers';
import type { Lang } from '../scoring';
import type { ComplaintChannel } from './channels';
import type { AgencyListCheck } from './agency-check';

/** What the wording depends on besides the sentence's own facts. */
export interface DraftVoice {
  /** Who took the call; a report that does not say is written as the borrower's. */
  party: ContactedParty;
  /** A US number: US drafts leave out the Chinese authorization letter (委托书). */
  us: boolean;
  /** The company the caller claimed (the lender it resolved to, or the name as typed), when any. */
  company: string | null;
  hotlineCheck: HotlineCheck;
  /** The collection company the caller said they work for. */
  callerCompany: string | null;
  agencyCheck: AgencyListCheck | null;
}

type Opening = (channel: ComplaintChannel, p: { number: string; who: string; lender: string | null }, v: DraftVoice) => string[];
type Request = (channel: ComplaintChannel, p: { number: string; lender: string | null }, v: DraftVoice) => string;
type Identification = { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };
type Stage = Exclude<OverdueStage, 'no_debt'>;

const thirdParty = (v: DraftVoice) => v.party !== 'debtor';

const zhRecipient: Record<ComplaintChannel, (lender: string | null) => string> = {
  lender: (lender) => `${lender ?? '贷款机构'}客服：`,
  '12378': () => '国家金融监督管理总局（12378 金融消费者投诉热线）：',
  nifa: () => '中国互联网金融协会：',
  '12321': () => '12321 网络不良与垃圾信息举报受理中心：',
  '110': () => '公安机关：',
  cfpb: () => 'Consumer Financial Protection Bureau：',
};

const zhStage: Record<Stage, string> = {
  not_overdue: '没有逾期',
  under_7_days: '逾期不到 7 天',
  days_7_30: '逾期 7 到 30 天',
  days_30_90: '逾期 30 到 90 天',
  days_90_180: '逾期 90 到 180 天',
  over_180_days: '逾期超过 180 天',
};

const zhThreats = (third: boolean): Record<ThreatKind, string> => ({
  lawyer_letter: '发律师函',
  home_visit: third ? '上借款人家里去' : '上门',
  lawsuit: third ? '起诉借款人' : '起诉',
  arrest: '抓人、拘留',
  contact_employer: third ? '联系借款人的单位' : '联系我的单位',
  contact_family: third ? '联系借款人的家人' : '联系我的家人',
});

const zhCompany = (v: DraftVoice) => (v.company ? `“${v.company}”` : '对方所说的机构');

const zh = {
  claimed: (name: string) => `自称代表“${name}”的来电方`,
  unnamed: '一个没有说明代表哪家机构的来电方',
  subject: (channel: ComplaintChannel, number: string) =>
    channel === '110' ? `报警：号码 ${number} 以催收为名威胁、诈骗` : channel === '12321' ? `举报骚扰、诈骗电话 ${number}` : `投诉号码 ${number} 的违规催收`,
  opening: ((channel, p, v) => [
    zhRecipient[channel](p.lender),
    channel === '110'
      ? `我要报警：号码 ${p.number} 的${p.who}以催收为名给我打电话，情况如下，我怀疑对方在冒充催收进行诈骗或恐吓。`
      : channel === 'lender'
        ? `号码 ${p.number} 的${p.who}以贵司名义给我打电话，${thirdParty(v) ? '催收别人（借款人）的欠款' : '向我催收'}。` +
          (v.hotlineCheck === 'denied'
            ? '贵司客服已经告诉我这个来电不是贵司打的。请书面确认这个号码不属于贵司，也不属于贵司委托的催收机构，并把这起冒用贵司名义的催收记录在案、予以处理。'
            : v.callerCompany
              ? `对方自称是“${v.callerCompany}”的员工。请核实这个号码和“${v.callerCompany}”是不是贵司或贵司委托的催收机构。`
              : '请核实这个号码是不是贵司或贵司委托的催收机构。')
        : `我投诉号码 ${p.number} 的${p.who}的催收行为，情况如下。`,
  ]) as Opening,
  heading: { facts: '事情经过：', rules: '违反的规定：', request: '我的诉求：' },
  call: (number: string, when: string, agency: string | null) => `${when}，号码 ${number} 给我打来电话${agency ? `，对方自称代表“${agency}”` : ''}。`,
  calls: (today: number | null, week: number | null) =>
    `对方${[today !== null ? `当天一共打来 ${today} 次` : '', week !== null ? `最近 7 天一共打来 ${week} 次` : ''].filter(Boolean).join('，')}。`,
  callerCompany: (company: string) => `对方说自己是“${company}”的员工。`,
  agencyCheck: (company: string, check: AgencyListCheck) =>
    `${check.lender}公布的合作催收机构名单${check.status === 'listed' ? '上有' : '上没有'}“${company}”${check.source ? `（${check.source.title}，${check.source.publishedOn}，${check.source.url}）` : ''}。`,
  contacted: {
    debtor: '接电话的是借款人本人，也就是我。',
    emergency_contact: '我是借款人的紧急联系人，不是借款人：对方要找的是借款人，这笔借款不是我的。',
    unrelated_third_party: '我与这笔债务没有任何关系：对方要找的是别人（借款人），不是我。',
  } satisfies Record<ContactedParty, string>,
  threatened: (threats: readonly ThreatKind[], v: DraftVoice) => {
    const words = zhThreats(thirdParty(v));
    return `对方威胁要${threats.map((threat) => words[threat]).join('、')}。`;
  },
  payment: {
    official_channel: '对方要求通过官方 App 或官方渠道还款。',
    personal_account: '对方要求把钱转到个人银行卡或个人收款码。',
    third_party_app: '对方要求通过第三方 App 或对方发来的链接付款。',
    cash_or_giftcard: '对方要求用现金或购物卡付款。',
  } satisfies Record<Exclude<PaymentRequested, 'none'>, string>,
  conduct: (labels: string[]) => `通话中的情况：${labels.join('、')}。`,
  stage: (stage: OverdueStage, v: DraftVoice) => {
    if (stage === 'no_debt') return `我在${zhCompany(v)}没有任何欠款。`;
    return thirdParty(v) ? `对方要找的借款人在${zhCompany(v)}的借款${zhStage[stage]}。` : `我在${zhCompany(v)}的借款${zhStage[stage]}。`;
  },
  debt: (answer: Exclude<DebtAnswer, 'unknown'>, v: DraftVoice) =>
    answer === 'no' ? `我在${zhCompany(v)}没有任何欠款。` : thirdParty(v) ? `对方要找的借款人在${zhCompany(v)}确实有借款。` : `我在${zhCompany(v)}确实有借款。`,
  hotline: (check: Exclude<HotlineCheck, 'not_tried'>, v: DraftVoice) =>
    `我打了${v.company ? `“${v.company}”` : '该机构'}的官方客服热线核实，${check === 'confirmed' ? '官方确认了这个来电。' : '官方说这个来电不是他们打的。'}`,
  identification: (id: Identification, v: DraftVoice) => {
    const asked = [['工号', id.employeeIdGiven], ['公司全称', id.companyNameGiven], ...(v.us ? [] : [['委托书编号', id.authorizationLetterGiven]])] as [string, boolean][];
    const given = asked.filter(([, yes]) => yes).map(([name]) => name);
    return given.length ? `对方提供了${given.join('、')}。` : `对方没有提供${joinOr(asked.map(([name]) => name), '、', '或')}。`;
  },
  comment: (text: string) => `补充说明：${text}`,
  rule: (label: string, source: string, url: string) => `${label}（依据：${source}，${url}）`,
  request: ((channel, p, v) =>
    ({
      lender:
        v.callerCompany && v.agencyCheck?.status === 'not_listed'
          ? `贵司公布的合作催收机构名单上没有“${v.callerCompany}”。请书面确认它是否受贵司委托；如果不是，请把这个号码和这家公司记录为冒用贵司名义催收，采取处置措施（例如向公安机关报案、提醒贵司客户），并书面答复处理结果。`
          : v.hotlineCheck === 'denied'
          ? '请把这个号码记录为冒用贵司名义催收的号码，采取处置措施（例如向公安机关报案、提醒贵司客户），并书面答复处理结果。我也会向公安机关报案。'
          : '如果是贵司或贵司委托的机构，请立即停止上述违规行为、更换催收人员，并书面答复处理结果；如果不是，请告诉我，我将向公安机关报案。',
      '12378': `请督促${p.lender ?? '相关金融机构'}核查这个号码的催收行为，停止违规催收，并把处理结果告诉我。`,
      nifa: `请核查号码 ${p.number} 所属的机构和它代表的平台，督促其停止违规催收，并把处理结果告诉我。`,
      '12321': `请核查并处置号码 ${p.number}。`,
      '110': '对方可能涉嫌诈骗、敲诈勒索或冒充国家机关工作人员，请依法调查。我没有向对方转账，也不会转账。',
      cfpb: '请调查这个催收方，让它停止上述行为，并把处理结果告诉我。',
    })[channel]) as Request,
  signature: '投诉人：（姓名）　联系电话：（你的手机号）',
};

const enRecipient: Record<ComplaintChannel, (lender: string | null) => string> = {
  lender: (lender) => `To ${lender ?? 'the lender'} customer service:`,
  '12378': () => 'To the National Financial Regulatory Administration (12378 financial consumer complaints):',
  nifa: () => 'To the National Internet Finance Association of China:',
  '12321': () => 'To the 12321 reporting centre for spam and harmful information:',
  '110': () => 'To the police:',
  cfpb: () => 'To the Consumer Financial Protection Bureau:',
};

const enStage: Record<Stage, string> = {
  not_overdue: 'is not overdue',
  under_7_days: 'is less than 7 days overdue',
  days_7_30: 'is 7 to 30 days overdue',
  days_30_90: 'is 30 to 90 days overdue',
  days_90_180: 'is 90 to 180 days overdue',
  over_180_days: 'is more than 180 days overdue',
};

const enThreats = (third: boolean): Record<ThreatKind, string> => ({
  lawyer_letter: 'send a lawyer letter',
  home_visit: third ? "come to the borrower's home" : 'come to my home',
  lawsuit: third ? 'sue the borrower' : 'sue me',
  arrest: third ? 'have the borrower arrested' : 'have me arrested',
  contact_employer: third ? "contact the borrower's employer" : 'contact my employer',
  contact_family: third ? "contact the borrower's family" : 'contact my family',
});

const enCompany = (v: DraftVoice) => (v.company ? `"${v.company}"` : 'the company the caller claimed');
const times = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`;

const en: typeof zh = {
  claimed: (name: string) => `a caller who said they were calling for "${name}"`,
  unnamed: 'a caller who did not say whom they were calling for',
  subject: (channel, number) =>
    channel === '110' ? `Police report: threats and fraud in the name of debt collection from ${number}` : channel === '12321' ? `Harassing or fraudulent calls from ${number}` : `Complaint about debt collection calls from ${number}`,
  opening: (channel, p, v) => [
    enRecipient[channel](p.lender),
    channel === '110'
      ? `I am reporting ${p.who} on ${p.number}, who called me about a debt. I believe the caller is posing as a debt collector to defraud or intimidate me.`
      : channel === 'lender'
        ? `${capitalize(p.who)} on ${p.number} called me ${thirdParty(v) ? "in your name about someone else's debt" : 'to collect a debt in your name'}. ` +
          (v.hotlineCheck === 'denied'
            ? 'Your hotline has already told me this call was not yours. Please confirm in writing that this number belongs neither to you nor to an agency you authorized, and record and act on this use of your name.'
            : v.callerCompany
              ? `The caller said they work for "${v.callerCompany}". Please confirm whether this number and "${v.callerCompany}" belong to you or to an agency you have authorized.`
              : 'Please confirm whether this number belongs to you or to an agency you have authorized.')
        : `I am complaining about the collection calls I received from ${p.who} on ${p.number}.`,
  ],
  heading: { facts: 'What happened:', rules: 'Rules this broke:', request: 'What I ask:' },
  call: (number, when, agency) => `On ${when}, ${number} called me${agency ? `; the caller said they were calling for "${agency}"` : ''}.`,
  calls: (today, week) => `They called ${[today !== null ? `${times(today)} that day` : '', week !== null ? `${times(week)} in the last 7 days` : ''].filter(Boolean).join(' and ')}.`,
  callerCompany: (company) => `The caller said they work for "${company}".`,
  agencyCheck: (company, check) =>
    `"${company}" is ${check.status === 'listed' ? '' : 'not '}on ${check.lender}'s published list of its collection agencies${check.source ? ` (${check.source.title}, ${check.source.publishedOn}, ${check.source.url})` : ''}.`,
  contacted: {
    debtor: 'I took the call myself; I am the borrower.',
    emergency_contact: "I am the borrower's emergency contact, not the borrower: the caller was looking for the borrower, and the loan is not mine.",
    unrelated_third_party: 'I have nothing to do with this debt: the caller was looking for someone else (the borrower), not for me.',
  },
  threatened: (threats, v) => {
    const words = threats.map((threat) => enThreats(thirdParty(v))[threat]);
    return `The caller threatened to ${words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]}.`;
  },
  payment: {
    official_channel: "The caller asked me to pay through the lender's official app or channel.",
    personal_account: 'The caller asked me to pay into a personal bank account or a personal QR code.',
    third_party_app: 'The caller asked me to pay through another app or a link they sent.',
    cash_or_giftcard: 'The caller asked for cash or gift cards.',
  },
  conduct: (labels) => `During the call: ${labels.join(', ').toLowerCase()}.`,
  stage: (stage, v) => {
    if (stage === 'no_debt') return `I owe nothing to ${enCompany(v)}.`;
    if (thirdParty(v)) return `The borrower's loan${v.company ? ` with "${v.company}"` : ''} ${enStage[stage]}.`;
    return `My loan${v.company ? ` with "${v.company}"` : ''} ${enStage[stage]}.`;
  },
  debt: (answer, v) =>
    answer === 'no' ? `I owe nothing to ${enCompany(v)}.` : thirdParty(v) ? `The borrower does have a loan with ${enCompany(v)}.` : `I do have a loan with ${enCompany(v)}.`,
  hotline: (check, v) =>
    `I called the official hotline of ${v.company ? `"${v.company}"` : 'the company the caller claimed'}, and it ${check === 'confirmed' ? 'confirmed the call was theirs' : 'said the call was not theirs'}.`,
  identification: (id, v) => {
    const asked = [['an employee ID', id.employeeIdGiven], ['the full company name', id.companyNameGiven], ...(v.us ? [] : [['an authorization-letter number', id.authorizationLetterGiven]])] as [string, boolean][];
    const given = asked.filter(([, yes]) => yes).map(([name]) => name);
    if (given.length) return `The caller gave ${joinOr(given, ', ', 'and')}.`;
    return `The caller gave no ${joinOr(asked.map(([name]) => name.replace(/^(an|the) /, '')), ', ', 'or')}.`;
  },
  comment: (text) => `In my own words: ${text}`,
  rule: (label, source, url) => `${label} (${source}, ${url})`,
  request: (channel, p, v) =>
    ({
      lender:
        v.callerCompany && v.agencyCheck?.status === 'not_listed'
          ? `"${v.callerCompany}" is not on your published list of collection agencies. Please confirm in writing whether you engaged it; if not, record this number and that company as collecting in your name without your authority, act on it (for example report it to the police and warn your customers) and answer me in writing.`
          : v.hotlineCheck === 'denied'
          ? 'Please record this number as one that collects in your name without your authority, act on it (for example report it to the police and warn your customers) and answer me in writing. I will report it to the police as well.'
          : 'If the caller works for you or for an agency you authorized, please stop this conduct, replace the collector and answer me in writing. If not, please tell me so that I can report it to the police.',
      '12378': `Please have ${p.lender ?? 'the financial institution concerned'} investigate these collection calls, stop the abuse and tell me the outcome.`,
      nifa: `Please identify the agency behind ${p.number} and the platform it collects for, have it stop the abuse and tell me the outcome.`,
      '12321': `Please investigate and act on the number ${p.number}.`,
      '110': 'The caller may be committing fraud, extortion or impersonating state officials; please investigate. I have not paid and will not pay them.',
      cfpb: 'Please investigate this debt collector, have it stop the conduct above and tell me the outcome.',
    })[channel],
  signature: 'Name: (your name)    Phone: (your phone number)',
};

/** "a, b or c" / "甲、乙或丙". */
function joinOr(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  const spaced = separator === '、' ? last : ` ${last} `;
  return `${items.slice(0, -1).join(separator)}${spaced}${items.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function draftText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
