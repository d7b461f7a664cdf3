/**
 * The one source of truth for tables. Migrations in `migrations/` are generated from this
 * file with `npm run db:generate`; both the Node start-up and `wrangler d1 migrations apply`
 * read them.
 *
 * Times are stored as integer milliseconds since the Unix epoch (UTC).
 */
import { sql } from 'drizzle-orm';
import { DEBT_ANSWERS, DISPUTE_RELATIONS, DISPUTE_STATUSES, HOTLINE_CHECKS, PAYMENT_KINDS } from '../domain/reports/answers';
import { CONTACTED_PARTIES, OVERDUE_STAGES } from '../domain/reports/answers';
import { REPORT_SOURCES, REPORT_STATUSES } from '../domain/reports/record';
import { NUMBER_TYPES } from '../domain/phone/types';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Verdict } from '../domain/scoring';

/** Key/value settings the service keeps for itself (generated HASH_SECRET, seed version …). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Lenders, banks, platforms, regulators and public services people see in collection calls. */
export const agencies = sqliteTable('agencies', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['lender', 'bank', 'platform', 'regulator', 'public_service', 'collection_agency'] }).notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  website: text('website'),
  descriptionZh: text('description_zh'),
  descriptionEn: text('description_en'),
  source: text('source'),
});

/** Names people type for an agency ("支付宝催收", "蚂蚁", "alipay"), keyed by normalized form. */
export const agencyAliases = sqliteTable(
  'agency_aliases',
  {
    normalized: text('normalized').primaryKey(),
    alias: text('alias').notNull(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    /**
     * Shown in the agency's public alias list. False for names that only help matching: the
     * agency's own id and names, and misspellings people type ("aliapy").
     */
    listed: integer('listed', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('agency_aliases_agency_idx').on(t.agencyId)],
);

/** Registered official numbers: seeded with a source, or added by an admin. */
export const officialNumbers = sqliteTable(
  'official_numbers',
  {
    numberKey: text('number_key').primaryKey(),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    purposeZh: text('purpose_zh'),
    purposeEn: text('purpose_en'),
    /** Where the agency publishes the number, in English (or as an admin wrote it). */
    source: text('source').notNull(),
    /** The same in Chinese; null when only one text was given (then `source` is shown in both languages). */
    sourceZh: text('source_zh'),
    addedBy: text('added_by', { enum: ['seed', 'admin'] }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('official_numbers_agency_idx').on(t.agencyId)],
);

/** Where to complain about an agency, or in general when `agency_id` is null (12378, 12321, 110 …). */
export const complaintChannels = sqliteTable(
  'complaint_channels',
  {
    id: text('id').primaryKey(),
    agencyId: text('agency_id').references(() => agencies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['phone', 'web', 'app'] }).notNull(),
    value: text('value').notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    source: text('source').notNull(),
    sourceZh: text('source_zh'),
  },
  (t) => [index('complaint_channels_agency_idx').on(t.agencyId)],
);

/** Every number that has been reported, disputed or registered. */
export const numbers = sqliteTable(
  'numbers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    e164: text('e164'),
    region: text('region').notNull(),
    type: text('type', { enum: NUMBER_TYPES }).notNull(),
    /** The 100-block (key without its last two digits) used for range pooling; null for short numbers. */
    blockKey: text('block_key'),
    /** Set when an upheld dispute says the number changed hands; evidence before it is discounted. */
    recycledAt: integer('recycled_at'),
    createdAt: integer('created_at').notNull(),
    /**
     * Hex SHA-256 of `key` (domain/phone/key-hash.ts), the bucket of a private lookup by hash
     * prefix. Set when the row is created; rows from before it are filled in by
     * services/number-key-hashes.ts (SQLite has no SHA-256 of its own).
     */
    keyHash: text('key_hash'),
  },
  (t) => [uniqueIndex('numbers_key_idx').on(t.key), index('numbers_block_idx').on(t.blockKey), index('numbers_key_hash_idx').on(t.keyHash)],
);

/**
 * Everything a lookup shows about a number, kept in one row at write time (docs/data-model.md):
 * a lookup reads this row and its block's row, whatever the number's history.
 *
 * The JSON columns are maps merged by commutative increments in SQL (`mergeCounts` in
 * db/json-merge.ts), so concurrent writers cannot lose each other's counts on either runtime:
 * - `evidence`: feature → stored (undecayed) evidence sum, the number's block share under `block:`;
 * - `daily`: UTC day (YYYY-MM-DD) → visible reports, the last {@link DAILY_WINDOW_DAYS} days;
 * - `tags`: conduct tag → visible reports; `claims`: claim key → visible reports, with the
 *   first name seen for each claim in `claim_names`.
 */
export const numberStats = sqliteTable(
  'number_stats',
  {
    numberId: integer('number_id')
      .primaryKey()
      .references(() => numbers.id, { onDelete: 'cascade' }),
    reportsTotal: integer('reports_total').notNull().default(0),
    reporters: integer('reporters').notNull().default(0),
    firstReportAt: integer('first_report_at'),
    lastReportAt: integer('last_report_at'),
    evidence: text('evidence').notNull().default('{}'),
    daily: text('daily').notNull().default('{}'),
    tags: text('tags').notNull().default('{}'),
    claims: text('claims').notNull().default('{}'),
    claimNames: text('claim_names').notNull().default('{}'),
    /**
     * Collection companies callers named, per lender they claimed to collect for:
     * `<lender agency id>|<normalized company name>` → visible reports, with the first name seen
     * for each key in `caller_company_names` (checked against the lenders' published lists at lookup).
     */
    callerCompanies: text('caller_companies').notNull().default('{}'),
    callerCompanyNames: text('caller_company_names').notNull().default('{}'),
    /** Conduct rule → visible reports that say it was broken (migration 0009). */
    violations: text('violations').notNull().default('{}'),
    /** Disputes waiting for an admin (the lookup says so). */
    openDisputes: integer('open_disputes').notNull().default(0),
    /** Bumped by every write to the row: what a computed lookup was computed from. */
    version: integer('version').notNull().default(0),
    /** Snapshot of the last computed score, for stats, trending and export (lookups recompute). */
    verdict: text('verdict').$type<Verdict>(),
    scamProbability: real('scam_probability'),
    abuseLevel: text('abuse_level'),
    /**
     * Independent, weighted, decayed voices at the snapshot (the score's `voices`): what trending
     * ranks by, so a burst from one network counts as one reporter there too.
     */
    activity: real('activity'),
    /** When the snapshot was computed: evidence decays, so snapshots are refreshed as they age. */
    scoredAt: integer('scored_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('number_stats_last_report_idx').on(t.lastReportAt),
    index('number_stats_scored_idx').on(t.scoredAt),
    // Blocklist profiles select by verdict or abuse level, ordered by activity (docs/phones.md).
    index('number_stats_verdict_activity_idx').on(t.verdict, t.activity),
    index('number_stats_abuse_activity_idx').on(t.abuseLevel, t.activity),
  ],
);

// The blocklist tables (change log, subscriptions) live in their own module; re-exported so
// drizzle-kit and every import of this file still see one schema.
export * from './blocklist-schema';

/** Days of daily counts a number's row keeps: the 26 weeks a lookup shows, and a little more. */
export const DAILY_WINDOW_DAYS = 190;

/** Evidence pooled over a 100-block for the range prior (same map form as `number_stats.evidence`). */
export const blockStats = sqliteTable('block_stats', {
  blockKey: text('block_key').primaryKey(),
  evidence: text('evidence').notNull().default('{}'),
  version: integer('version').notNull().default(0),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Evidence pooled over an operation: every number whose reports name the same unresolved
 * claimed agency (normalized text, `text:<name>`), the shape of a fake-collector operation
 * rotating short-lived numbers (docs/scoring.md). Same map form as `block_stats.evidence`,
 * from independent voices only; `numbers` counts numbers with visible reports naming it;
 * `first_report_at` is the first report that ever counted towards it.
 */
export const operationStats = sqliteTable('operation_stats', {
  operationKey: text('operation_key').primaryKey(),
  name: text('name').notNull(),
  evidence: text('evidence').notNull().default('{}'),
  numbers: integer('numbers').notNull().default(0),
  firstReportAt: integer('first_report_at'),
  version: integer('version').notNull().default(0),
  updatedAt: integer('updated_at').notNull(),
});

/** Counts of visible reports per number and conduct tag (for stats across numbers). */
export const numberTags = sqliteTable(
  'number_tags',
  {
    numberId: integer('number_id')
      .notNull()
      .references(() => numbers.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.numberId, t.tag] })],
);

/**
 * Counts of visible reports per number and claimed agency (for stats and agency pages).
 * `claimKey` is the agency id, or `text:<normalized form>` for names that resolve to no known agency.
 */
export const numberClaims = sqliteTable(
  'number_claims',
  {
    numberId: integer('number_id')
      .notNull()
      .references(() => numbers.id, { onDelete: 'cascade' }),
    claimKey: text('claim_key').notNull(),
    agencyId: text('agency_id'),
    name: text('name').notNull(),
    count: integer('count').notNull().default(0),
    /** Conduct rule → visible reports with this claim that say it was broken, for the agency pages (migration 0009). */
    violations: text('violations').notNull().default('{}'),
  },
  (t) => [primaryKey({ columns: [t.numberId, t.claimKey] }), index('number_claims_agency_idx').on(t.agencyId)],
);

/** A reporter is known only by a keyed hash of their token. */
export const reporters = sqliteTable(
  'reporters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    firstSeenAt: integer('first_seen_at').notNull(),
    reportsCount: integer('reports_count').notNull().default(0),
    /** Reports whose claim agreed / disagreed with the number's later verdict (reporter trust). */
    agreed: integer('agreed').notNull().default(0),
    disagreed: integer('disagreed').notNull().default(0),
  },
  (t) => [uniqueIndex('reporters_token_idx').on(t.tokenHash)],
);


export const reports = sqliteTable(
  'reports',
  {
    id: text('id').primaryKey(),
    numberId: integer('number_id')
      .notNull()
      .references(() => numbers.id, { onDelete: 'cascade' }),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => reporters.id),
    /** Keyed hash of the client's IPv4 /24 or IPv6 /48. */
    ipHash: text('ip_hash'),
    calledAt: integer('called_at').notNull(),
    reportedAt: integer('reported_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    claimedAgencyId: text('claimed_agency_id'),
    claimedAgencyText: text('claimed_agency_text'),
    claimedAgencyNormalized: text('claimed_agency_normalized'),
    /** JSON array of the conduct tags the report counts with: the reported ones plus derived ones (out_of_hours). */
    tags: text('tags').notNull().default('[]'),
    /**
     * JSON array of the tags the reporter chose. Null on reports stored before the two were
     * kept apart, until `npm run rescore` re-derives their tags (src/db/tag-rederivation.ts).
     */
    reportedTags: text('reported_tags'),
    /** The UTC offset (minutes) the reporter wrote in called_at; null when unknown ("-00:00", or stored before it was kept). */
    calledAtOffset: integer('called_at_offset'),
    debtWithClaimedAgency: text('debt_with_claimed_agency', { enum: DEBT_ANSWERS }).notNull().default('unknown'),
    hotlineCheck: text('hotline_check', { enum: HOTLINE_CHECKS }).notNull().default('not_tried'),
    employeeIdGiven: integer('employee_id_given', { mode: 'boolean' }).notNull().default(false),
    companyNameGiven: integer('company_name_given', { mode: 'boolean' }).notNull().default(false),
    authorizationLetterGiven: integer('authorization_letter_given', { mode: 'boolean' }).notNull().default(false),
    paymentRequested: text('payment_requested', { enum: PAYMENT_KINDS }).notNull().default('none'),
    /** The collection company the caller said they work for ("XX信息咨询有限公司"), as typed. */
    callerCompany: text('caller_company'),
    /** Comment after masking; the unmasked text is never stored. */
    comment: text('comment'),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('visible'),
    hiddenReason: text('hidden_reason'),
    /** Weight given to this report's voice at write time (trust × burst/Sybil discount). */
    weight: real('weight').notNull().default(1),
    /** JSON array of discount codes applied at write time, for reasons. */
    discounts: text('discounts').notNull().default('[]'),
    source: text('source', { enum: REPORT_SOURCES }).notNull().default('live'),
    externalId: text('external_id'),
    // The call's circumstances (migration 0009): optional answers the conduct rules and stage checks read.
    callsToday: integer('calls_today'),
    callsLast7Days: integer('calls_last_7_days'),
    overdueStage: text('overdue_stage', { enum: OVERDUE_STAGES }),
    contacted: text('contacted', { enum: CONTACTED_PARTIES }),
    /** JSON array of threat kinds (domain/reports/answers.ts). */
    threatened: text('threatened').notNull().default('[]'),
    /** JSON array of the conduct rules the report says were broken (domain/conduct/violations.ts); null until derived. */
    violations: text('violations'),
  },
  (t) => [
    index('reports_number_idx').on(t.numberId, t.status, t.reportedAt),
    index('reports_reporter_number_idx').on(t.reporterId, t.numberId, t.reportedAt),
    // Partial: only imported reports carry an external id.
    uniqueIndex('reports_external_idx').on(t.externalId).where(sql`external_id is not null`),
  ],
);


export const disputes = sqliteTable(
  'disputes',
  {
    id: text('id').primaryKey(),
    numberId: integer('number_id')
      .notNull()
      .references(() => numbers.id, { onDelete: 'cascade' }),
    relation: text('relation', { enum: DISPUTE_RELATIONS }).notNull(),
    statement: text('statement').notNull(),
    contactHash: text('contact_hash'),
    contactMasked: text('contact_masked'),
    status: text('status', { enum: DISPUTE_STATUSES }).notNull().default('open'),
    resolutionNote: text('resolution_note'),
    createdAt: integer('created_at').notNull(),
    resolvedAt: integer('resolved_at'),
  },
  (t) => [index('disputes_number_idx').on(t.numberId, t.status), index('disputes_status_idx').on(t.status, t.createdAt)],
);

/**
 * Collection agencies a lender says it has engaged, from a list the lender published (each row
 * carries that source). Added by an admin; a lookup checks callers' company names against them.
 */
export const agencyAuthorizations = sqliteTable(
  'agency_authorizations',
  {
    id: text('id').primaryKey(),
    lenderAgencyId: text('lender_agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    agencyName: text('agency_name').notNull(),
    /** `normalizeAgencyName` of the name, what callers' company names are matched by. */
    agencyNameNormalized: text('agency_name_normalized').notNull(),
    /** Unified social credit code or other registration number, when the list gives one. */
    registrationNumber: text('registration_number'),
    sourceUrl: text('source_url').notNull(),
    sourceTitle: text('source_title').notNull(),
    /** When the lender published the list (YYYY-MM-DD). */
    publishedOn: text('published_on').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('agency_authorizations_lender_name_idx').on(t.lenderAgencyId, t.agencyNameNormalized)],
);

/** Every admin action, written in the same atomic write as the change it records. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target').notNull(),
    before: text('before'),
    after: text('after'),
    at: integer('at').notNull(),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

/**
 * External ids of bulk-imported lines (docs/operations.md). A line that updates an earlier report of the
 * same reporter leaves no `reports.external_id` of its own; this table is what makes
 * re-importing any file a no-op.
 */
export const importReceipts = sqliteTable('import_receipts', {
  externalId: text('external_id').primaryKey(),
  importedAt: integer('imported_at').notNull(),
});

/** Token buckets for the D1-backed rate limiter (Node keeps them in memory). */
export const rateLimitBuckets = sqliteTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  tokens: real('tokens').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
