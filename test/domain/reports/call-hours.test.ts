import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeCallTime, judgeMinutesOfDay, offsetMinutesOf } from '../../../src/domain/conduct/call-hours';
import { deriveTags, reportedTagsOfLegacyReport } from '../../../src/domain/conduct/derived-tags';
import { normalizePhone } from '../../../src/domain/phone';
import { numberTimeZones } from '../../../src/domain/phone/time-zones';

function number(input: string) {
  const result = normalizePhone(input);
  if (!result.ok) throw new Error(input);
  return result.number;
}

/** What the write path judges for a call to `input` reported as `calledAt`. */
function judge(input: string, calledAt: string) {
  const n = number(input);
  return judgeCallTime({ instant: Date.parse(calledAt), timeZones: numberTimeZones(n), offsetMinutes: offsetMinutesOf(calledAt) }, n.region);
}

describe('judgeMinutesOfDay', () => {
  it.each([
    [7 * 60 + 59, 'CN', 'outside_all'],
    [8 * 60, 'CN', 'allowed'],
    [20 * 60 + 59, 'CN', 'allowed'],
    [21 * 60, 'CN', 'outside_strict'],
    [21 * 60 + 59, 'CN', 'outside_strict'],
    [22 * 60, 'CN', 'outside_all'],
    [3 * 60, 'CN', 'outside_all'],
    [20 * 60 + 30, 'US', 'allowed'],
    [21 * 60, 'US', 'outside_all'],
    [7 * 60 + 30, 'US', 'outside_all'],
  ])('%i minutes after midnight in %s is %s', (minutes, region, verdict) => {
    expect(judgeMinutesOfDay(minutes, region)).toBe(verdict);
  });
});

describe('a call is judged at the instant it rang, in the called number’s time zone', () => {
  it.each([
    // CN numbers are judged in Beijing time, whatever offset the client wrote.
    ['13800138000', '2026-11-30T07:00:00Z', 'allowed'], // 15:00 in Beijing
    ['13800138000', '2026-11-30T15:00:00+08:00', 'allowed'],
    ['13800138000', '2026-11-30T02:00:00-05:00', 'allowed'],
    ['13800138000', '2026-11-30T15:00:00Z', 'outside_all'], // 23:00 in Beijing
    ['13800138000', '2026-11-30T23:00:00+08:00', 'outside_all'],
    ['13800138000', '2026-11-30T10:00:00-05:00', 'outside_all'],
    ['13800138000', '2026-11-30T13:30:00Z', 'outside_strict'], // 21:30 in Beijing
    ['95188', '2026-11-29T23:30:00Z', 'outside_all'], // 07:30 in Beijing: short numbers too
    // A New York number called at 07:30 in New York (EST, UTC−5), however the instant is written.
    ['+1 212 736 5000', '2026-11-30T07:30:00-05:00', 'outside_all'],
    ['+1 212 736 5000', '2026-11-30T12:30:00Z', 'outside_all'],
    ['+1 212 736 5000', '2026-11-30T20:30:00+08:00', 'outside_all'],
    ['+1 212 736 5000', '2026-11-30T09:30:00-05:00', 'allowed'],
    // Daylight saving: 07:30 EDT is 11:30Z in June.
    ['+1 212 736 5000', '2026-06-15T11:30:00Z', 'outside_all'],
    ['+1 212 736 5000', '2026-06-15T12:30:00Z', 'allowed'],
    // A Los Angeles number at 07:30 Pacific; the same instant is 10:30 in New York.
    ['+1 213 555 0199', '2026-11-30T15:30:00Z', 'outside_all'],
    ['+1 213 555 0199', '2026-11-30T07:30:00-08:00', 'outside_all'],
    ['+1 213 555 0199', '2026-11-30T10:30:00-05:00', 'outside_all'],
    ['+1 213 555 0199', '2026-11-30T20:30:00-08:00', 'allowed'],
  ])('%s called at %s: %s', (input, calledAt, verdict) => {
    expect(judge(input, calledAt)).toBe(verdict);
  });

  it.each([
    // New York springs forward on 2026-03-08 at 02:00 EST (07:00Z) and falls back on 2026-11-01 at 02:00 EDT (06:00Z).
    ['2026-03-07T12:30:00Z', 'outside_all'], // 07:30 EST
    ['2026-03-08T06:30:00Z', 'outside_all'], // 01:30 EST
    ['2026-03-08T11:30:00Z', 'outside_all'], // 07:30 EDT, the same day
    ['2026-03-08T12:30:00Z', 'allowed'], // 08:30 EDT
    ['2026-03-09T12:30:00Z', 'allowed'], // 08:30 EDT
    ['2026-11-01T12:30:00Z', 'outside_all'], // 07:30 EST
    ['2026-11-01T13:30:00Z', 'allowed'], // 08:30 EST
    ['2026-11-02T01:30:00Z', 'allowed'], // 20:30 EST
    ['2026-11-02T02:30:00Z', 'outside_all'], // 21:30 EST
  ])('across daylight-saving changes in New York: %s is %s', (calledAt, verdict) => {
    expect(judge('+1 212 736 5000', calledAt)).toBe(verdict);
  });

  it('reads the hour as the runtime’s time-zone data does, in zones with odd offsets and changes too', () => {
    // Around this year's changes in those zones as well as at any time: the hour must be right on the day itself.
    const changes = ['2026-03-08T07:00Z', '2026-11-01T06:00Z', '2026-03-08T05:30Z', '2026-11-01T04:30Z', '2026-04-04T15:00Z', '2026-10-03T15:30Z', '2026-03-29T01:00Z', '2026-04-04T14:00Z'];
    const anyMinute = fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 });
    const nearChange = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -36 * 60, max: 36 * 60 })).map(([at, delta]) => Date.parse(at) / 60_000 + delta);
    const zones = ['America/New_York', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/London', 'Pacific/Chatham', 'Asia/Shanghai'];
    const direct = (instant: number, zone: string) => {
      const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
      const value = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      return (value('hour') % 24) * 60 + value('minute');
    };
    fc.assert(
      fc.property(fc.oneof(anyMinute, nearChange), fc.constantFrom(...zones), (minute, zone) => {
        const instant = minute * 60_000;
        for (const region of ['US', 'CN']) {
          expect(judgeCallTime({ instant, timeZones: [zone], offsetMinutes: null }, region)).toBe(judgeMinutesOfDay(direct(instant, zone), region));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('falls back to the offset given when the number spans several zones', () => {
    // US toll-free numbers have no home zone: the reporter's offset is all there is.
    expect(numberTimeZones(number('+1 800 555 0199')).length).toBeGreaterThan(1);
    expect(judge('+1 800 555 0199', '2026-11-30T07:30:00-05:00')).toBe('outside_all');
    expect(judge('+1 800 555 0199', '2026-11-30T12:30:00Z')).toBe('allowed');
    // 08:30 in New York, 05:30 in Los Angeles; without any offset ("-00:00" means unknown in
    // RFC 3339) nothing is held against the caller.
    expect(judgeCallTime({ instant: Date.parse('2026-11-30T13:30:00Z'), timeZones: ['America/New_York', 'America/Los_Angeles'], offsetMinutes: null }, 'US')).toBe(
      'allowed',
    );
  });

  it('agreeing zones need no offset', () => {
    // 03:00 in New York is 00:00 in Los Angeles: out of hours in both.
    expect(judgeCallTime({ instant: Date.parse('2026-11-30T08:00:00Z'), timeZones: ['America/New_York', 'America/Los_Angeles'], offsetMinutes: null }, 'US')).toBe(
      'outside_all',
    );
  });

  it('for a CN number, the typed offset never changes the verdict', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }), fc.integer({ min: -12 * 4, max: 14 * 4 }), (minute, quarters) => {
        const date = new Date(minute * 60_000);
        const offset = quarters * 15;
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const written = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(Date.parse(written)).toBe(date.getTime());
        expect(judge('13800138000', written)).toBe(judge('13800138000', date.toISOString()));
      }),
      { numRuns: 200 },
    );
  });
});

describe('offsetMinutesOf', () => {
  it.each([
    ['2026-05-01T21:30:00+08:00', 480],
    ['2026-05-01T13:30:00Z', 0],
    ['2026-05-01T13:30:00.250z', 0],
    ['2026-05-01T08:30:00-05:00', -300],
    ['2026-05-01T19:00:00+05:30', 330],
    ['2026-05-01T13:30:00+00:00', 0],
    ['2026-05-01T13:30:00-00:00', null],
    ['2026-05-01T13:30:00', null],
  ])('%s → %s', (text, minutes) => {
    expect(offsetMinutesOf(text)).toBe(minutes);
  });
});

describe('deriveTags', () => {
  const call = (iso: string) => ({ instant: Date.parse(iso), timeZones: ['Asia/Shanghai'], offsetMinutes: offsetMinutesOf(iso) });

  it('adds out_of_hours from the call time and keeps what the reporter chose, in canonical order', () => {
    expect(deriveTags({ reported: ['threats'], call: call('2026-11-30T15:00:00Z'), region: 'CN' })).toEqual(['out_of_hours', 'threats']);
    expect(deriveTags({ reported: ['threats'], call: call('2026-11-30T07:00:00Z'), region: 'CN' })).toEqual(['threats']);
    // A reporter's own choice stands even when the stated time is in hours (they may describe several calls).
    expect(deriveTags({ reported: ['threats', 'out_of_hours'], call: call('2026-11-30T07:00:00Z'), region: 'CN' })).toEqual(['out_of_hours', 'threats']);
  });

  it('reads legacy tags as reported minus the derived ones', () => {
    expect(reportedTagsOfLegacyReport(['out_of_hours', 'threats', 'insults'])).toEqual(['threats', 'insults']);
    expect(reportedTagsOfLegacyReport(['out_of_hours'])).toEqual([]);
  });
});
