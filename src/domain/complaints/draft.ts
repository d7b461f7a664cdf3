/**
 * Complaint drafts: a ready-to-send text per channel, written from the facts of one report
 * (the number, when it rang, who the caller claimed to be, what happened, the rules it broke
 * with their sources). Pure: the caller passes the report's facts, the rules' texts and each
 * channel's contact, all already read.
 */
import { tagInfo, type ConductTag } from '../conduct/tags';
import type { CallCircumstances, DebtAnswer, HotlineCheck, PaymentRequested } from '../reports/answers';
import type { Lang } from '../scoring';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from './channels';
import type { AgencyListCheck } from './agency-check';
import { draftText, type DraftVoice } from './text';

export type { AgencyListCheck };

export { COMPLAINT_CHANNELS, type ComplaintChannel };

/** How to reach a channel, from the reference data with its source. */
export interface ChannelContact {
  kind: 'phone' | 'web' | 'app';
  value: string;
  label: string;
  source: string;
}

/** One broken rule as a complaint cites it. */
export interface CitedRule {
  label: string;
  /** Title and article, as the rule's source gives them. */
  source: string;
  url: string;
}

/** What one report says, with the number and the lender it named (when known). */
export interface ComplaintFacts {
  number: { display: string; region: string };
  /** When it rang, written in the called person's local time with its offset. */
  calledAtLocal: string;
  claimedAgency: string | null;
  /** The collection company the caller said they work for, as the report gives it (masked). */
  callerCompany: string | null;
  /** Whether the lender the caller claimed lists that company among its collection agencies; null without both. */
  agencyCheck: AgencyListCheck | null;
  /** The lender the claimed agency resolves to, when it has an official hotline. */
  lender: { name: string; hotline: string } | null;
  tags: readonly ConductTag[];
  debtWithClaimedAgency: DebtAnswer;
  hotlineCheck: HotlineCheck;
  identification: { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };
  paymentRequested: PaymentRequested;
  circumstances: CallCircumstances;
  /** The masked comment. */
  comment: string | null;
  violations: readonly CitedRule[];
}

export interface ComplaintDraft {
  channel: ComplaintChannel;
  lang: Lang;
  contact: ChannelContact;
  subject: string;
  text: string;
}

/**
 * The channels a report's complaint can go to: the CFPB only for US numbers, the Chinese
 * channels only for Chinese ones, the lender only when the claimed agency resolves to one with
 * an official hotline.
 *
 * @example
 * complaintChannels({ ...facts, number: { display: '+1 212 555 0147', region: 'US' } }) // ['cfpb']
 */
export function complaintChannels(facts: Pick<ComplaintFacts, 'number' | 'lender'>): ComplaintChannel[] {
  if (facts.number.region === 'US') return ['cfpb'];
  if (facts.number.region !== 'CN') return [];
  return [...(facts.lender ? (['lender'] as const) : []), '12378', 'nifa', '12321', '110'];
}

/**
 * @example
 * complaintDraft(facts, '12378', { kind: 'phone', value: '12378', label: '金融消费者投诉热线', source: '…' }, 'zh-CN').text
 */
export function complaintDraft(facts: ComplaintFacts, channel: ComplaintChannel, contact: ChannelContact, lang: Lang): ComplaintDraft {
  const t = draftText(lang);
  const who = facts.claimedAgency ? t.claimed(facts.claimedAgency) : t.unnamed;
  const v = voiceOf(facts);
  const lines = [
    ...t.opening(channel, { number: facts.number.display, who, lender: facts.lender?.name ?? null }, v),
    '',
    t.heading.facts,
    ...whatHappened(facts, v, lang).map((line) => `- ${line}`),
  ];
  if (facts.violations.length) {
    lines.push('', t.heading.rules, ...facts.violations.map((rule) => `- ${t.rule(rule.label, rule.source, rule.url)}`));
  }
  lines.push('', t.heading.request, t.request(channel, { number: facts.number.display, lender: facts.lender?.name ?? null }, v), '', t.signature);
  return { channel, lang, contact, subject: t.subject(channel, facts.number.display), text: lines.join('\n') };
}

/** Whose point of view the draft takes, and what its wording depends on. */
function voiceOf(facts: ComplaintFacts): DraftVoice {
  return {
    party: facts.circumstances.contacted ?? 'debtor',
    us: facts.number.region === 'US',
    company: facts.lender?.name ?? facts.claimedAgency,
    hotlineCheck: facts.hotlineCheck,
    callerCompany: facts.callerCompany,
    agencyCheck: facts.agencyCheck,
  };
}

/** The facts of the report, one whole sentence each, in the order a reader needs them. */
function whatHappened(facts: ComplaintFacts, v: DraftVoice, lang: Lang): string[] {
  const t = draftText(lang);
  const c = facts.circumstances;
  const out = [t.call(facts.number.display, facts.calledAtLocal, facts.claimedAgency)];
  if (facts.callerCompany) out.push(t.callerCompany(facts.callerCompany));
  if (facts.callerCompany && facts.agencyCheck && facts.agencyCheck.status !== 'no_list') out.push(t.agencyCheck(facts.callerCompany, facts.agencyCheck));
  if (c.callsToday !== null || c.callsLast7Days !== null) out.push(t.calls(c.callsToday, c.callsLast7Days));
  if (c.contacted) out.push(t.contacted[c.contacted]);
  if (c.threatened.length) out.push(t.threatened(c.threatened, v));
  if (facts.paymentRequested !== 'none') out.push(t.payment[facts.paymentRequested]);
  const conduct = facts.tags.filter((tag) => tag !== 'professional').map((tag) => tagInfo[tag].label[lang]);
  if (conduct.length) out.push(t.conduct(conduct));
  if (c.overdueStage) out.push(t.stage(c.overdueStage, v));
  else if (facts.debtWithClaimedAgency !== 'unknown') out.push(t.debt(facts.debtWithClaimedAgency, v));
  if (facts.hotlineCheck !== 'not_tried') out.push(t.hotline(facts.hotlineCheck, v));
  out.push(t.identification(facts.identification, v));
  if (facts.comment) out.push(t.comment(facts.comment));
  return out;
}
