import type { Lang } from '../../http/lang';

/** Text of "my reports" and its edit page. */
const zh = {
  title: '我的举报',
  intro: '这里是你在这个浏览器里提交过的举报。举报和这个浏览器绑定，不用注册；换了浏览器或清除了 Cookie，就看不到这些举报了。',
  empty: '这个浏览器里还没有你提交的举报。',
  emptyAction: '查一个号码，然后在它的页面上举报。',
  calledAt: '来电时间',
  reportedAt: '提交时间',
  claimed: '自称代表',
  callerCompany: '对方说的催收公司',
  debt: '在对方说的借款机构有欠款',
  hidden: '这条举报已被管理员隐藏，不再计入结果。',
  editableUntil: (when: string) => `24 小时内可以修改，截至 ${when}。`,
  notEditable: '提交已超过 24 小时，不能再修改；如果内容有误，可以撤回。',
  edit: '修改',
  retract: '撤回这条举报',
  retractHint: '撤回后，这条举报不再计入这个号码的结果，也不能恢复。',
  more: '更早的举报',
  retracted: '举报已撤回。',
  updated: '举报已修改。',
  created: '24 小时的修改时间已过，所以保存成了一条新举报。',
  gone: '没有找到这条举报，可能已经撤回了。',
  editTitle: (number: string) => `修改对 ${number} 的举报`,
  editIntro: (when: string) => `提交后 24 小时内可以修改，截至 ${when}。修改会替换原来的内容，不会多算一条举报。`,
  editExpired: '这条举报提交已超过 24 小时，不能再修改了。如果内容有误，可以在“我的举报”里撤回。',
  save: '保存修改',
  back: '返回我的举报',
  chinaTime: (text: string) => `${text}（北京时间）`,
  unavailable: '暂时无法读取你的举报，请稍后再试。',
  failed: '操作没有成功：',
};

export type MyReportsText = typeof zh;

const en: MyReportsText = {
  title: 'My reports',
  intro: 'These are the reports you sent from this browser. They belong to this browser, with no sign-up: in another browser, or after clearing cookies, you will not see them here.',
  empty: 'You have not sent any reports from this browser.',
  emptyAction: 'Look a number up, then report it on its page.',
  calledAt: 'Call',
  reportedAt: 'Sent',
  claimed: 'Claimed to be',
  callerCompany: 'Collection company they named',
  debt: 'Owe the lender they named',
  hidden: 'A moderator has hidden this report; it no longer counts.',
  editableUntil: (when) => `You can change it for 24 hours, until ${when}.`,
  notEditable: 'Sent more than 24 hours ago, so it can no longer be changed; you can withdraw it if it is wrong.',
  edit: 'Change',
  retract: 'Withdraw this report',
  retractHint: 'A withdrawn report stops counting for the number and cannot be restored.',
  more: 'Older reports',
  retracted: 'The report was withdrawn.',
  updated: 'The report was changed.',
  created: 'The 24 hours for changes had passed, so it was saved as a new report.',
  gone: 'That report was not found; it may have been withdrawn already.',
  editTitle: (number) => `Change your report on ${number}`,
  editIntro: (when) => `You can change a report for 24 hours after sending it, until ${when}. The change replaces what you sent; it does not count as another report.`,
  editExpired: 'This report was sent more than 24 hours ago and can no longer be changed. If it is wrong, you can withdraw it under “My reports”.',
  save: 'Save changes',
  back: 'Back to my reports',
  chinaTime: (text) => `${text} (China time)`,
  unavailable: 'Your reports cannot be read right now. Please try again later.',
  failed: 'That did not work: ',
};

export function myReportsText(lang: Lang): MyReportsText {
  return lang === 'en' ? en : zh;
}
