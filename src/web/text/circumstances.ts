import type { Lang } from '../../http/lang';
import type { ContactedParty, OverdueStage, ThreatKind } from '../../domain/reports/answers';

/** Text of the report form's questions about the call's circumstances, and how reports show the answers. */
const zh = {
  legend: '这通电话的情况（选填）',
  legendHint: '这些回答用来判断对方是否违反催收规定。',
  callsToday: '当天对方打来几次？',
  callsLast7Days: '最近 7 天一共打来几次？',
  callsHint: '只填数字；不记得可以不填。',
  overdueStage: '你在对方说的借款机构（平台或银行）逾期多久了？',
  notSaid: '不填',
  overdueOptions: {
    not_overdue: '没有逾期',
    under_7_days: '逾期不到 7 天',
    days_7_30: '逾期 7–30 天',
    days_30_90: '逾期 30–90 天',
    days_90_180: '逾期 90–180 天',
    over_180_days: '逾期 180 天以上',
    no_debt: '在这家借款机构没有欠款',
  } satisfies Record<OverdueStage, string>,
  contacted: '谁接的电话？',
  contactedOptions: {
    debtor: '借款人本人',
    emergency_contact: '借款人的紧急联系人',
    unrelated_third_party: '与这笔债务无关的人',
  } satisfies Record<ContactedParty, string>,
  threatened: '对方威胁要做什么？（可多选）',
  threatOptions: {
    lawyer_letter: '发律师函',
    home_visit: '上门',
    lawsuit: '起诉',
    arrest: '抓人、拘留',
    contact_employer: '联系单位',
    contact_family: '联系家人',
  } satisfies Record<ThreatKind, string>,
  threatenedShown: '威胁：',
  callsShown: (today: number | null, week: number | null) =>
    [today !== null ? `当天 ${today} 次` : '', week !== null ? `7 天内 ${week} 次` : ''].filter(Boolean).join('，'),
};

const en: typeof zh = {
  legend: 'About this call (optional)',
  legendHint: 'These answers show whether the caller broke the collection rules.',
  callsToday: 'How many times did they call that day?',
  callsLast7Days: 'How many times in the last 7 days?',
  callsHint: 'A number only; leave it empty if you do not remember.',
  overdueStage: 'How far overdue are you with the lender the caller named (the platform or bank)?',
  notSaid: 'Not saying',
  overdueOptions: {
    not_overdue: 'Not overdue',
    under_7_days: 'Less than 7 days overdue',
    days_7_30: '7–30 days overdue',
    days_30_90: '30–90 days overdue',
    days_90_180: '90–180 days overdue',
    over_180_days: 'More than 180 days overdue',
    no_debt: 'I owe that lender nothing',
  },
  contacted: 'Who took the call?',
  contactedOptions: {
    debtor: 'The borrower',
    emergency_contact: "The borrower's emergency contact",
    unrelated_third_party: 'Someone with nothing to do with the debt',
  },
  threatened: 'What did they threaten to do? (choose any)',
  threatOptions: {
    lawyer_letter: 'send a lawyer letter',
    home_visit: 'come to the home',
    lawsuit: 'sue',
    arrest: 'have someone arrested',
    contact_employer: 'contact the employer',
    contact_family: 'contact the family',
  },
  threatenedShown: 'Threatened to: ',
  callsShown: (today, week) =>
    [today !== null ? `${today} ${today === 1 ? 'call' : 'calls'} that day` : '', week !== null ? `${week} ${week === 1 ? 'call' : 'calls'} in 7 days` : ''].filter(Boolean).join(', '),
};

export function circumstancesText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
