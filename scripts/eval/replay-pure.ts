/**
 * The population replayed through the scoring module's in-memory ledger (the bookkeeping
 * `npm run rescore` uses), with the write path's 24-hour edit window and a monthly trust
 * update (reporters' agreement with current verdicts, then a re-weighing rescore).
 */
import { offsetMinutesOf } from '../../src/domain/conduct/call-hours';
import { deriveTags } from '../../src/domain/conduct/derived-tags';
import { numberTimeZones } from '../../src/domain/phone/time-zones';
import { normalizePhone, numberBlockKey, type NumberType } from '../../src/domain/phone';
import {
  EvidenceLedger, reportVote, scoreStored, voiceAgreement, type LedgerReport, type NumberScore, type ReportFacts, type ReporterTrust,
} from '../../src/domain/scoring';
import type { SyntheticReport } from './population';

const DAY = 86_400_000;
const OFFICIAL = new Set(['CN:95188', 'CN:95588']);

export interface Replay {
  add(report: SyntheticReport): void | Promise<void>;
  score(key: string, now: number): NumberScore | Promise<NumberScore>;
  /** Recount reporters' agreement with current verdicts and re-weigh every report (a `rescore --trust`). */
  updateTrust?(now: number): void | Promise<void>;
}

export function pureReplay(halfLifeDays: number): Replay {
  const types = new Map<string, NumberType>();
  const firstSeen = new Map<string, number>();
  const rows: LedgerReport[] = [];
  let trust = new Map<string, ReporterTrust>();
  const trustOf = (id: string | number) => trust.get(String(id)) ?? { agreed: 0, disagreed: 0 };
  let ledger = new EvidenceLedger(halfLifeDays, trustOf);

  const score = (key: string, now: number) =>
    scoreStored(
      { evidence: ledger.numberEvidence(key), blockEvidence: ledger.blockEvidence(numberBlockKey(key)), official: OFFICIAL.has(key) },
      types.get(key) ?? 'unknown',
      now,
      halfLifeDays,
    );

  return {
    add(input) {
      const key = keyOf(input.numberKey);
      if (!types.has(key)) types.set(key, normalized(input.numberKey).type);
      const at = input.reportedAt;
      if (!firstSeen.has(input.reporter)) firstSeen.set(input.reporter, at);
      const facts = factsOf(input, types.get(key)!);
      const previous = ledger.voice(key, input.reporter);
      if (previous && at - previous.reportedAt < DAY && at >= previous.reportedAt) {
        ledger.edit(previous.id, facts);
        return;
      }
      const row: LedgerReport = {
        id: `r${String(rows.length).padStart(7, '0')}`, numberId: key, blockKey: numberBlockKey(key), reporterId: input.reporter,
        reporterFirstSeenAt: firstSeen.get(input.reporter)!, ipHash: input.ipPrefix, reportedAt: at, status: 'visible', retractedAt: null, facts,
      };
      rows.push(row);
      ledger.add(row);
    },
    score: (key, now) => score(keyOf(key), now),
    updateTrust(now) {
      trust = agreementCounts(ledger, (id) => score(String(id), now));
      ledger = new EvidenceLedger(halfLifeDays, trustOf);
      for (const row of rows) ledger.add(row);
    },
  };
}

/** reporter → agreed/disagreed over their current voices, against each number's current verdict. */
export function agreementCounts(ledger: EvidenceLedger, scoreOf: (numberId: string | number) => NumberScore): Map<string, ReporterTrust> {
  const counts = new Map<string, ReporterTrust>();
  for (const numberId of ledger.numberIds()) {
    const { verdict } = scoreOf(numberId);
    for (const voice of ledger.voices(numberId)) {
      const agreement = voiceAgreement(reportVote(voice.facts), verdict);
      if (!agreement) continue;
      const tally = counts.get(String(voice.reporterId)) ?? { agreed: 0, disagreed: 0 };
      tally[agreement]++;
      counts.set(String(voice.reporterId), tally);
    }
  }
  return counts;
}

function normalized(input: string) {
  const number = normalizePhone(input);
  if (!number.ok) throw new Error(`bad synthetic number ${input}`);
  return number.number;
}

function keyOf(input: string): string {
  return normalized(input).key;
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
  };
}
