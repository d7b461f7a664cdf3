import type { reports } from './schema';

/** A `reports` row as drizzle reads it; the write path's view of it is `ReportRecord` (domain/reports/record.ts). */
export type ReportRow = typeof reports.$inferSelect;
