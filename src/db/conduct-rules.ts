/**
 * The conduct rules' wording and sources (`seed/conduct-rules.json`), read once: what a
 * violation is shown with wherever it appears (lookups, the number page, the agency pages,
 * complaint drafts). The predicates are in `domain/conduct/violations.ts`; this module checks
 * at load that every predicate has its rule and source, and no rule lacks a predicate.
 */
import seed from '../../seed/conduct-rules.json';
import { CONDUCT_RULE_IDS, isConductRuleId, type ConductRuleId, type Jurisdiction } from '../domain/conduct/violations';
import type { Lang } from '../domain/scoring';

export interface ConductRuleSource {
  /** The document's title as published (Chinese for Chinese sources). */
  title: string;
  titleEn: string;
  issuer: string;
  /** The article or section, only where it was confirmed. */
  article: string | null;
  url: string;
  /** What was checked: the provision's wording ("text"), or only the document's existence and title ("title"). */
  verified: 'text' | 'title';
}

export interface ConductRule {
  id: ConductRuleId;
  jurisdiction: Jurisdiction;
  label: Record<Lang, string>;
  explanation: Record<Lang, string>;
  source: ConductRuleSource;
}

function load(): ReadonlyMap<ConductRuleId, ConductRule> {
  const rules = new Map<ConductRuleId, ConductRule>();
  for (const r of seed.rules) {
    if (!isConductRuleId(r.id)) throw new Error(`seed/conduct-rules.json: no predicate for rule "${r.id}"`);
    const source = r.source as (typeof r)['source'] & { article?: string };
    if (!source.url.startsWith('https://') || !source.title) throw new Error(`seed/conduct-rules.json: rule "${r.id}" has no source`);
    rules.set(r.id, {
      id: r.id,
      jurisdiction: r.jurisdiction as Jurisdiction,
      label: { 'zh-CN': r.label_zh, en: r.label_en },
      explanation: { 'zh-CN': r.explanation_zh, en: r.explanation_en },
      source: {
        title: source.title,
        titleEn: source.title_en,
        issuer: source.issuer,
        article: source.article ?? null,
        url: source.url,
        verified: source.verified === 'text' ? 'text' : 'title',
      },
    });
  }
  const missing = CONDUCT_RULE_IDS.filter((id) => !rules.has(id));
  if (missing.length) throw new Error(`seed/conduct-rules.json: no source for ${missing.join(', ')}`);
  return rules;
}

const RULES = load();

/**
 * @example
 * conductRule('us_call_frequency').source.article // '§ 1006.14(b)(2)'
 */
export function conductRule(id: ConductRuleId): ConductRule {
  return RULES.get(id)!;
}

/** Every rule in the order of `CONDUCT_RULE_IDS`. */
export function conductRules(): ConductRule[] {
  return CONDUCT_RULE_IDS.map(conductRule);
}

/**
 * A source as people read it: title (in English for English pages), article where known.
 *
 * @example
 * sourceTitle(conductRule('us_inconvenient_hours').source, 'en') // 'Regulation F (12 CFR part 1006), § 1006.6(b)(1)(i)'
 */
export function sourceTitle(source: ConductRuleSource, lang: Lang): string {
  const latin = /^[\x20-\x7e]+$/.test(source.title);
  const original = latin ? source.title : `《${source.title}》`;
  const title = lang === 'en' && source.titleEn !== source.title ? `${source.titleEn} ${original}` : original;
  return source.article ? `${title}, ${source.article}` : title;
}
