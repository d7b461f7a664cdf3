import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '#harness';
import { postReport, reportBody } from './report-helpers';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('privacy', () => {
  it('stores no raw reporter token, client IP, IP prefix or unmasked ID number anywhere', async () => {
    const token = 'privacy-probe-token-7f3a9c21';
    const ip = '203.0.113.201';
    const idNumber = '110101199003071234';
    const bankCard = '6222021234567890128';
    await postReport(h, reportBody({ comment: `他要我的身份证 ${idNumber} 和卡号 ${bankCard}` }), token, ip);
    const issued = await postReport(h, reportBody({ number: '010-88881234' }), null, ip);
    const dump = await h.dumpDatabase();
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of [token, issued.body.reporter_token, ip, '203.0.113.0', idNumber, bankCard]) {
      expect(dump.includes(secret), secret).toBe(false);
    }
    // The report itself is there, with the masked comment.
    expect(dump).toContain('他要我的身份证');
  });
});
