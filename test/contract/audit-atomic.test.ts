import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import type { WriteStatement } from '../../src/db/database';
import { meta } from '../../src/db/schema';
import { databaseDigest } from './database-digest';
import { postReport, reportBody } from './report-helpers';

const TOKEN = 'audit-atomic-admin-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const writesAudit = (statement: WriteStatement) => /insert into "audit_log"/i.test((statement as unknown as { toSQL(): { sql: string } }).toSQL().sql);

/**
 * Makes every atomic write that records an audit entry fail at its very end, with a
 * duplicate key: SQLite rolls the transaction back, D1 the batch. Returns the undo.
 */
function sabotageAuditedWrites(harness: Harness): () => void {
  const database = harness.database as { atomic: Harness['database']['atomic'] };
  const atomic = database.atomic;
  database.atomic = (statements) => {
    if (!statements.some(writesAudit)) return atomic(statements);
    const probe = { key: 'audit-atomic-probe', value: 'x' };
    return atomic([...statements, harness.database.db.insert(meta).values(probe), harness.database.db.insert(meta).values(probe)]);
  };
  return () => void (database.atomic = atomic);
}

type Change = { name: string; send: () => Promise<{ status: number }> };

async function changes(): Promise<Change[]> {
  const report = await postReport(h, reportBody({ tags: ['threats'] }), 'audited-reporter-token-01', '198.51.100.9');
  const dispute = await h.json('/v1/disputes', {
    method: 'POST',
    body: { number: '02168888888', relation: 'agency', statement: 'This is our published collections line.' },
  });
  const admin = (method: string, path: string, body?: unknown) => () => h.json(path, { method, headers: auth, body });
  return [
    { name: 'official number add', send: admin('POST', '/v1/admin/official-numbers', { number: '400-820-8888', agency_id: 'fenqile', source: 'https://www.fenqile.com/contact' }) },
    { name: 'official number remove', send: admin('DELETE', '/v1/admin/official-numbers?number=95188') },
    { name: 'report hide', send: admin('POST', `/v1/admin/reports/${report.body.id}/hide`, { reason: 'spam' }) },
    {
      name: 'dispute uphold with registration',
      send: admin('POST', `/v1/admin/disputes/${dispute.body.id}/resolve`, {
        action: 'uphold',
        note: 'Published on the agency site.',
        register_official: { agency_id: 'fenqile', source: 'https://www.fenqile.com/contact' },
      }),
    },
    {
      name: 'import',
      send: async () =>
        h.request('/v1/admin/import', {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/x-ndjson' },
          body: JSON.stringify({ ...reportBody(), external_id: 'audit-1', reporter: 'src-1', reported_at: new Date(h.clock.now() - 60_000).toISOString() }),
        }),
    },
  ];
}

describe('audit log', () => {
  it('is written in the same atomic write as every admin change: when the audit write fails, nothing changed', async () => {
    h = await createHarness({ env: { ADMIN_TOKEN: TOKEN } });
    for (const change of await changes()) {
      const before = await databaseDigest(h);
      const undo = sabotageAuditedWrites(h);
      const failed = await change.send();
      undo();
      expect(failed.status, change.name).toBe(500);
      expect(await databaseDigest(h), `${change.name} changed data without its audit entry`).toBe(before);

      const audited = (await h.tables()).audit_log!.length;
      const done = await change.send();
      expect(done.status, change.name).toBeLessThan(300);
      expect((await h.tables()).audit_log!.length, change.name).toBeGreaterThan(audited);
    }
  });
});
