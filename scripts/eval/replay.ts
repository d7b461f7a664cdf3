/**
 * What the evaluation replays a population through: `databaseReplay` (replay-db.ts) posts every
 * report through the live write path on SQLite and looks numbers up as the API does.
 */
import { offsetMinutesOf } from '../../src/domain/conduct/call-hours';
import { deriveTags } from '../../src/domain/conduct/derived-tags';
import { numberTimeZones } from '../../src/domain/phone/time-zones';
import type { NumberType } from '../../src/domain/phone';
import type { NumberScore, ReportFacts } from '../../src/domain/scoring';
import type { SyntheticReport } from './population';

export interface Replay {
  add(report: SyntheticReport): void | Promise<void>;
  score(key: string, now: number): NumberScore | Promise<NumberScore>;
  /** Recount reporters' agreement with current verdicts and re-weigh every report (a `rescore --trust`). */
  updateTrust?(now: number): void | Promise<void>;
  /**
   * The lookup as it would read without these reporters' reports on the number: they are
   * hidden through the write path, the number is scored, and they are shown again (hide and
   * unhide are exact inverses, tested by the rescore property). What a campaign itself did.
   */
  scoreWithout?(key: string, now: number, reporters: readonly string[]): Promise<NumberScore>;
}

/** The facts the write path derives from a submission (tags in canonical order, out_of_hours from the call time). */
export function factsOf(report: SyntheticReport, numberType: NumberType): ReportFacts {
  // The synthetic population is all CN numbers.
  const call = { instant: Date.parse(report.calledAt), timeZones: numberTimeZones({ region: 'CN', e164: null }), offsetMinutes: offsetMinutesOf(report.calledAt) };
  return {
    tags: deriveTags({ reported: report.tags, call, region: 'CN' }),
    debtWithClaimedAgency: report.debtWithClaimedAgency,
    hotlineCheck: report.hotlineCheck,
    identification: report.identification,
    paymentRequested: report.paymentRequested,
    claimedAgencyId: null,
    numberType,
    overdueStage: report.circumstances?.overdueStage ?? null,
    threatened: report.circumstances?.threatened ?? [],
  };
}
