/**
 * Blocklist profiles: named, documented selections of numbers for phones and call blockers
 * (docs/phones.md). Each is ordered by activity (independent, weighted, decayed voices), so a
 * size limit keeps the numbers that matter now. Official numbers are never in a blocklist, and
 * no profile lists a number on the word of a single reporter ({@link MIN_BLOCKLIST_REPORTERS}).
 */
import type { AbuseLevel, Verdict } from '../scoring';

export interface BlocklistProfile {
  readonly id: string;
  /** Numbers with one of these verdicts, or any verdict but `official` when null. */
  readonly verdicts: readonly Verdict[] | null;
  /** Numbers with one of these abuse levels, or any when null. */
  readonly abuseLevels: readonly AbuseLevel[] | null;
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly description: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * The fewest distinct reporters (`number_stats.reporters`) behind a number in any blocklist: a
 * blocklist blocks calls for many people, so one person's report never puts a number on it,
 * whatever the verdict or abuse level (a lookup still shows what that one report says).
 */
export const MIN_BLOCKLIST_REPORTERS = 2;

export const BLOCKLIST_PROFILES = [
  {
    id: 'scam',
    verdicts: ['likely_scam'],
    abuseLevels: null,
    title: { 'zh-CN': '疑似诈骗', en: 'Likely scams' },
    description: {
      'zh-CN': '评估为“疑似诈骗”的号码：冒充催收、要求转账到个人账户之类。至少两位不同的举报人举报过才会列入。',
      en: 'Numbers whose verdict is "likely a scam": fake collectors, calls that ask for money into a personal account. Only numbers reported by at least two different people.',
    },
  },
  {
    id: 'scam-and-suspicious',
    verdicts: ['likely_scam', 'suspicious'],
    abuseLevels: null,
    title: { 'zh-CN': '疑似诈骗和可疑来电', en: 'Likely scams and suspicious calls' },
    description: {
      'zh-CN': '“疑似诈骗”加上“可疑”的号码：拦得更多，也更可能误拦。至少两位不同的举报人举报过才会列入，一个人的举报不会让号码进入名单。',
      en: 'Likely scams plus numbers rated suspicious: blocks more, and is more likely to block a call you wanted. Only numbers reported by at least two different people: one person\'s report never puts a number on it.',
    },
  },
  {
    id: 'abusive-collectors',
    verdicts: null,
    abuseLevels: ['high'],
    title: { 'zh-CN': '暴力催收', en: 'Abusive collectors' },
    description: {
      'zh-CN': '被举报辱骂、威胁、骚扰家人或深夜来电、骚扰程度为“高”的号码，不论是否真的催收机构。至少两位不同的举报人举报过才会列入。',
      en: 'Numbers reported for insults, threats, calls to family or at night, with a high abuse level, whether or not the collector is real. Only numbers reported by at least two different people.',
    },
  },
] as const satisfies readonly BlocklistProfile[];

export type BlocklistProfileId = (typeof BLOCKLIST_PROFILES)[number]['id'];

export const BLOCKLIST_PROFILE_IDS = BLOCKLIST_PROFILES.map((p) => p.id) as [BlocklistProfileId, ...BlocklistProfileId[]];

/** The most numbers one blocklist holds; a `limit` may ask for fewer. */
export const MAX_BLOCKLIST_SIZE = 20_000;

export function blocklistProfile(id: string): BlocklistProfile | null {
  return BLOCKLIST_PROFILES.find((p) => p.id === id) ?? null;
}

/** What a profile needs to know about a number to decide whether it belongs. */
export interface ProfileCandidate {
  verdict: Verdict | null;
  abuseLevel: string | null;
  reportsTotal: number;
  /** Distinct reporters behind the visible reports (`number_stats.reporters`). */
  reporters: number;
  official: boolean;
}

/**
 * Whether a number belongs to a profile (before the size limit).
 *
 * @example
 * inProfile(blocklistProfile('scam')!, { verdict: 'likely_scam', abuseLevel: 'low', reportsTotal: 3, reporters: 3, official: false }) // true
 * inProfile(blocklistProfile('scam')!, { verdict: 'likely_scam', abuseLevel: 'low', reportsTotal: 3, reporters: 1, official: false }) // false
 */
export function inProfile(profile: BlocklistProfile, number: ProfileCandidate): boolean {
  if (number.official || number.reportsTotal <= 0 || number.verdict === null || number.verdict === 'official') return false;
  if (number.reporters < MIN_BLOCKLIST_REPORTERS) return false;
  if (profile.verdicts && !profile.verdicts.includes(number.verdict)) return false;
  if (profile.abuseLevels && !profile.abuseLevels.includes(number.abuseLevel as AbuseLevel)) return false;
  return true;
}

/**
 * The limit a request gets: at most {@link MAX_BLOCKLIST_SIZE}, the whole list when none is asked.
 *
 * @example
 * effectiveLimit(undefined) // 20000
 * effectiveLimit(3000)      // 3000
 */
export function effectiveLimit(limit: number | null | undefined): number {
  return limit && limit > 0 ? Math.min(limit, MAX_BLOCKLIST_SIZE) : MAX_BLOCKLIST_SIZE;
}
