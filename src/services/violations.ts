/**
 * Conduct-rule violations as lookups, the number page, the agency pages and the export show
 * them: counts kept at write time (per number, per claimed agency), joined to each rule's
 * wording and source.
 */
import { conductRule, sourceTitle } from '../db/conduct-rules';
import { CONDUCT_RULE_IDS, type ConductRuleId, type Jurisdiction } from '../domain/conduct/violations';
import type { Lang } from '../domain/scoring';

export interface ViolationCount {
  rule: ConductRuleId;
  jurisdiction: Jurisdiction;
  /** Visible reports that say the rule was broken. */
  reports: number;
  label: string;
  /** What the rule says, in a sentence. */
  explanation: string;
  source: { title: string; url: string; article: string | null; issuer: string; verified: 'text' | 'title' };
}

/**
 * Stored counts (rule → reports) as the rules they break, most reported first.
 *
 * @example
 * violationCounts({ cn_third_party: 2 }, 'en')[0]!.source.url // 'https://www.nfra.gov.cn'
 */
export function violationCounts(counts: Readonly<Record<string, number>>, lang: Lang): ViolationCount[] {
  return CONDUCT_RULE_IDS.filter((id) => (counts[id] ?? 0) > 0)
    .sort((a, b) => counts[b]! - counts[a]! || CONDUCT_RULE_IDS.indexOf(a) - CONDUCT_RULE_IDS.indexOf(b))
    .map((id) => {
      const rule = conductRule(id);
      return {
        rule: id,
        jurisdiction: rule.jurisdiction,
        reports: counts[id]!,
        label: rule.label[lang],
        explanation: rule.explanation[lang],
        source: { title: sourceTitle(rule.source, lang), url: rule.source.url, article: rule.source.article, issuer: rule.source.issuer, verified: rule.source.verified },
      };
    });
}
