/** When a call rang, written for a complaint: the called number's local time, with its offset. */
import type { Lang } from '../scoring';

/**
 * @example
 * localCallTime(Date.parse('2026-06-14T15:30:00Z'), ['Asia/Shanghai'], null, 'zh-CN') // '2026-06-14 23:30（北京时间）'
 * localCallTime(Date.parse('2026-06-15T02:00:00Z'), ['America/New_York'], null, 'en') // '2026-06-14 22:00 (GMT-04:00)'
 */
export function localCallTime(instant: number, timeZones: readonly string[], offsetMinutes: number | null, lang: Lang): string {
  for (const zone of timeZones) {
    const formatted = formatIn(instant, zone);
    if (!formatted) continue;
    if (zone === 'Asia/Shanghai') return lang === 'en' ? `${formatted.text} (China time)` : `${formatted.text}（北京时间）`;
    return lang === 'en' ? `${formatted.text} (${formatted.offset})` : `${formatted.text}（${formatted.offset}）`;
  }
  const offset = offsetMinutes ?? 0;
  const text = new Date(instant + offset * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const label = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return lang === 'en' ? `${text} (${label})` : `${text}（${label}）`;
}

function formatIn(instant: number, zone: string): { text: string; offset: string } | null {
  try {
    const parts: Record<string, string> = {};
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    for (const { type, value } of format.formatToParts(instant)) parts[type] = value;
    return { text: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`, offset: parts.timeZoneName === 'GMT' ? 'GMT+00:00' : parts.timeZoneName! };
  } catch {
    return null;
  }
}
