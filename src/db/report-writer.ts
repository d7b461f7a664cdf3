/**
 * The one write path for reports: the API, the no-JS form and the bulk import all come
 * through here, so history replays exactly as live reports do.
 */
import { and, count, desc, eq, gte, lt, lte, ne, sql } from 'drizzle-orm';
import { normalizeAgencyName } from '../domain/agencies/agency-name';
import type { ConductTag } from '../domain/conduct/tags';
import { maskComment } from '../domain/masking/comment';
import { numberBlockKey, type NormalizedNumber } from '../domain/phone';
import { voiceWeight, type DebtAnswer, type HotlineCheck, type PaymentRequested, type VoiceWeight } from '../domain/scoring';
import { randomToken } from '../security/hasher';
import { scoreAggregates } from '../services/number-score';
import { agencyRepository } from './agency-repository';
import type { Database, WriteStatement } from './database';
import { readScoreInputs } from './number-reads';
import { aggregateStatements, type NumberRow } from './report-aggregates';
import { scoreSnapshotColumns } from './score-snapshot-columns';
import type { ReportRow } from './report-rows';
import { reportTagColumns } from './report-tag-columns';
import { numbers, numberStats, numberVoices, reporters, reports } from './schema';

/** A validated report, before alias resolution, tag derivation and masking. */
export interface ReportSubmission {
  number: NormalizedNumber;
  /** RFC 3339 as given (its offset is the reporter's wall clock) and as epoch ms. */
  calledAt: { text: string; ms: number };
  claimedAgency: string | null;
  tags: readonly ConductTag[];
  debtWithClaimedAgency: DebtAnswer;
  hotlineCheck: HotlineCheck;
  identification: { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };
  paymentRequested: PaymentRequested;
  comment: string | null;
}

/** Who sent it, when, and from where; all identities already hashed. */
export interface SubmissionOrigin {
  reporterHash: string;
  ipHash: string | null;
  reportedAt: number;
  source: 'live' | 'import';
  externalId?: string | null;
}

export interface WriteContext {
  database: Database;
  halfLifeDays: number;
}

/** A reporter's same number again within this window edits their report instead of adding one. */
export const UPDATE_WINDOW_MS = 24 * 3_600_000;

/**
 * Stores a report and updates every aggregate in one atomic write.
 *
 * @example
 * const { id, status } = await submitReport(ctx, submission, { reporterHash, ipHash, reportedAt: now, source: 'live' });
 */
export async function submitReport(
  ctx: WriteContext,
  submission: ReportSubmission,
  origin: SubmissionOrigin,
  extraStatements: WriteStatement[] = [],
): Promise<{ id: string; status: 'created' | 'updated' }> {
  const { db } = ctx.database;
  const at = origin.reportedAt;
  const [number, reporter, claimedAgencyId] = await Promise.all([
    ensureNumber(ctx.database, submission.number, at),
    ensureReporter(ctx.database, origin.reporterHash, at),
    submission.claimedAgency ? agencyRepository(db).resolveAlias(submission.claimedAgency) : Promise.resolve(null),
  ]);
  const [previous] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.reporterId, reporter.id), eq(reports.numberId, number.id), ne(reports.status, 'retracted')))
    .orderBy(desc(reports.reportedAt))
    .limit(1);
  const editing = previous && at - previous.reportedAt < UPDATE_WINDOW_MS && at >= previous.reportedAt ? previous : null;

  const claimedText = claimedAgencyId ? null : submission.claimedAgency?.trim() || null;
  const fields = {
    calledAt: submission.calledAt.ms,
    claimedAgencyId,
    claimedAgencyText: claimedText,
    claimedAgencyNormalized: claimedText ? normalizeAgencyName(claimedText) || null : null,
    ...reportTagColumns(submission),
    debtWithClaimedAgency: submission.debtWithClaimedAgency,
    hotlineCheck: submission.hotlineCheck,
    employeeIdGiven: submission.identification.employeeIdGiven,
    companyNameGiven: submission.identification.companyNameGiven,
    authorizationLetterGiven: submission.identification.authorizationLetterGiven,
    paymentRequested: submission.paymentRequested,
    comment: submission.comment ? maskComment(submission.comment, { reportedDigits: reportedDigits(submission.number) }) : null,
    updatedAt: at,
  };

  let after: ReportRow;
  let write: WriteStatement;
  if (editing) {
    // An edit keeps the weight its first arrival earned: re-posting must not launder a discount.
    after = { ...editing, ...fields };
    write = db.update(reports).set(fields).where(eq(reports.id, editing.id));
  } else {
    const weight = await weighVoice(ctx.database, number.id, reporter, origin, at);
    after = {
      id: newReportId(),
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
    write = db.insert(reports).values(after);
  }
  await applyChange(ctx, number, editing ?? null, after, [
    write,
    ...(editing ? [] : [db.update(reporters).set({ reportsCount: reporter.reportsCount + 1 }).where(eq(reporters.id, reporter.id))]),
    ...extraStatements,
  ]);
  return { id: after.id, status: editing ? 'updated' : 'created' };
}

/**
 * Changes a report's status (retract by its author, hide/unhide by an admin) and its effect
 * on the aggregates, with any extra statements (an audit entry) in the same atomic write.
 */
export async function changeReportStatus(
  ctx: WriteContext,
  report: ReportRow,
  status: ReportRow['status'],
  details: { hiddenReason?: string | null; at: number },
  extraStatements: WriteStatement[] = [],
): Promise<void> {
  const { db } = ctx.database;
  const [number] = await db.select().from(numbers).where(eq(numbers.id, report.numberId));
  if (!number) throw new Error(`report ${report.id} has no number`);
  const after: ReportRow = { ...report, status, hiddenReason: details.hiddenReason ?? null, updatedAt: details.at };
  await applyChange(ctx, number, report, after, [
    db.update(reports).set({ status, hiddenReason: after.hiddenReason, updatedAt: details.at }).where(eq(reports.id, report.id)),
    ...extraStatements,
  ]);
}

export async function findReport(database: Database, id: string): Promise<ReportRow | null> {
  const [row] = await database.db.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
}

export async function findReporterId(database: Database, reporterHash: string): Promise<number | null> {
  const [row] = await database.db.select({ id: reporters.id }).from(reporters).where(eq(reporters.tokenHash, reporterHash));
  return row?.id ?? null;
}

async function applyChange(ctx: WriteContext, number: NumberRow, before: ReportRow | null, after: ReportRow, leading: WriteStatement[]) {
  const { db } = ctx.database;
  const [voice, others, aggregates] = await Promise.all([
    db
      .select({ report: reports })
      .from(numberVoices)
      .innerJoin(reports, eq(reports.id, numberVoices.reportId))
      .where(and(eq(numberVoices.numberId, number.id), eq(numberVoices.reporterId, after.reporterId))),
    db
      .select()
      .from(reports)
      .where(
        and(
          eq(reports.reporterId, after.reporterId),
          eq(reports.numberId, number.id),
          eq(reports.status, 'visible'),
          ne(reports.id, after.id),
        ),
      )
      .orderBy(desc(reports.reportedAt), desc(reports.id))
      .limit(1),
    readScoreInputs(db, number),
  ]);
  const { statements, evidenceDelta } = aggregateStatements(
    db,
    { number, before, after, currentVoice: voice[0]?.report ?? null, otherLatestVisible: others[0] ?? null },
    ctx.halfLifeDays,
    after.updatedAt,
  );
  // A snapshot of the score for stats, trending and export; lookups always recompute.
  const evidence = { ...aggregates.evidence };
  for (const [feature, delta] of evidenceDelta) evidence[feature] = (evidence[feature] ?? 0) + delta;
  const score = scoreAggregates({ ...aggregates, evidence }, number.type as never, after.updatedAt, ctx.halfLifeDays);
  const snapshot = db
    .update(numberStats)
    .set(scoreSnapshotColumns(score, after.updatedAt))
    .where(eq(numberStats.numberId, number.id));
  await ctx.database.atomic([...leading, ...statements, snapshot]);
}

/** Write-time weight: reporter trust and burst/Sybil discounts, from a few indexed counts. */
async function weighVoice(
  database: Database,
  numberId: number,
  reporter: typeof reporters.$inferSelect,
  origin: SubmissionOrigin,
  at: number,
): Promise<VoiceWeight> {
  const { db } = database;
  const hourAgo = at - 3_600_000;
  const dayAgo = at - 86_400_000;
  // Bounded above too, so an imported old report is weighed by what came before it, as a rescore replays it.
  const recentOnNumber = and(
    eq(reports.numberId, numberId),
    gte(reports.reportedAt, dayAgo),
    lte(reports.reportedAt, at),
    ne(reports.status, 'retracted'),
  );
  // One indexed range read gives all four counts.
  const [recent] = await db
    .select({
      lastDay: count(),
      lastHour: sql<number>`coalesce(sum(${reports.reportedAt} >= ${hourAgo}), 0)`,
      fresh: sql<number>`coalesce(sum(${reporters.firstSeenAt} >= ${dayAgo}), 0)`,
      sameIp: origin.ipHash ? sql<number>`coalesce(sum(${reports.ipHash} = ${origin.ipHash}), 0)` : sql<number>`0`,
    })
    .from(reports)
    .innerJoin(reporters, eq(reporters.id, reports.reporterId))
    .where(recentOnNumber);
  return voiceWeight({
    now: at,
    reporter: {
      firstSeenAt: reporter.firstSeenAt,
      reportsCount: reporter.reportsCount,
      agreed: reporter.agreed,
      disagreed: reporter.disagreed,
    },
    recent: {
      lastHour: Number(recent?.lastHour ?? 0),
      lastDay: Number(recent?.lastDay ?? 0),
      freshReportersLastDay: Number(recent?.fresh ?? 0),
      sameIpPrefixLastDay: Number(recent?.sameIp ?? 0),
    },
  });
}

async function ensureNumber(database: Database, number: NormalizedNumber, at: number): Promise<NumberRow> {
  const { db } = database;
  const [existing] = await db.select().from(numbers).where(eq(numbers.key, number.key));
  if (existing) return existing;
  await db
    .insert(numbers)
    .values({ key: number.key, e164: number.e164, region: number.region, type: number.type, blockKey: numberBlockKey(number.key), createdAt: at })
    .onConflictDoNothing();
  const [created] = await db.select().from(numbers).where(eq(numbers.key, number.key));
  return created!;
}

async function ensureReporter(database: Database, tokenHash: string, at: number) {
  const { db } = database;
  const [existing] = await db.select().from(reporters).where(eq(reporters.tokenHash, tokenHash));
  if (existing) return existing;
  await db.insert(reporters).values({ tokenHash, firstSeenAt: at }).onConflictDoNothing();
  const [created] = await db.select().from(reporters).where(eq(reporters.tokenHash, tokenHash));
  return created!;
}

function reportedDigits(number: NormalizedNumber): string[] {
  const national = number.national.replace(/\D/g, '');
  const e164 = number.e164?.replace(/\D/g, '') ?? '';
  return [national, e164, e164.replace(/^86/, ''), `0${national}`].filter(Boolean);
}

function newReportId(): string {
  return `r_${randomToken(12)}`;
}

/**
 * A number that changed hands: the reports about its previous holder stop counting. They are
 * hidden (with the reason `number_recycled`, reversible by unhide) one by one through the
 * same path as moderation, so every aggregate follows.
 *
 * @returns how many reports were retired.
 */
export async function retireReportsBefore(ctx: WriteContext, numberId: number, before: number, at: number): Promise<number> {
  const stale = await ctx.database.db
    .select()
    .from(reports)
    .where(and(eq(reports.numberId, numberId), eq(reports.status, 'visible'), lt(reports.reportedAt, before)));
  for (const report of stale) {
    await changeReportStatus(ctx, report, 'hidden', { hiddenReason: 'number_recycled', at });
  }
  return stale.length;
}
