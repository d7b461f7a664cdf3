/**
 * What a new report sees of the reports that reached its number in the day before it: the
 * counts behind its burst and Sybil discounts, and the fresh tokens a swarm it shows would
 * re-mark. One function for the write batch and the rescore replay, so both weigh alike.
 */
import type { VoiceContext } from '../scoring';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Fresh tokens arriving within this of each other on one number look like a swarm (honest victims trickle in over days). */
const FRESH_WINDOW_MS = 6 * HOUR_MS;

export interface SeenArrival {
  reportedAt: number;
  ipHash: string | null;
  reporterFirstSeenAt: number;
}

/**
 * `arrivals`: the number's unretracted reports that count towards bursts, any order; only
 * those within the day up to `at` are read.
 *
 * @example
 * const { recent, freshToday } = arrivalsSeen(list, report.reportedAt, report.ipHash);
 */
export function arrivalsSeen<T extends SeenArrival>(
  arrivals: Iterable<T>,
  at: number,
  ipHash: string | null,
): { recent: VoiceContext['recent']; freshToday: T[] } {
  const recent = { lastHour: 0, lastDay: 0, freshReportersNearby: 0, sameIpPrefixLastDay: 0 };
  const freshToday: T[] = [];
  for (const arrival of arrivals) {
    if (arrival.reportedAt > at || arrival.reportedAt < at - DAY_MS) continue;
    recent.lastDay++;
    if (arrival.reportedAt >= at - HOUR_MS) recent.lastHour++;
    // A token first seen within the day is fresh: within 6 hours it counts towards the fresh-token discount, within the day towards a swarm.
    if (arrival.reporterFirstSeenAt >= at - DAY_MS) {
      freshToday.push(arrival);
      if (arrival.reportedAt >= at - FRESH_WINDOW_MS) recent.freshReportersNearby++;
    }
    if (ipHash !== null && arrival.ipHash === ipHash) recent.sameIpPrefixLastDay++;
  }
  return { recent, freshToday };
}
