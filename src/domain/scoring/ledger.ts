/**
 * The evidence bookkeeping of the write path, as a pure in-memory replay: write-time weights
 * from the same counts the write path reads, one voice per reporter and number (their latest
 * visible report), and scaled sums per number and per 100-block. `npm run rescore` feeds it
 * every report in reported_at order; the eval feeds it a synthetic population.
 */
import { blockContribution, voiceContribution } from './evidence';
import type { NumberType } from '../phone';
import { decayFeatures, evidenceScale } from './decay';
import { scoreNumber } from './score';
import type { NumberScore, ReportFacts, VoiceWeight } from './types';
import { voiceWeight } from './weight';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Prefix under which a number keeps its own share of its block's evidence. */
export const BLOCK_SHARE = 'block:';

export interface LedgerReport {
  id: string;
  numberId: string | number;
  blockKey: string | null;
  reporterId: string | number;
  reporterFirstSeenAt: number;
  ipHash: string | null;
  reportedAt: number;
  status: 'visible' | 'hidden' | 'retracted';
  /** When a retracted report was retracted (its updated_at): before then it still counted towards bursts. */
  retractedAt: number | null;
  facts: ReportFacts;
}

export interface ReporterTrust { agreed: number; disagreed: number }

interface NumberBook {
  blockKey: string | null;
  /** Every report on the number, in arrival order (for burst counts). */
  arrivals: LedgerReport[];
  /** reporter → report that speaks for them. */
  voices: Map<string | number, LedgerReport>;
  evidence: Map<string, number>;
}

/**
 * @example
 * const ledger = new EvidenceLedger(180, () => ({ agreed: 0, disagreed: 0 }));
 * for (const row of rowsInReportedAtOrder) ledger.add(row);
 * ledger.numberEvidence(42) // { voices: 12.3, 'scam:hotline_denied': 4.1, 'block:scam_votes': …, … }
 */
export class EvidenceLedger {
  readonly weights = new Map<string, VoiceWeight>();
  private readonly numbers = new Map<string | number, NumberBook>();
  private readonly blocks = new Map<string, Map<string, number>>();
  private readonly reportsCount = new Map<string | number, number>();
  private readonly bookOfReport = new Map<string, NumberBook>();

  constructor(
    private readonly halfLifeDays: number,
    private readonly trust: (reporterId: string | number) => ReporterTrust,
  ) {}

  /** Adds a new report (not an edit), in reported_at order; returns its write-time weight. */
  add(report: LedgerReport, weight?: VoiceWeight): VoiceWeight {
    const book = this.book(report);
    const at = report.reportedAt;
    // Arrivals come in reported_at order, so the last day is a suffix: scan back, not through all of history.
    const counted: LedgerReport[] = [];
    for (let i = book.arrivals.length - 1; i >= 0 && book.arrivals[i]!.reportedAt >= at - DAY; i--) {
      const r = book.arrivals[i]!;
      if (r.retractedAt === null || r.retractedAt > at) counted.push(r);
    }
    const assigned =
      weight ??
      voiceWeight({
        now: at,
        reporter: { firstSeenAt: report.reporterFirstSeenAt, reportsCount: this.reportsCount.get(report.reporterId) ?? 0, ...this.trust(report.reporterId) },
        recent: {
          lastHour: counted.filter((r) => r.reportedAt >= at - HOUR).length,
          lastDay: counted.length,
          freshReportersLastDay: counted.filter((r) => r.reporterFirstSeenAt >= at - DAY).length,
          sameIpPrefixLastDay: report.ipHash === null ? 0 : counted.filter((r) => r.ipHash === report.ipHash).length,
        },
      });
    this.reportsCount.set(report.reporterId, (this.reportsCount.get(report.reporterId) ?? 0) + 1);
    this.weights.set(report.id, assigned);
    this.bookOfReport.set(report.id, book);
    book.arrivals.push(report);
    if (report.status === 'visible') {
      const current = book.voices.get(report.reporterId);
      if (!current || later(report, current)) {
        if (current) this.accumulate(book, current, -1);
        book.voices.set(report.reporterId, report);
        this.accumulate(book, report, +1);
      }
    }
    return assigned;
  }

  /** Replaces the facts of the report that speaks for its reporter (an edit within the update window). */
  edit(reportId: string, facts: ReportFacts): void {
    const book = this.bookOfReport.get(reportId);
    const report = book?.arrivals.find((r) => r.id === reportId);
    if (!book || !report) return;
    const speaking = book.voices.get(report.reporterId) === report;
    if (speaking) this.accumulate(book, report, -1);
    report.facts = facts;
    if (speaking) this.accumulate(book, report, +1);
  }

  /** The report speaking for a reporter on a number, if any. */
  voice(numberId: string | number, reporterId: string | number): LedgerReport | undefined {
    return this.numbers.get(numberId)?.voices.get(reporterId);
  }

  voices(numberId: string | number): LedgerReport[] {
    return [...(this.numbers.get(numberId)?.voices.values() ?? [])];
  }

  numberIds(): (string | number)[] {
    return [...this.numbers.keys()];
  }

  /** Stored sums of a number (its block share under `block:`), as number_evidence holds them. */
  numberEvidence(numberId: string | number): Record<string, number> {
    return Object.fromEntries(this.numbers.get(numberId)?.evidence ?? []);
  }

  blockEvidence(blockKey: string | null): Record<string, number> {
    return Object.fromEntries((blockKey && this.blocks.get(blockKey)) || []);
  }

  blockKeys(): string[] {
    return [...this.blocks.keys()];
  }

  private book(report: LedgerReport): NumberBook {
    let book = this.numbers.get(report.numberId);
    if (!book) this.numbers.set(report.numberId, (book = { blockKey: report.blockKey, arrivals: [], voices: new Map(), evidence: new Map() }));
    return book;
  }

  private accumulate(book: NumberBook, report: LedgerReport, sign: 1 | -1) {
    const weight = this.weights.get(report.id)!;
    const scale = sign * evidenceScale(report.reportedAt, this.halfLifeDays);
    addScaled(book.evidence, voiceContribution(report.facts, weight), scale);
    const block = blockContribution(report.facts, weight);
    addScaled(book.evidence, block, scale, BLOCK_SHARE);
    if (book.blockKey) {
      let sums = this.blocks.get(book.blockKey);
      if (!sums) this.blocks.set(book.blockKey, (sums = new Map()));
      addScaled(sums, block, scale);
    }
  }
}

/**
 * Scores a number from stored (undecayed) sums as the lookup does: split off the number's own
 * block share, take it out of the block's sums, decay both to `now`.
 *
 * @example
 * scoreStored({ evidence: ledger.numberEvidence(id), blockEvidence: ledger.blockEvidence(block) }, 'mobile', now, 180)
 */
export function scoreStored(
  stored: { evidence: Readonly<Record<string, number>>; blockEvidence: Readonly<Record<string, number>>; official?: boolean; openDispute?: boolean },
  numberType: NumberType,
  now: number,
  halfLifeDays: number,
): NumberScore {
  const own: Record<string, number> = {};
  const share: Record<string, number> = {};
  for (const [feature, value] of Object.entries(stored.evidence)) {
    if (feature.startsWith(BLOCK_SHARE)) share[feature.slice(BLOCK_SHARE.length)] = value;
    else own[feature] = value;
  }
  const neighbours: Record<string, number> = {};
  for (const [feature, value] of Object.entries(stored.blockEvidence)) neighbours[feature] = Math.max(0, value - (share[feature] ?? 0));
  return scoreNumber({
    now,
    numberType,
    evidence: withoutDust(decayFeatures(own, now, halfLifeDays)),
    blockEvidence: withoutDust(decayFeatures(neighbours, now, halfLifeDays)),
    official: stored.official ?? false,
    openDispute: stored.openDispute ?? false,
  });
}

/** Sums of additions and subtractions leave float dust where evidence was retracted: that is zero. */
function withoutDust(vector: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [feature, value] of Object.entries(vector)) out[feature] = Math.abs(value) < 1e-9 ? 0 : value;
  return out;
}

/** Which report speaks for a reporter: the later one, ties by id (as the write path). */
function later(a: LedgerReport, b: LedgerReport): boolean {
  return a.reportedAt !== b.reportedAt ? a.reportedAt > b.reportedAt : a.id > b.id;
}

function addScaled(target: Map<string, number>, vector: Readonly<Record<string, number>>, scale: number, prefix = '') {
  for (const [feature, value] of Object.entries(vector)) {
    if (value === 0) continue;
    target.set(prefix + feature, (target.get(prefix + feature) ?? 0) + value * scale);
  }
}
