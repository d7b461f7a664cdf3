/**
 * When a collector may call, judged by the called person's local time (docs/api.md#reports). Chinese
 * sources differ on whether evening calls must stop at 21:00 or 22:00, so both are tracked: a
 * call between 21:00 and 22:00 breaks the stricter rule only.
 */
export interface CallHoursRule {
  /** First allowed hour (inclusive). */
  start: number;
  /** Hour from which calls break the stricter source. */
  strictEnd: number;
  /** Hour from which calls break every source. */
  lenientEnd: number;
  source: string;
}

const rules: Record<string, CallHoursRule> = {
  CN: {
    start: 8,
    strictEnd: 21,
    lenientEnd: 22,
    source: 'NIFA collection self-regulation (2018) and lenders\' collection rules: no calls 21:00/22:00–08:00',
  },
  US: { start: 8, strictEnd: 21, lenientEnd: 21, source: 'CFPB Regulation F, 12 CFR 1006.6(b)(1)(i): 08:00–21:00 local time' },
};

export type CallHoursVerdict = 'allowed' | 'outside_strict' | 'outside_all';

/** A call as the write path knows it: the instant, where the callee may be, and what the reporter typed. */
export interface CallTime {
  /** The instant of the call, ms since the epoch. */
  instant: number;
  /** IANA zones the called number may be in (see `numberTimeZones`); empty when unknown. */
  timeZones: readonly string[];
  /** The UTC offset the reporter wrote in `called_at`, in minutes; null when not known. */
  offsetMinutes: number | null;
}

/**
 * Judges a call by the hour it rang where the called number is. The reporter's typed digits do
 * not matter: 07:00Z and 15:00+08:00 are the same call. When the number's zones disagree on
 * the verdict (or none are known) the offset the reporter gave decides; without one the call
 * is not held against the caller.
 *
 * @example
 * judgeCallTime({ instant: Date.parse('2026-05-01T15:00:00Z'), timeZones: ['Asia/Shanghai'], offsetMinutes: 0 }, 'CN')
 * // 'outside_all' (23:00 in Beijing)
 * judgeCallTime({ instant: Date.parse('2026-05-01T07:00:00Z'), timeZones: ['Asia/Shanghai'], offsetMinutes: 0 }, 'CN')
 * // 'allowed' (15:00 in Beijing)
 */
export function judgeCallTime(call: CallTime, region: string): CallHoursVerdict {
  const verdicts = new Set<CallHoursVerdict>();
  for (const zone of call.timeZones) {
    const minutes = minutesOfDayIn(call.instant, zone);
    if (minutes !== null) verdicts.add(judgeMinutesOfDay(minutes, region));
  }
  if (verdicts.size === 1) return [...verdicts][0]!;
  if (call.offsetMinutes === null) return 'allowed';
  return judgeMinutesOfDay(minutesOfDayAtOffset(call.instant, call.offsetMinutes), region);
}

/**
 * @example
 * judgeMinutesOfDay(21 * 60 + 30, 'CN') // 'outside_strict'
 * judgeMinutesOfDay(7 * 60 + 30, 'US')  // 'outside_all'
 */
export function judgeMinutesOfDay(minutes: number, region: string): CallHoursVerdict {
  const rule = rules[region] ?? rules.CN!;
  const hour = Math.floor(minutes / 60);
  if (hour < rule.start || hour >= rule.lenientEnd) return 'outside_all';
  if (hour >= rule.strictEnd) return 'outside_strict';
  return 'allowed';
}

/**
 * The UTC offset written in an RFC 3339 time, in minutes. RFC 3339 reads "-00:00" as "local
 * offset unknown", so that is null too.
 *
 * @example
 * offsetMinutesOf('2026-05-01T21:30:00+08:00') // 480
 * offsetMinutesOf('2026-05-01T13:30:00Z')      // 0
 */
export function offsetMinutesOf(rfc3339: string): number | null {
  const match = /(?:([zZ])|([+-])(\d{2}):(\d{2}))$/.exec(rfc3339.trim());
  if (!match) return null;
  if (match[1]) return 0;
  if (match[2] === '-' && match[3] === '00' && match[4] === '00') return null;
  const minutes = Number(match[3]) * 60 + Number(match[4]);
  return match[2] === '-' ? -minutes : minutes;
}

function minutesOfDayAtOffset(instant: number, offsetMinutes: number): number {
  const local = new Date(instant + offsetMinutes * 60_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// Building a DateTimeFormat is far dearer than using one, and a zone's rules never change in a process.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  let format = formatters.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      // A zone this runtime's time-zone data does not know: judge by the other zones or the offset.
      format = null;
    }
    formatters.set(zone, format);
  }
  return format;
}

/** The zone's UTC offset at an instant, in minutes, as the runtime's time-zone data has it. */
function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  const local = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour! % 24, part.minute!);
  return Math.round((local - Math.floor(instant / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

// Formatting costs about a microsecond, and bulk imports judge many calls: offsets are kept per
// zone and UTC day, for days without a daylight-saving change (all but one or two a year).
const dayOffsets = new Map<string, number | null>();
const MAX_CACHED_DAYS = 20_000;

function minutesOfDayIn(instant: number, zone: string): number | null {
  const format = formatterOf(zone);
  if (!format) return null;
  const day = Math.floor(instant / DAY_MS);
  const key = `${zone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = offsetAt(format, day * DAY_MS);
    offset = start === offsetAt(format, (day + 1) * DAY_MS - MINUTE_MS) ? start : null;
    if (dayOffsets.size >= MAX_CACHED_DAYS) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return minutesOfDayAtOffset(instant, offset ?? offsetAt(format, instant));
}
