/**
 * When a collector may call, by the called person's region (SPEC §1). Chinese sources differ
 * on whether evening calls must stop at 21:00 or 22:00, so both are tracked: a call between
 * 21:00 and 22:00 breaks the stricter rule only.
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

/**
 * Judges a call by the wall-clock time the reporter gave (`called_at` carries their offset).
 *
 * @example
 * judgeCallHour('2026-05-01T21:30:00+08:00', 'CN') // 'outside_strict'
 * judgeCallHour('2026-05-01T23:10:00+08:00', 'CN') // 'outside_all'
 */
export function judgeCallHour(calledAt: string, region: string): CallHoursVerdict {
  const rule = rules[region] ?? rules.CN!;
  const match = /T(\d{2}):(\d{2})/.exec(calledAt);
  if (!match) return 'allowed';
  const hour = Number(match[1]);
  if (hour < rule.start || hour >= rule.lenientEnd) return 'outside_all';
  if (hour >= rule.strictEnd) return 'outside_strict';
  return 'allowed';
}
