/**
 * A report's conduct tags are what the reporter chose plus what the call itself shows:
 * `out_of_hours` when the call rang outside the allowed hours where the called number is.
 */
import { judgeCallTime, type CallTime } from './call-hours';
import { conductTags, type ConductTag } from './tags';

/** Tags the service adds from the facts of the call; never removed from what a reporter chose. */
export const DERIVED_TAGS: readonly ConductTag[] = ['out_of_hours'];

/**
 * @example
 * canonicalTags(['threats', 'out_of_hours', 'threats']) // ['out_of_hours', 'threats']
 */
export function canonicalTags(tags: Iterable<ConductTag>): ConductTag[] {
  const set = new Set(tags);
  return conductTags.filter((tag) => set.has(tag));
}

/**
 * The tags a report counts with: the reported ones and `out_of_hours` when the call time says
 * so, in canonical order.
 *
 * @example
 * deriveTags({ reported: ['threats'], call: { instant: Date.parse('2026-05-01T15:00:00Z'), timeZones: ['Asia/Shanghai'], offsetMinutes: 0 }, region: 'CN' })
 * // ['out_of_hours', 'threats']
 */
export function deriveTags(input: { reported: readonly ConductTag[]; call: CallTime; region: string }): ConductTag[] {
  const tags = new Set(input.reported);
  if (judgeCallTime(input.call, input.region) !== 'allowed') tags.add('out_of_hours');
  return canonicalTags(tags);
}

/**
 * What a report stored before reported and derived tags were kept apart most plausibly
 * reported: its tags without the derived ones. Those were added by the service whenever the
 * typed hour looked late, so a stored `out_of_hours` cannot be told from a reporter's choice;
 * the call instant is the fact that decides it from now on.
 *
 * @example
 * reportedTagsOfLegacyReport(['out_of_hours', 'threats']) // ['threats']
 */
export function reportedTagsOfLegacyReport(stored: readonly ConductTag[]): ConductTag[] {
  return canonicalTags(stored.filter((tag) => !DERIVED_TAGS.includes(tag)));
}
