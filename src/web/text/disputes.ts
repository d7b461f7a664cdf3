import type { Lang } from '../../http/lang';

/** Text of the dispute form on a number's page and of the dispute's status page. */
const zh = {
  formTitle: '对这个号码的结果有异议？',
  formIntro: '如果这是你自己的号码、你的机构在用的号码，或者号码已经换了主人，可以提出申诉。管理员会核实；处理期间，页面会注明有申诉。',
  relation: '你和这个号码的关系',
  relations: {
    owner: '这是我自己的号码，我不是催收',
    agency: '我们机构在用这个号码',
    recycled_number: '这个号码以前是别人的（号码换了主人）',
  } as Record<string, string>,
  statement: '说明情况（必填，最多 2000 字）',
  statementHint: '写清楚哪里不对，以及怎样可以核实（例如机构全称、营业执照或委托书编号）。这段话只有管理员能看到。',
  contact: '联系方式（选填）',
  contactHint: '电话或邮箱，方便管理员联系你。只保存打码后的形式，例如 138***8000。',
  submit: '提交申诉',
  errorSummary: '申诉未能提交，请修改下面标出的内容：',
  rateLimited: (s: string) => `提交太频繁，请 ${s} 秒后再试。`,
  statusTitle: '申诉进度',
  filed: '申诉已提交。请保存这个页面的地址，之后可以回来查看处理结果。',
  id: '申诉编号',
  number: '号码',
  relationLabel: '关系',
  status: '状态',
  statuses: { open: '待处理', upheld: '申诉成立', rejected: '申诉未通过' } as Record<string, string>,
  statusExplain: {
    open: '管理员会核实你提交的情况。处理期间，号码页面会注明有申诉正在审核。',
    upheld: '管理员认可了你的申诉，并据此处理了这个号码。',
    rejected: '管理员核实后没有认可这次申诉。如果有新的证据，可以重新提交。',
  } as Record<string, string>,
  createdAt: '提交时间',
  resolvedAt: '处理时间',
  notFound: '没有找到这个申诉。请检查链接是否完整。',
  backToNumber: '返回号码页面',
};

export type DisputeText = typeof zh;

const en: DisputeText = {
  formTitle: 'Is this number’s result wrong?',
  formIntro: 'If this is your own number, a number your agency uses, or a number that changed hands, you can dispute what is shown. A moderator will check; meanwhile the page says a dispute is open.',
  relation: 'How are you connected to this number?',
  relations: {
    owner: 'It is my own number and I am not a collector',
    agency: 'Our agency uses this number',
    recycled_number: 'It used to be someone else’s (the number changed hands)',
  },
  statement: 'What is wrong (required, up to 2000 characters)',
  statementHint: 'Say what is wrong and how it can be checked (e.g. the agency’s full name, its business licence or authorization-letter number). Only moderators see this.',
  contact: 'How to reach you (optional)',
  contactHint: 'A phone number or e-mail for the moderator. Only a masked form is kept, e.g. 138***8000.',
  submit: 'Send dispute',
  errorSummary: 'The dispute was not sent. Please fix what is marked below:',
  rateLimited: (s) => `Too many disputes; try again in ${s} seconds.`,
  statusTitle: 'Dispute status',
  filed: 'Your dispute was sent. Keep this page’s address to come back and see the outcome.',
  id: 'Dispute number',
  number: 'Number',
  relationLabel: 'Connection',
  status: 'Status',
  statuses: { open: 'Open', upheld: 'Upheld', rejected: 'Rejected' },
  statusExplain: {
    open: 'A moderator will check what you sent. Meanwhile the number’s page says a dispute is under review.',
    upheld: 'A moderator agreed with your dispute and acted on it.',
    rejected: 'A moderator checked and did not agree with this dispute. You can send a new one if you have new evidence.',
  },
  createdAt: 'Sent',
  resolvedAt: 'Resolved',
  notFound: 'No such dispute. Please check that the link is complete.',
  backToNumber: 'Back to the number',
};

export function disputeText(lang: Lang): DisputeText {
  return lang === 'en' ? en : zh;
}
