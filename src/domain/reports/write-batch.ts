/**
 * The write path's working memory for one batch of changes (one live report, or thousands of
 * imported lines): the state the batch touches, loaded up front by a few set reads, and every
 * change applied to it in order with the shared bookkeeping. What it accumulates is written
 * afterwards in one atomic write. Pure: no I/O, and the clock comes with each change.
 */
import type { NumberType } from '../phone';
import { asSwarmMember, scoreStored, showsSwarm, voiceWeight, type NumberScore, type StoredOperation, type VoiceWeight } from '../scoring';
import { addReportChange, emptyDelta, mergeInto, mergeOperations, type NumberDelta, type OperationDelta } from './bookkeeping';
import { arrivalsSeen } from './arrivals';
import { operationOfClaims } from './operations';
import { laterReport, reportWeight, type ReportRecord, type ReportStatus } from './record';
import { UPDATE_WINDOW_MS, type ReportFields, type SubmissionOrigin } from './submission';

const DAY_MS = 86_400_000;

export interface NumberState {
  id: number;
  key: string;
  type: NumberType;
  blockKey: string | null;
  /** Stored evidence, kept current as the batch's changes apply. */
  evidence: Record<string, number>;
  /** Stored visible-report counts per claim key, as loaded (the batch's changes are in its delta). */
  claims: Record<string, number>;
  official: boolean;
  openDisputes: number;
}

export interface ReporterState {
  id: number;
  tokenHash: string;
  firstSeenAt: number;
  reportsCount: number;
  agreed: number;
  disagreed: number;
}

/** A report that counts towards burst and Sybil discounts (not retracted). */
export interface Arrival {
  reportId: string;
  numberId: number;
  reporterId: number;
  reportedAt: number;
  ipHash: string | null;
  reporterFirstSeenAt: number;
}

export interface LoadedState {
  numbers: readonly NumberState[];
  blocks: readonly { blockKey: string; evidence: Record<string, number> }[];
  /** Operations the batch's reports name or its numbers point to. */
  operations: readonly StoredOperation[];
  reporters: readonly ReporterState[];
  /**
   * Every report of each (reporter, number) pair the batch touches, and of each pair behind a
   * fresh token's arrival in the window (a later swarm may re-mark it: `asSwarmMember`).
   */
  pairReports: readonly ReportRecord[];
  /** Unretracted reports on the batch's numbers within a day before its earliest change, and after. */
  arrivals: readonly Arrival[];
}

export interface Receipt {
  id: string;
  status: 'created' | 'updated';
  record: ReportRecord;
}

/**
 * @example
 * const batch = new WriteBatch(await loadState(…), 180, newReportId);
 * batch.submit('+8613800138000', fields, origin);
 * await database.atomic(batchStatements(batch));
 */
export class WriteBatch {
  /** New reports in their final state, by id. */
  readonly inserted = new Map<string, ReportRecord>();
  /** Reports stored before the batch, in their final state, by id. */
  readonly updated = new Map<string, ReportRecord>();
  /** reports_count increments by reporter id. */
  readonly reporterIncrements = new Map<number, number>();
  readonly numberDeltas = new Map<number, NumberDelta>();
  readonly blockDeltas = new Map<string, Map<string, number>>();
  readonly operationDeltas = new Map<string, OperationDelta>();
  /** Latest change time per number: its score snapshot is computed for then. */
  readonly changedAt = new Map<number, number>();

  private readonly numbersByKey = new Map<string, NumberState>();
  private readonly numbersById = new Map<number, NumberState>();
  private readonly reporters = new Map<string, ReporterState>();
  private readonly pairs = new Map<string, ReportRecord[]>();
  private readonly arrivals = new Map<number, Arrival[]>();
  private readonly blocks = new Map<string, Record<string, number>>();
  private readonly operations = new Map<string, StoredOperation>();

  constructor(
    state: LoadedState,
    private readonly halfLifeDays: number,
    private readonly newId: (at: number) => string,
  ) {
    for (const n of state.numbers) {
      this.numbersByKey.set(n.key, n);
      this.numbersById.set(n.id, n);
    }
    for (const r of state.reporters) this.reporters.set(r.tokenHash, r);
    for (const b of state.blocks) this.blocks.set(b.blockKey, b.evidence);
    for (const o of state.operations) this.operations.set(o.key, o);
    const seen = new Set<string>();
    for (const report of state.pairReports) {
      if (seen.has(report.id)) continue;
      seen.add(report.id);
      this.pairList(report.reporterId, report.numberId).push(report);
    }
    for (const arrival of [...state.arrivals].sort((a, b) => a.reportedAt - b.reportedAt)) this.arrivalList(arrival.numberId).push(arrival);
  }

  /**
   * A report from a reporter on a number (both loaded): a new report, or an edit of theirs
   * from the last 24 hours.
   */
  submit(numberKey: string, fields: ReportFields, origin: SubmissionOrigin): Receipt {
    const number = this.numbersByKey.get(numberKey);
    const reporter = this.reporters.get(origin.reporterHash);
    if (!number || !reporter) throw new Error('write batch: number or reporter not loaded');
    const at = origin.reportedAt;
    const pair = this.pairList(reporter.id, number.id);
    const previous = latest(pair, (r) => r.status !== 'retracted', byReportedAt);
    const editing = previous && at - previous.reportedAt < UPDATE_WINDOW_MS && at >= previous.reportedAt ? previous : null;

    if (editing) {
      // An edit keeps the weight its first arrival earned: re-posting must not launder a discount.
      const after: ReportRecord = { ...editing, ...fields };
      this.apply(number, editing, after);
      return { id: after.id, status: 'updated', record: after };
    }
    const { weight, fresh, freshToday } = this.weigh(number.id, reporter, origin, at);
    const after: ReportRecord = {
      id: this.newId(at),
      numberId: number.id,
      reporterId: reporter.id,
      ipHash: origin.ipHash,
      reportedAt: at,
      status: 'visible',
      hiddenReason: null,
      weight: weight.weight,
      discounts: JSON.stringify(weight.discounts),
      source: origin.source,
      externalId: origin.externalId ?? null,
      ...fields,
    };
    reporter.reportsCount++;
    this.reporterIncrements.set(reporter.id, (this.reporterIncrements.get(reporter.id) ?? 0) + 1);
    insertSorted(this.arrivalList(number.id), {
      reportId: after.id,
      numberId: number.id,
      reporterId: reporter.id,
      reportedAt: at,
      ipHash: origin.ipHash,
      reporterFirstSeenAt: reporter.firstSeenAt,
    });
    this.apply(number, null, after);
    if (showsSwarm(weight, fresh)) for (const arrival of freshToday) this.joinSwarm(number, arrival);
    return { id: after.id, status: 'created', record: after };
  }

  /** An earlier fresh token's report, weighed before the swarm it belongs to could be seen, joins the swarm's pool. */
  private joinSwarm(number: NumberState, arrival: Arrival) {
    const record = this.pairList(arrival.reporterId, number.id).find((r) => r.id === arrival.reportId);
    if (!record) throw new Error('write batch: a fresh arrival without its pair loaded');
    const weight = asSwarmMember(reportWeight(record));
    if (JSON.stringify(weight.discounts) === record.discounts) return;
    this.apply(number, record, { ...record, weight: weight.weight, discounts: JSON.stringify(weight.discounts) });
  }

  /** Retract (by its author), hide or unhide (by an admin) a report whose pair is loaded. */
  changeStatus(report: ReportRecord, status: ReportStatus, details: { hiddenReason?: string | null; at: number }): ReportRecord {
    const number = this.numbersById.get(report.numberId);
    if (!number) throw new Error('write batch: number not loaded');
    const before = this.pairList(report.reporterId, report.numberId).find((r) => r.id === report.id) ?? report;
    const after: ReportRecord = { ...before, status, hiddenReason: details.hiddenReason ?? null, updatedAt: details.at };
    if (status === 'retracted') {
      const list = this.arrivalList(number.id);
      const index = list.findIndex((a) => a.reportId === report.id);
      if (index >= 0) list.splice(index, 1);
    }
    this.apply(number, before, after);
    return after;
  }

  /** Numbers the batch changed, with their state after it. */
  changedNumbers(): NumberState[] {
    return [...this.numberDeltas.keys()].map((id) => this.numbersById.get(id)!);
  }

  /** A changed number's score after the batch, for the snapshot that stats and export read. */
  snapshot(number: NumberState): NumberScore {
    return scoreStored(
      {
        evidence: number.evidence,
        blockEvidence: (number.blockKey && this.blocks.get(number.blockKey)) || {},
        operation: this.operationOf(number),
        official: number.official,
        openDispute: number.openDisputes > 0,
      },
      number.type,
      this.changedAt.get(number.id)!,
      this.halfLifeDays,
    );
  }

  /** The operation a number points to after the batch's changes so far, with them applied. */
  private operationOf(number: NumberState): StoredOperation | null {
    const claims = { ...number.claims };
    for (const [key, count] of this.numberDeltas.get(number.id)?.claims ?? []) claims[key] = (claims[key] ?? 0) + count;
    const key = operationOfClaims(claims);
    return key ? (this.operations.get(key) ?? null) : null;
  }

  private apply(number: NumberState, before: ReportRecord | null, after: ReportRecord) {
    const pair = this.pairList(after.reporterId, number.id);
    const currentVoice = latest(pair, (r) => r.status === 'visible', laterReport);
    const others = pair.filter((r) => r.id !== after.id);
    const otherLatestVisible = latest(others, (r) => r.status === 'visible', laterReport);
    let delta = this.numberDeltas.get(number.id);
    if (!delta) this.numberDeltas.set(number.id, (delta = emptyDelta()));
    const evidenceBefore = new Map(delta.evidence);
    const blockBefore = new Map(delta.block);
    addReportChange(delta, { numberType: number.type, before, after, currentVoice, otherLatestVisible, storedClaims: number.claims }, this.halfLifeDays);
    // Operation changes go to the batch's per-operation totals and its in-memory rows.
    mergeOperations(this.operationDeltas, delta.operations);
    for (const [key, change] of delta.operations) {
      const op = this.operations.get(key) ?? { key, name: change.name, evidence: {}, numbers: 0, firstReportAt: null };
      const evidence = { ...op.evidence };
      mergeInto(evidence, change.evidence);
      const first = change.firstReportAt === null ? op.firstReportAt : Math.min(op.firstReportAt ?? change.firstReportAt, change.firstReportAt);
      this.operations.set(key, { ...op, evidence, numbers: op.numbers + change.numbers, firstReportAt: first });
    }
    delta.operations.clear();

    // Keep the in-memory evidence current for later changes' snapshots.
    mergeInto(number.evidence, difference(delta.evidence, evidenceBefore));
    if (number.blockKey) {
      const blockChange = difference(delta.block, blockBefore);
      let sums = this.blocks.get(number.blockKey);
      if (!sums) this.blocks.set(number.blockKey, (sums = {}));
      mergeInto(sums, blockChange);
      let blockDelta = this.blockDeltas.get(number.blockKey);
      if (!blockDelta) this.blockDeltas.set(number.blockKey, (blockDelta = new Map()));
      for (const [k, v] of blockChange) blockDelta.set(k, (blockDelta.get(k) ?? 0) + v);
    }
    delta.block.clear();

    const index = pair.findIndex((r) => r.id === after.id);
    if (index >= 0) pair[index] = after;
    else pair.push(after);
    if (this.inserted.has(after.id) || !before) this.inserted.set(after.id, after);
    else this.updated.set(after.id, after);
    this.changedAt.set(number.id, Math.max(this.changedAt.get(number.id) ?? after.updatedAt, after.updatedAt));
  }

  /**
   * Write-time weight from the number's recent arrivals and the reporter's history; how many
   * fresh tokens it counted in the last 6 hours, and the fresh tokens' arrivals of the last day
   * (a swarm's members, should this arrival show one).
   */
  private weigh(numberId: number, reporter: ReporterState, origin: SubmissionOrigin, at: number): { weight: VoiceWeight; fresh: number; freshToday: Arrival[] } {
    const list = this.arrivalList(numberId);
    // Bounded above too, so an imported old report is weighed by what came before it, as a rescore replays it.
    const { recent, freshToday } = arrivalsSeen(list.slice(upperBound(list, at - DAY_MS - 1), upperBound(list, at)), at, origin.ipHash);
    const weight = voiceWeight({
      now: at,
      reporter: { firstSeenAt: reporter.firstSeenAt, reportsCount: reporter.reportsCount, agreed: reporter.agreed, disagreed: reporter.disagreed },
      recent,
    });
    return { weight, fresh: recent.freshReportersNearby, freshToday };
  }

  private pairList(reporterId: number, numberId: number): ReportRecord[] {
    const key = `${reporterId}:${numberId}`;
    let list = this.pairs.get(key);
    if (!list) this.pairs.set(key, (list = []));
    return list;
  }

  private arrivalList(numberId: number): Arrival[] {
    let list = this.arrivals.get(numberId);
    if (!list) this.arrivals.set(numberId, (list = []));
    return list;
  }
}

function latest<T>(rows: readonly T[], keep: (row: T) => boolean, pick: (a: T | null, b: T | null) => T | null): T | null {
  let best: T | null = null;
  for (const row of rows) if (keep(row)) best = pick(best, row);
  return best;
}

/** The later by reported_at (the first one found wins ties, as an ordered read with a limit would). */
function byReportedAt(a: ReportRecord | null, b: ReportRecord | null): ReportRecord | null {
  if (!a) return b;
  if (!b) return a;
  return b.reportedAt > a.reportedAt ? b : a;
}

function difference(after: ReadonlyMap<string, number>, before: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of after) {
    const change = v - (before.get(k) ?? 0);
    if (change !== 0) out.set(k, change);
  }
  return out;
}

/** First index whose reportedAt is greater than `at`. */
function upperBound(list: readonly Arrival[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.reportedAt <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(list: Arrival[], arrival: Arrival) {
  list.splice(upperBound(list, arrival.reportedAt), 0, arrival);
}
