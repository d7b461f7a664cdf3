/**
 * The one write path for reports: live reports (API and no-JS form), edits, retractions,
 * moderation, retirement of a recycled number's history and bulk import all come through
 * here, so history replays exactly as live reports do (docs/data-model.md).
 *
 * Every write is a batch: load what it touches with a few set reads, apply each change in
 * order with the shared bookkeeping (domain/reports), then write it all in one atomic write.
 * A live report is a batch of one.
 */
import type { Database, WriteStatement } from '../db/database';
import type { ReferenceData } from '../db/reference-data';
import { reportRepository } from '../db/report-repository';
import { batchStatements } from '../db/write-statements';
import { ensureStatements, loadWriteState, type BatchKeys, type NewNumber } from '../db/write-state';
import { numberBlockKey, numberKeyHash } from '../domain/phone';
import { operationKeyOf } from '../domain/reports/bookkeeping';
import type { ReportRecord, ReportStatus } from '../domain/reports/record';
import { reportFields, type ReportSubmission, type SubmissionOrigin } from '../domain/reports/submission';
import { WriteBatch, type Receipt } from '../domain/reports/write-batch';
import { newReportId } from './report-ids';

export interface WriteContext {
  database: Database;
  halfLifeDays: number;
  reference: ReferenceData;
  /** The server's clock: when the batch is written (imports carry older report times). */
  now: number;
}

export interface IncomingReport {
  submission: ReportSubmission;
  origin: SubmissionOrigin;
}

/**
 * Stores reports in order, with every aggregate, in one atomic write.
 *
 * @example
 * const [receipt] = await submitReports(ctx, [{ submission, origin }]);
 * receipt.status // 'created'
 */
export async function submitReports(
  ctx: WriteContext,
  items: readonly IncomingReport[],
  options: {
    receipts?: readonly string[];
    extra?: readonly WriteStatement[];
    /** Score snapshots now (default), or leave them for one pass at the end of a bulk import. */
    snapshots?: boolean;
  } = {},
): Promise<Receipt[]> {
  if (items.length === 0) {
    if (options.extra?.length || options.receipts?.length) await ctx.database.atomic([...(options.extra ?? [])]);
    return [];
  }
  const keys = await batchKeys(items);
  await ctx.database.atomic(ensureStatements(keys));
  const reference = await ctx.reference.current(ctx.now);
  const fields = items.map(({ submission, origin }) => reportFields(submission, reference.resolveAgency, origin.reportedAt));
  const operations = [...new Set(fields.flatMap((f) => operationKeyOf(f) ?? []))];
  const state = await loadWriteState(ctx.database, { ...keys, operations }, (key) => reference.official(key) !== null, (numbers, reporters) => {
    const numberId = new Map(numbers.map((n) => [n.key, n.id]));
    const reporterId = new Map(reporters.map((r) => [r.tokenHash, r.id]));
    const pairs = new Map<string, [number, number]>();
    for (const { submission, origin } of items) {
      const pair: [number, number] = [reporterId.get(origin.reporterHash)!, numberId.get(submission.number.key)!];
      pairs.set(pair.join(':'), pair);
    }
    return [...pairs.values()];
  });
  const batch = new WriteBatch(state, ctx.halfLifeDays, newReportId);
  const receipts = items.map(({ submission, origin }, i) => batch.submit(submission.number.key, fields[i]!, origin));
  await ctx.database.atomic([...batchStatements(batch, ctx.now, options), ...(options.extra ?? [])]);
  return receipts;
}

/**
 * @example
 * const { id, status } = await submitReport(ctx, submission, { reporterHash, ipHash, reportedAt: now, source: 'live' });
 */
export async function submitReport(
  ctx: WriteContext,
  submission: ReportSubmission,
  origin: SubmissionOrigin,
  extra: readonly WriteStatement[] = [],
): Promise<{ id: string; status: 'created' | 'updated' }> {
  const [receipt] = await submitReports(ctx, [{ submission, origin }], { extra });
  return { id: receipt!.id, status: receipt!.status };
}

/**
 * Changes reports' status (retract by the author, hide/unhide by an admin, retire a recycled
 * number's history) and their effect on the aggregates, with any extra statements (an audit
 * entry) in the same atomic write.
 */
export async function changeReportsStatus(
  ctx: WriteContext,
  numberKey: string,
  reports: readonly ReportRecord[],
  status: ReportStatus,
  details: { hiddenReason?: string | null; at: number },
  extra: readonly WriteStatement[] = [],
): Promise<void> {
  if (reports.length === 0) {
    if (extra.length) await ctx.database.atomic([...extra]);
    return;
  }
  const reference = await ctx.reference.current(ctx.now);
  const operations = [...new Set(reports.flatMap((r) => operationKeyOf(r) ?? []))];
  const keys: BatchKeys = { numbers: [{ key: numberKey } as NewNumber], reporters: new Map(), from: details.at, to: details.at, operations };
  const pairs = [...new Map(reports.map((r) => [`${r.reporterId}:${r.numberId}`, [r.reporterId, r.numberId] as [number, number]])).values()];
  const state = await loadWriteState(ctx.database, keys, (key) => reference.official(key) !== null, () => pairs);
  const batch = new WriteBatch(state, ctx.halfLifeDays, newReportId);
  for (const report of reports) batch.changeStatus(report, status, details);
  await ctx.database.atomic([...batchStatements(batch, ctx.now), ...extra]);
}

export async function changeReportStatus(
  ctx: WriteContext,
  found: { report: ReportRecord; numberKey: string },
  status: ReportStatus,
  details: { hiddenReason?: string | null; at: number },
  extra: readonly WriteStatement[] = [],
): Promise<void> {
  await changeReportsStatus(ctx, found.numberKey, [found.report], status, details, extra);
}

/**
 * A number that changed hands: the reports about its previous holder stop counting. They are
 * hidden with the reason `number_recycled` (reversible by unhide), all in one write.
 *
 * @returns how many reports were retired.
 */
export async function retireReportsBefore(ctx: WriteContext, numberId: number, before: number, at: number): Promise<number> {
  const repository = reportRepository(ctx.database.db);
  const [stale, key] = await Promise.all([repository.visibleBefore(numberId, before), repository.numberKey(numberId)]);
  if (!key) return 0;
  await changeReportsStatus(ctx, key, stale, 'hidden', { hiddenReason: 'number_recycled', at });
  return stale.length;
}

async function batchKeys(items: readonly IncomingReport[]): Promise<BatchKeys> {
  const numbers = new Map<string, Omit<NewNumber, 'keyHash'>>();
  const reporters = new Map<string, number>();
  let from = Infinity;
  let to = -Infinity;
  for (const { submission, origin } of items) {
    const n = submission.number;
    if (!numbers.has(n.key)) numbers.set(n.key, { key: n.key, e164: n.e164, region: n.region, type: n.type, blockKey: numberBlockKey(n.key) });
    if (!reporters.has(origin.reporterHash)) reporters.set(origin.reporterHash, origin.reportedAt);
    from = Math.min(from, origin.reportedAt);
    to = Math.max(to, origin.reportedAt);
  }
  const withHashes = await Promise.all([...numbers.values()].map(async (n) => ({ ...n, keyHash: await numberKeyHash(n.key) })));
  return { numbers: withHashes, reporters, from, to };
}
