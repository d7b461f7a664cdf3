import type { Lang } from '../../http/lang';

/** Text of the number page's check of the companies callers named against lenders' lists. */
const zh = {
  title: '来电者自报的催收公司',
  intro: '贷款机构会公布它委托的催收机构。下面把举报中对方报出的公司，和它所说贷款机构公布的名单做了比对。',
  forLender: (lender: string) => `自称替${lender}催收`,
  reports: (n: number) => `${n} 条举报`,
  listed: '在该机构公布的合作催收机构名单上',
  notListed: '不在该机构公布的合作催收机构名单上：很可能是冒充的',
  noList: '还没有收录该机构公布的名单，无法比对',
  source: (title: string, date: string) => `来源：${title}（${date} 公布）`,
  registration: (n: string) => `登记号：${n}`,
};

export type AgencyCheckText = typeof zh;

const en: AgencyCheckText = {
  title: 'Collection companies callers named',
  intro: 'Lenders publish the collection agencies they engage. The companies callers gave in reports are checked against the list of the lender they claimed to collect for.',
  forLender: (lender) => `said to collect for ${lender}`,
  reports: (n) => (n === 1 ? '1 report' : `${n} reports`),
  listed: 'On the lender’s published list of collection agencies',
  notListed: 'Not on the lender’s published list of collection agencies: likely an impostor',
  noList: 'No published list of this lender is known yet, so it cannot be checked',
  source: (title, date) => `Source: ${title} (published ${date})`,
  registration: (n) => `Registration number: ${n}`,
};

export function agencyCheckText(lang: Lang): AgencyCheckText {
  return lang === 'en' ? en : zh;
}
