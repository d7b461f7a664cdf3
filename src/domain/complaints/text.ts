/** The wording of complaint drafts in both languages (domain/complaints/draft.ts puts them together). */
import type { ContactedParty, DebtAnswer, HotlineCheck, OverdueStage, PaymentRequested, ThreatKind } from '../reports/answers';
import type { Lang } from '../scoring';
import type { ComplaintChannel } from './channels';

type Opening = (channel: ComplaintChannel, p: { number: string; who: string; lender: string | null }) => string[];
type Request = (channel: ComplaintChannel, p: { number: string; lender: string | null }) => string;
type Identification = { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };

const zhRecipient: Record<ComplaintChannel, (lender: string | null) => string> = {
  lender: (lender) => `${lender ?? '贷款机构'}客服：`,
  '12378': () => '国家金融监督管理总局（12378 金融消费者投诉热线）：',
  nifa: () => '中国互联网金融协会：',
  '12321': () => '12321 网络不良与垃圾信息举报受理中心：',
  '110': () => '公安机关：',
  cfpb: () => 'Consumer Financial Protection Bureau：',
};

const zh = {
  claimed: (name: string) => `自称代表“${name}”的来电方`,
  unnamed: '一个没有说明代表哪家机构的来电方',
  subject: (channel: ComplaintChannel, number: string) =>
    channel === '110' ? `报警：号码 ${number} 以催收为名威胁、诈骗` : channel === '12321' ? `举报骚扰、诈骗电话 ${number}` : `投诉号码 ${number} 的违规催收`,
  opening: ((channel, p) => [
    zhRecipient[channel](p.lender),
    channel === '110'
      ? `我要报警：号码 ${p.number} 的${p.who}以催收为名给我打电话，情况如下，我怀疑对方在冒充催收进行诈骗或恐吓。`
      : channel === 'lender'
        ? `号码 ${p.number} 的${p.who}以贵司名义给我打电话催收。请核实这个号码是不是贵司或贵司委托的催收机构。`
        : `我投诉号码 ${p.number} 的${p.who}的催收行为，情况如下。`,
  ]) as Opening,
  heading: { facts: '事情经过：', rules: '违反的规定：', request: '我的诉求：' },
  call: (number: string, when: string, agency: string | null) => `${when}，号码 ${number} 给我打来电话${agency ? `，对方自称代表“${agency}”` : ''}。`,
  calls: (today: number | null, week: number | null) =>
    [today !== null ? `当天一共打来 ${today} 次` : '', week !== null ? `最近 7 天一共打来 ${week} 次` : ''].filter(Boolean).join('，') + '。',
  contacted: {
    debtor: '接电话的是借款人本人。',
    emergency_contact: '接电话的是借款人的紧急联系人。',
    unrelated_third_party: '接电话的人与这笔债务没有任何关系。',
  } satisfies Record<ContactedParty, string>,
  threats: {
    lawyer_letter: '发律师函',
    home_visit: '上门',
    lawsuit: '起诉',
    arrest: '抓人、拘留',
    contact_employer: '联系我的单位',
    contact_family: '联系我的家人',
  } satisfies Record<ThreatKind, string>,
  threatened: (threats: string[]) => `对方威胁要${threats.join('、')}。`,
  payment: {
    official_channel: '对方要求通过官方 App 或官方渠道还款。',
    personal_account: '对方要求把钱转到个人银行卡或个人收款码。',
    third_party_app: '对方要求通过第三方 App 或对方发来的链接付款。',
    cash_or_giftcard: '对方要求用现金或购物卡付款。',
  } satisfies Record<Exclude<PaymentRequested, 'none'>, string>,
  conduct: (labels: string[]) => `通话中的情况：${labels.join('、')}。`,
  stage: {
    not_overdue: '我在这家机构的借款没有逾期。',
    under_7_days: '我在这家机构的借款逾期不到 7 天。',
    days_7_30: '我在这家机构的借款逾期 7 到 30 天。',
    days_30_90: '我在这家机构的借款逾期 30 到 90 天。',
    days_90_180: '我在这家机构的借款逾期 90 到 180 天。',
    over_180_days: '我在这家机构的借款逾期超过 180 天。',
    no_debt: '我在对方所说的机构没有任何欠款。',
  } satisfies Record<OverdueStage, string>,
  debt: { yes: '我在对方所说的机构确实有借款。', no: '我在对方所说的机构没有任何欠款。' } satisfies Record<Exclude<DebtAnswer, 'unknown'>, string>,
  hotline: {
    confirmed: '我打了该机构的官方客服热线核实，官方确认了这个来电。',
    denied: '我打了该机构的官方客服热线核实，官方说这个来电不是他们打的。',
  } satisfies Record<Exclude<HotlineCheck, 'not_tried'>, string>,
  identification: (id: Identification) => {
    const given = [id.employeeIdGiven ? '工号' : '', id.companyNameGiven ? '公司全称' : '', id.authorizationLetterGiven ? '委托书编号' : ''].filter(Boolean);
    return given.length ? `对方提供了${given.join('、')}。` : '对方没有提供工号、公司全称或委托书编号。';
  },
  comment: (text: string) => `补充说明：${text}`,
  rule: (label: string, source: string, url: string) => `${label}（依据：${source}，${url}）`,
  request: ((channel, p) =>
    ({
      lender: '如果是贵司或贵司委托的机构，请立即停止上述违规行为、更换催收人员，并书面答复处理结果；如果不是，请告诉我，我将向公安机关报案。',
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

const en: typeof zh = {
  claimed: (name: string) => `a caller who said they were calling for "${name}"`,
  unnamed: 'a caller who did not say whom they were calling for',
  subject: (channel, number) =>
    channel === '110' ? `Police report: threats and fraud in the name of debt collection from ${number}` : channel === '12321' ? `Harassing or fraudulent calls from ${number}` : `Complaint about debt collection calls from ${number}`,
  opening: (channel, p) => [
    enRecipient[channel](p.lender),
    channel === '110'
      ? `I am reporting ${p.who} on ${p.number}, who called me about a debt. I believe the caller is posing as a debt collector to defraud or intimidate me.`
      : channel === 'lender'
        ? `${capitalize(p.who)} on ${p.number} called me to collect a debt in your name. Please confirm whether this number belongs to you or to an agency you have authorized.`
        : `I am complaining about the collection calls I received from ${p.who} on ${p.number}.`,
  ],
  heading: { facts: 'What happened:', rules: 'Rules this broke:', request: 'What I ask:' },
  call: (number, when, agency) => `On ${when}, ${number} called me${agency ? `; the caller said they were calling for "${agency}"` : ''}.`,
  calls: (today, week) =>
    `${[today !== null ? `they called ${today} ${today === 1 ? 'time' : 'times'} that day` : '', week !== null ? `${week} ${week === 1 ? 'time' : 'times'} in the last 7 days` : ''].filter(Boolean).join(' and ')}.`.replace(/^./, (ch) => ch.toUpperCase()),
  contacted: {
    debtor: 'The call was answered by the borrower.',
    emergency_contact: "The call was answered by the borrower's emergency contact.",
    unrelated_third_party: 'The call was answered by someone who has nothing to do with the debt.',
  },
  threats: {
    lawyer_letter: 'send a lawyer letter',
    home_visit: 'come to my home',
    lawsuit: 'sue me',
    arrest: 'have me arrested',
    contact_employer: 'contact my employer',
    contact_family: 'contact my family',
  },
  threatened: (threats) => `The caller threatened to ${threats.length > 1 ? `${threats.slice(0, -1).join(', ')} and ${threats.at(-1)}` : threats[0]}.`,
  payment: {
    official_channel: "The caller asked me to pay through the lender's official app or channel.",
    personal_account: 'The caller asked me to pay into a personal bank account or a personal QR code.',
    third_party_app: 'The caller asked me to pay through another app or a link they sent.',
    cash_or_giftcard: 'The caller asked for cash or gift cards.',
  },
  conduct: (labels) => `During the call: ${labels.join(', ').toLowerCase()}.`,
  stage: {
    not_overdue: 'My loan with that company is not overdue.',
    under_7_days: 'My loan with that company is less than 7 days overdue.',
    days_7_30: 'My loan with that company is 7 to 30 days overdue.',
    days_30_90: 'My loan with that company is 30 to 90 days overdue.',
    days_90_180: 'My loan with that company is 90 to 180 days overdue.',
    over_180_days: 'My loan with that company is more than 180 days overdue.',
    no_debt: 'I owe the company the caller named nothing.',
  },
  debt: { yes: 'I do have a loan with the company the caller named.', no: 'I owe the company the caller named nothing.' },
  hotline: {
    confirmed: "I called the company's official hotline, and it confirmed the call was theirs.",
    denied: "I called the company's official hotline, and it said the call was not theirs.",
  },
  identification: (id) => {
    const given = [id.employeeIdGiven ? 'an employee ID' : '', id.companyNameGiven ? 'the full company name' : '', id.authorizationLetterGiven ? 'an authorization-letter number' : ''].filter(Boolean);
    return given.length ? `The caller gave ${given.join(', ')}.` : 'The caller gave no employee ID, full company name or authorization-letter number.';
  },
  comment: (text) => `In my own words: ${text}`,
  rule: (label, source, url) => `${label} (${source}, ${url})`,
  request: (channel, p) =>
    ({
      lender: 'If the caller works for you or for an agency you authorized, please stop this conduct, replace the collector and answer me in writing. If not, please tell me so that I can report it to the police.',
      '12378': `Please have ${p.lender ?? 'the financial institution concerned'} investigate these collection calls, stop the abuse and tell me the outcome.`,
      nifa: `Please identify the agency behind ${p.number} and the platform it collects for, have it stop the abuse and tell me the outcome.`,
      '12321': `Please investigate and act on the number ${p.number}.`,
      '110': 'The caller may be committing fraud, extortion or impersonating state officials; please investigate. I have not paid and will not pay them.',
      cfpb: 'Please investigate this debt collector, have it stop the conduct above and tell me the outcome.',
    })[channel],
  signature: 'Name: (your name)    Phone: (your phone number)',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function draftText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
