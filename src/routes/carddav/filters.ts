/**
 * The addressbook-query filter (RFC 6352 §10.5): prop-filters with is-not-defined or
 * text-matches (i;unicode-casemap as case-insensitive, the default), combined anyof / allof.
 * Param-filters are refused with the supported-filter precondition rather than ignored.
 */
import { DavRequestError } from './errors';
import { CARDDAV } from './multistatus';
import type { XmlElement } from './xml';

interface TextMatch {
  text: string;
  matchType: 'equals' | 'contains' | 'starts-with' | 'ends-with';
  negate: boolean;
}

interface PropFilter {
  name: string;
  test: 'anyof' | 'allof';
  isNotDefined: boolean;
  textMatches: TextMatch[];
}

export interface CardFilter {
  test: 'anyof' | 'allof';
  props: PropFilter[];
}

const MATCH_TYPES = ['equals', 'contains', 'starts-with', 'ends-with'] as const;
const unsupported = (what: string) => new DavRequestError(403, `Unsupported filter: ${what}.`, { ns: CARDDAV, name: 'supported-filter' });
const testOf = (e: XmlElement) => (e.attributes.test === 'allof' ? 'allof' : 'anyof');

/** Reads a CARDDAV:filter element; a missing filter matches every card. */
export function cardFilter(filter: XmlElement | undefined): CardFilter {
  if (!filter) return { test: 'anyof', props: [] };
  return {
    test: testOf(filter),
    props: filter.children
      .filter((c) => c.ns === CARDDAV)
      .map((p) => {
        if (p.name !== 'prop-filter' || !p.attributes.name) throw unsupported(p.name);
        const textMatches: TextMatch[] = [];
        let isNotDefined = false;
        for (const c of p.children) {
          if (c.ns !== CARDDAV) continue;
          if (c.name === 'is-not-defined') isNotDefined = true;
          else if (c.name === 'text-match') {
            const matchType = (c.attributes['match-type'] ?? 'contains') as TextMatch['matchType'];
            if (!MATCH_TYPES.includes(matchType)) throw unsupported(`match-type ${matchType}`);
            textMatches.push({ text: c.text.toLowerCase(), matchType, negate: c.attributes['negate-condition'] === 'yes' });
          } else throw unsupported(c.name);
        }
        return { name: p.attributes.name.toUpperCase(), test: testOf(p), isNotDefined, textMatches };
      }),
  };
}

/** The values of a vCard's properties by name (lines unfolded, TEXT escapes undone). */
export function cardProperties(card: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const line of card.replace(/\r\n[ \t]/g, '').split(/\r\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    const value = line.slice(colon + 1).replace(/\\([\\;,])/g, '$1').replace(/\\n/gi, '\n');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

function textMatches(match: TextMatch, value: string): boolean {
  const v = value.toLowerCase();
  const hit =
    match.matchType === 'equals' ? v === match.text : match.matchType === 'starts-with' ? v.startsWith(match.text) : match.matchType === 'ends-with' ? v.endsWith(match.text) : v.includes(match.text);
  return hit !== match.negate;
}

function propMatches(filter: PropFilter, properties: Map<string, string[]>): boolean {
  const values = properties.get(filter.name);
  if (filter.isNotDefined) return !values;
  if (!values) return false;
  if (filter.textMatches.length === 0) return true;
  const results = filter.textMatches.map((m) => values.some((v) => textMatches(m, v)));
  return filter.test === 'allof' ? results.every(Boolean) : results.some(Boolean);
}

/**
 * @example
 * matchesFilter({ test: 'anyof', props: [] }, card) // true
 */
export function matchesFilter(filter: CardFilter, card: string): boolean {
  if (filter.props.length === 0) return true;
  const properties = cardProperties(card);
  const results = filter.props.map((p) => propMatches(p, properties));
  return filter.test === 'allof' ? results.every(Boolean) : results.some(Boolean);
}
