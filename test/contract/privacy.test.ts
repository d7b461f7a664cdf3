import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';
import { postReport, reportBody } from './report-helpers';

const ADMIN_TOKEN = 'privacy-admin-token-0123456789abcdef0123';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { ADMIN_TOKEN } });
});
afterEach(async () => {
  await h.close();
});

/** Personal data that may pass through the service but must never be stored or logged as sent. */
const secrets = {
  reporterToken: 'privacy-probe-token-7f3a9c21',
  reporterIp: '203.0.113.201',
  reporterNetwork: '203.0.113.0',
  idNumber: '110101199003071234',
  bankCard: '6222021234567890128',
  otherPhone: '13987654321',
  email: 'victim.wang@example.net',
  disputeIp: '198.51.100.233',
  disputePhone: '13712345678',
  disputeEmail: 'owner.zhao@example.org',
  adminGuessIp: '192.0.2.147',
  adminGuess: 'guessing-the-admin-token-0000000000',
  importIp: '192.0.2.66',
  importNetwork: '192.0.2.0',
  importReporter: 'source-side-reporter-8842',
  adminToken: ADMIN_TOKEN,
};

/** Every way the service is handed personal data: reports, an issued token, a dispute, an admin failure, an import. */
async function feedPersonalData(): Promise<string[]> {
  const comment = `他要我的身份证 ${secrets.idNumber} 和卡号 ${secrets.bankCard}，让我打 ${secrets.otherPhone} 或写信到 ${secrets.email}`;
  const first = await postReport(h, reportBody({ comment }), secrets.reporterToken, secrets.reporterIp);
  expect(first.status).toBe(201);
  const issued = await postReport(h, reportBody({ number: '010-88881234', comment: `同一伙人 ${secrets.otherPhone}` }), null, secrets.reporterIp);
  expect(issued.status).toBe(201);
  // Lookups and report lists go through the read limit, keyed by address and token.
  const headers = { ...fromIp(secrets.reporterIp), 'x-reporter-token': secrets.reporterToken };
  expect((await h.request('/v1/numbers/13800138000', { headers })).status).toBe(200);
  expect((await h.request('/v1/numbers/13800138000/reports', { headers })).status).toBe(200);

  for (const contact of [secrets.disputePhone, secrets.disputeEmail]) {
    const dispute = await h.json('/v1/disputes', {
      method: 'POST',
      headers: fromIp(secrets.disputeIp),
      body: { number: '02168888888', relation: 'owner', statement: `这是我的号码，请联系 ${secrets.disputePhone}`, contact },
    });
    expect(dispute.status).toBe(202);
  }

  const guess = await h.json('/v1/admin/audit', { headers: { ...fromIp(secrets.adminGuessIp), authorization: `Bearer ${secrets.adminGuess}` } });
  expect(guess.status).toBe(401);

  const lines = [secrets.importIp, `${secrets.importNetwork}/24`].map((ip, i) =>
    JSON.stringify({
      ...reportBody({ number: `1391111000${i}`, comment: `卡号 ${secrets.bankCard} 邮箱 ${secrets.email}` }),
      external_id: `privacy-${i}`,
      reporter: secrets.importReporter,
      reported_at: new Date(h.clock.now() - 60_000).toISOString(),
      ip_prefix: ip,
    }),
  );
  const imported = await h.request('/v1/admin/import', {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/x-ndjson', ...fromIp('127.0.0.1') },
    body: lines.join('\n'),
  });
  expect(await imported.json()).toMatchObject({ inserted: 2, rejected: 0 });
  return [issued.body.reporter_token];
}

describe('privacy', () => {
  it('stores and logs no raw token, address, prefix, dispute contact or unmasked number, anywhere', async () => {
    const issuedTokens = await feedPersonalData();
    const database = await h.dumpDatabase();
    const places: Record<string, string> = {
      database,
      logs: h.logs.join('\n'),
      'rate-limit keys': h.rateLimitKeys().join('\n'),
    };
    expect(database.length).toBeGreaterThan(1000);
    expect(h.rateLimitKeys().length).toBeGreaterThanOrEqual(5);
    for (const [where, text] of Object.entries(places)) {
      for (const [name, secret] of Object.entries({ ...secrets, issuedToken: issuedTokens[0]! })) {
        expect(text.includes(secret), `${name} found in ${where}`).toBe(false);
      }
    }
    // What was sent is there, masked.
    expect(database).toContain('他要我的身份证 110***********1234');
    expect(database).toContain('139****4321');
    expect(database).toContain('v***@example.net');
    expect(database).toContain('o***@example.org');
    expect(database).toContain('请联系 137****5678');
  });
});
