/**
 * Every aggregate rebuilt from the reports alone, replayed in reported_at order with the
 * same bookkeeping and the same write-time weights as the live path (the rescore job and the
 * evaluation). Each report enters as it stands now: edits already applied, hidden and
 * retracted ones counting only towards bursts, until their retraction.
 */
import type { NumberType } from '../phone';
import { asSwarmMember, scoreStored, showsSwarm, voiceAgreement, reportVote, voiceWeight, type NumberScore, type ReporterTrust, type VoiceWeight } from '../scoring';
import { addReportChange, emptyDelta, mergeOperations, type NumberDelta, type OperationDelta } from './bookkeeping';
import { arrivalsSeen } from './arrivals';
import { operationOfClaims } from './operations';
import { reportFacts, type ReportRecord } from './record';

const DAY_MS = 86_400_000;

export interface ReplayNumber {
  id: number;
  key: string;
  type: NumberType;
  blockKey: string | null;
}

interface Book {
  number: ReplayNumber;
  delta: NumberDelta;
  /** Recent arrivals (a day's suffix) for burst and Sybil counts. */
  recent: { reportedAt: number; ipHash: string | null; reporterFirstSeenAt: number; retractedAt: number | null; report: ReportRecord }[];
  /** reporter id → the visible report speaking for them. */
  voices: Map<number, ReportRecord>;
}

/**
 * @example
 * const replay = new AggregateReplay(180, (id) => trust.get(id) ?? { agreed: 0, disagreed: 0 });
 * for (const row of reportsInReportedAtOrder) replay.add(row, numbers.get(row.numberId)!, firstSeen.get(row.reporterId)!);
 */
export class AggregateReplay {
  readonly books = new Map<number, Book>();
  readonly blocks = new Map<string, Map<string, number>>();
  readonly operations = new Map<string, OperationDelta>();
  /** The weight each report earns at its arrival. */
  readonly weights = new Map<string, VoiceWeight>();
  private readonly reportsCount = new Map<number, number>();

  constructor(
    private readonly halfLifeDays: number,
    private readonly trust: (reporterId: number) => ReporterTrust,
  ) {}

  add(stored: ReportRecord, number: ReplayNumber, reporterFirstSeenAt: number): void {
    let book = this.books.get(number.id);
    if (!book) this.books.set(number.id, (book = { number, delta: emptyDelta(), recent: [], voices: new Map() }));
    const at = stored.reportedAt;
    while (book.recent.length && book.recent[0]!.reportedAt < at - DAY_MS) book.recent.shift();
    // Retracted reports count towards bursts until their retraction.
    const counted = book.recent.filter((r) => r.retractedAt === null || r.retractedAt > at);
    const { recent, freshToday } = arrivalsSeen(counted, at, stored.ipHash);
    const weight = voiceWeight({
      now: at,
      reporter: { firstSeenAt: reporterFirstSeenAt, reportsCount: this.reportsCount.get(stored.reporterId) ?? 0, ...this.trust(stored.reporterId) },
      recent,
    });
    this.reportsCount.set(stored.reporterId, (this.reportsCount.get(stored.reporterId) ?? 0) + 1);
    this.weights.set(stored.id, weight);
    const report: ReportRecord = { ...stored, weight: weight.weight, discounts: JSON.stringify(weight.discounts) };
    const arrival = { reportedAt: at, ipHash: stored.ipHash, reporterFirstSeenAt, retractedAt: stored.status === 'retracted' ? stored.updatedAt : null, report };
    book.recent.push(arrival);

    const currentVoice = book.voices.get(report.reporterId) ?? null;
    const blockBefore = new Map(book.delta.block);
    const voice = addReportChange(book.delta, { numberType: number.type, before: null, after: report, currentVoice, otherLatestVisible: currentVoice }, this.halfLifeDays);
    if (voice) book.voices.set(report.reporterId, voice);
    this.settle(book, blockBefore);
    if (showsSwarm(weight, recent.freshReportersNearby)) for (const earlier of freshToday) this.joinSwarm(book, earlier.report);
  }

  /**
   * An earlier fresh token's report joins the swarm a later one showed (as WriteBatch.joinSwarm
   * does live): re-marked, and moved into the pool if it speaks for its reporter.
   */
  private joinSwarm(book: Book, earlier: ReportRecord) {
    const weight = asSwarmMember(this.weights.get(earlier.id)!);
    const discounts = JSON.stringify(weight.discounts);
    if (discounts === earlier.discounts) return;
    const after: ReportRecord = { ...earlier, weight: weight.weight, discounts };
    this.weights.set(earlier.id, weight);
    for (const entry of book.recent) if (entry.report.id === earlier.id) entry.report = after;
    const voice = book.voices.get(earlier.reporterId) ?? null;
    if (voice?.id !== earlier.id) return;
    const blockBefore = new Map(book.delta.block);
    const next = addReportChange(book.delta, { numberType: book.number.type, before: earlier, after, currentVoice: voice, otherLatestVisible: null }, this.halfLifeDays);
    if (next) book.voices.set(earlier.reporterId, next);
    this.settle(book, blockBefore);
  }

  /** Moves a change's operation and block evidence from the number's book to the replay's totals. */
  private settle(book: Book, blockBefore: ReadonlyMap<string, number>) {
    mergeOperations(this.operations, book.delta.operations);
    book.delta.operations.clear();
    if (!book.number.blockKey) return;
    let sums = this.blocks.get(book.number.blockKey);
    if (!sums) this.blocks.set(book.number.blockKey, (sums = new Map()));
    for (const [k, v] of book.delta.block) {
      const change = v - (blockBefore.get(k) ?? 0);
      if (change !== 0) sums.set(k, (sums.get(k) ?? 0) + change);
    }
  }

  /** A number's score from the rebuilt sums. */
  score(numberId: number, now: number, flags: { official: boolean; openDispute: boolean }): NumberScore {
    const book = this.books.get(numberId)!;
    const block = (book.number.blockKey && this.blocks.get(book.number.blockKey)) || new Map<string, number>();
    const operationKey = operationOfClaims(Object.fromEntries(book.delta.claims));
    const op = operationKey ? this.operations.get(operationKey) : undefined;
    const operation = op && operationKey
      ? { key: operationKey, name: op.name, evidence: Object.fromEntries(op.evidence), numbers: op.numbers, firstReportAt: op.firstReportAt }
      : null;
    return scoreStored(
      { evidence: Object.fromEntries(book.delta.evidence), blockEvidence: Object.fromEntries(block), operation, ...flags },
      book.number.type,
      now,
      this.halfLifeDays,
    );
  }

  /** Reporters' agreement with the verdicts this replay gives. */
  agreement(now: number, flags: (numberId: number) => { official: boolean; openDispute: boolean }): Map<number, ReporterTrust> {
    const trust = new Map<number, ReporterTrust>();
    for (const [numberId, book] of this.books) {
      const { verdict } = this.score(numberId, now, flags(numberId));
      for (const voice of book.voices.values()) {
        const agreement = voiceAgreement(reportVote(reportFacts(voice, book.number.type)), verdict);
        if (!agreement) continue;
        const tally = trust.get(voice.reporterId) ?? { agreed: 0, disagreed: 0 };
        tally[agreement]++;
        trust.set(voice.reporterId, tally);
      }
    }
    return trust;
  }
}
