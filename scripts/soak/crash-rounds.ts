/**
 * Crash rounds: a server ingesting live reports and bulk imports is killed with SIGKILL at a
 * random moment, restarted on the same file, and checked. Whatever the server acknowledged
 * (a 2xx with the report's id, or an import summary) must be in the database after the
 * restart, and the aggregates must equal a full rescore of the reports.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Random } from '../seeded-random';
import { aggregateMismatches } from './aggregate-check';
import { startServer, type ServerProcess } from './server-process';
import { clientAddress, reportJson } from './traffic';

export interface CrashOptions {
  rounds: number;
  dbPath: string;
  adminToken: string;
  halfLifeDays: number;
  random: Random;
  /** Live report writers running at once. */
  writers?: number;
  log: (line: string) => void;
}

export interface CrashSummary {
  rounds: number;
  survived: number;
  acknowledgedReports: number;
  acknowledgedImportLines: number;
  failures: string[];
}

export async function crashRounds(options: CrashOptions): Promise<CrashSummary> {
  const { random, dbPath, log } = options;
  const acknowledged = { reports: new Set<string>(), imports: new Set<string>() };
  const summary: CrashSummary = { rounds: options.rounds, survived: 0, acknowledgedReports: 0, acknowledgedImportLines: 0, failures: [] };
  const env = { DB_PATH: dbPath, TRUST_PROXY: '1', ADMIN_TOKEN: options.adminToken, SCORE_HALF_LIFE_DAYS: String(options.halfLifeDays) };
  let importLine = 0;

  // The server restarted after one kill is checked, then ingests (and is killed) in the next round.
  let server = await startServer(env);
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const writers = [
        ...Array.from({ length: options.writers ?? 4 }, () => liveWriter(server, random, acknowledged.reports)),
        importWriter(server, random, acknowledged.imports, () => ++importLine, options.adminToken),
      ];
      const delay = random.int(200, 2000);
      await new Promise((r) => setTimeout(r, delay));
      server.kill('SIGKILL');
      await server.exited;
      await Promise.all(writers);

      // Restart on the file the killed server left, and check it before anything else writes.
      server = await startServer(env);
      const failures = await verify(dbPath, acknowledged, options.halfLifeDays);
      summary.failures.push(...failures.map((f) => `round ${round}: ${f}`));
      if (failures.length === 0) summary.survived++;
      log(
        `crash round ${round}/${options.rounds}: killed after ${delay} ms; ${acknowledged.reports.size} reports and ` +
          `${acknowledged.imports.size} import lines acknowledged so far, ${failures.length ? `${failures.length} problems` : 'all present, aggregates = rescore'}`,
      );
    }
  } finally {
    server.kill('SIGTERM');
    await server.exited;
  }
  summary.acknowledgedReports = acknowledged.reports.size;
  summary.acknowledgedImportLines = acknowledged.imports.size;
  return summary;
}

async function verify(dbPath: string, acknowledged: { reports: Set<string>; imports: Set<string> }, halfLifeDays: number): Promise<string[]> {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  let failures: string[];
  try {
    const reports = new Set((db.prepare('select id from reports').all() as { id: string }[]).map((r) => r.id));
    const receipts = new Set((db.prepare('select external_id as id from import_receipts').all() as { id: string }[]).map((r) => r.id));
    const integrity = db.pragma('integrity_check', { simple: true });
    failures = [
      ...(integrity === 'ok' ? [] : [`integrity_check: ${integrity}`]),
      ...[...acknowledged.reports].filter((id) => !reports.has(id)).map((id) => `acknowledged report ${id} is missing`),
      ...[...acknowledged.imports].filter((id) => !receipts.has(id)).map((id) => `acknowledged import line ${id} is missing`),
    ];
  } finally {
    db.close();
  }
  const mismatches = await aggregateMismatches(dbPath, halfLifeDays);
  return [...failures, ...mismatches.slice(0, 20), ...(mismatches.length > 20 ? [`… and ${mismatches.length - 20} more aggregate mismatches`] : [])];
}

/** Posts reports one after another until the server goes away; remembers every acknowledged id. */
async function liveWriter(server: ServerProcess, random: Random, acknowledged: Set<string>): Promise<void> {
  for (;;) {
    // Spread over the whole 139 range, so no two reports share a number or a 100-block by design.
    const number = `+86139${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    const token = `crash-reporter-${random.int(0, 1e12)}`;
    try {
      const res = await fetch(`${server.base}/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress(random), 'x-reporter-token': token },
        body: reportJson(random, number, Date.now()),
      });
      const body = (await res.json()) as { id?: string };
      if (res.ok && body.id) acknowledged.add(body.id);
    } catch {
      return; // killed
    }
  }
}

/** Sends NDJSON imports of 5 lines until the server goes away; a line is acknowledged once its summary arrives. */
async function importWriter(server: ServerProcess, random: Random, acknowledged: Set<string>, nextLine: () => number, adminToken: string): Promise<void> {
  for (;;) {
    const lines = Array.from({ length: 5 }, () => {
      const n = nextLine();
      // History a year back, one line a minute, on numbers no live writer uses (the 137 range).
      const reportedAt = Date.now() - 360 * 86_400_000 + n * 60_000;
      const body = JSON.parse(reportJson(random, `+86137${String(random.int(0, 99_999_999)).padStart(8, '0')}`, reportedAt));
      return { ...body, external_id: `crash-import-${n}`, reporter: `source-${random.int(0, 200)}`, reported_at: new Date(reportedAt).toISOString(), ip_prefix: clientAddress(random) };
    });
    try {
      const res = await fetch(`${server.base}/v1/admin/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/x-ndjson', 'x-forwarded-for': '127.0.0.1' },
        body: lines.map((l) => JSON.stringify(l)).join('\n'),
      });
      const summary = (await res.json()) as { errors?: { line: number }[] };
      if (!res.ok) continue;
      const rejected = new Set((summary.errors ?? []).map((e) => e.line));
      lines.forEach((line, i) => !rejected.has(i + 1) && acknowledged.add(line.external_id));
    } catch {
      return; // killed
    }
  }
}
