import type { Lang } from '../../http/lang';
import type { ComplaintChannel } from '../../domain/complaints/draft';

/** Text of the complaint-draft page. */
const zh = {
  title: '投诉文本',
  intro: (number: string) => `根据你对 ${number} 的举报写好了以下投诉文本。选一个渠道，复制文本，填上你的姓名和电话后发出；电话渠道可以对着文本念。`,
  channels: {
    lender: '贷款机构官方客服',
    '12378': '金融消费者投诉热线 12378',
    nifa: '中国互联网金融协会',
    '12321': '12321 骚扰诈骗电话举报',
    '110': '报警 110 / 96110',
    cfpb: '美国消费者金融保护局（CFPB）',
  } satisfies Record<ComplaintChannel, string>,
  when: {
    lender: '先找贷款机构本身：核实来电是不是它委托的，并要求停止违规行为。',
    '12378': '银行、消费金融公司的催收违规，或贷款机构不处理时。',
    nifa: '网贷平台及其委托的催收机构违规时。',
    '12321': '骚扰电话、诈骗电话。',
    '110': '受到威胁、被要求转账到个人账户，或对方冒充公检法时。',
    cfpb: '美国号码的债务催收违规。',
  } satisfies Record<ComplaintChannel, string>,
  contact: '联系方式',
  source: '来源',
  call: (n: string) => `拨打 ${n}`,
  open: '打开投诉页面',
  textLabel: '投诉文本（可直接选中复制）',
  copy: '复制文本',
  copied: '已复制',
  none: '这条举报所在的地区暂时没有可用的投诉渠道。',
  back: '返回我的举报',
  link: '写投诉文本 →',
};

const en: typeof zh = {
  title: 'Complaint texts',
  intro: (number) => `These complaints are written from your report on ${number}. Pick a channel, copy the text, add your name and phone number and send it; on a phone line, read it out.`,
  channels: {
    lender: "The lender's official hotline",
    '12378': 'Financial consumer complaints 12378',
    nifa: 'National Internet Finance Association',
    '12321': '12321 spam and fraud call reports',
    '110': 'Police 110 / 96110',
    cfpb: 'Consumer Financial Protection Bureau (CFPB)',
  },
  when: {
    lender: 'Start with the lender itself: it can say whether the caller works for it, and stop it.',
    '12378': 'Abusive collection by banks and consumer-finance companies, or when the lender does nothing.',
    nifa: 'Online lending platforms and the agencies collecting for them.',
    '12321': 'Harassing or fraudulent calls.',
    '110': 'Threats, demands to pay a personal account, or a caller posing as the police or a court.',
    cfpb: 'Debt collection from US numbers.',
  },
  contact: 'Contact',
  source: 'Source',
  call: (n) => `Call ${n}`,
  open: 'Open the complaint form',
  textLabel: 'Complaint text (select it to copy)',
  copy: 'Copy text',
  copied: 'Copied',
  none: 'There is no complaint channel yet for the country of this number.',
  back: 'Back to my reports',
  link: 'Write a complaint →',
};

export function complaintsText(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh;
}
