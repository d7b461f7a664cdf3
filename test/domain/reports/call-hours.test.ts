import { describe, expect, it } from 'vitest';
import { judgeCallHour } from '../../../src/domain/conduct/call-hours';

describe('judgeCallHour', () => {
  it.each([
    ['2026-05-01T07:59:00+08:00', 'CN', 'outside_all'],
    ['2026-05-01T08:00:00+08:00', 'CN', 'allowed'],
    ['2026-05-01T20:59:00+08:00', 'CN', 'allowed'],
    ['2026-05-01T21:00:00+08:00', 'CN', 'outside_strict'],
    ['2026-05-01T21:59:00+08:00', 'CN', 'outside_strict'],
    ['2026-05-01T22:00:00+08:00', 'CN', 'outside_all'],
    ['2026-05-01T03:00:00+08:00', 'CN', 'outside_all'],
    ['2026-05-01T20:30:00-05:00', 'US', 'allowed'],
    ['2026-05-01T21:00:00-05:00', 'US', 'outside_all'],
    ['2026-05-01T07:30:00-05:00', 'US', 'outside_all'],
  ])('%s in %s is %s', (calledAt, region, verdict) => {
    expect(judgeCallHour(calledAt, region)).toBe(verdict);
  });

  it('reads the wall clock in the offset the reporter gave, not UTC', () => {
    // 14:30 UTC is 22:30 in Beijing.
    expect(judgeCallHour('2026-05-01T22:30:00+08:00', 'CN')).toBe('outside_all');
    expect(judgeCallHour('2026-05-01T14:30:00+00:00', 'CN')).toBe('allowed');
  });
});
