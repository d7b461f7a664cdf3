/**
 * The scoring module's behaviour end to end, over HTTP, on both runtimes: reports go in
 * through POST /v1/reports, verdicts come out of GET /v1/numbers/{n}.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';

const DAY = 86_400_000;
let h: Harness;
let ipCounter = 0;
let tokenCounter = 0;

beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

type Report = Record<string, unknown>;

const scam: Report = {
  hotline_check: 'denied',
  payment_requested: 'personal_account',
  debt_with_claimed_agency: 'no',
  tags: ['asks_sensitive_info', 'refuses_identification'],
  identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
};
const legit: Report = {
  hotline_check: 'confirmed',
  payment_requested: 'official_channel',
  debt_with_claimed_agency: 'yes',
  tags: ['professional'],
  identification: { employee_id_given: true, company_name_given: true, authorization_letter_given: true },
};

/** Posts a report from a new reporter on its own network, at the harness clock (daytime UTC). */
async function report(number: string, fields: Report, options: { token?: string; ip?: string } = {}) {
  const ip = options.ip ?? `203.0.${++ipCounter % 250}.7`;
  const token = options.token ?? `scenario-reporter-${++tokenCounter}-xxxxxxxx`;
  const { status, body } = await h.json('/v1/reports', {
    method: 'POST',
    body: {
      number,
      called_at: new Date(h.clock.now() - 3_600_000).toISOString().replace('Z', '+00:00'),
      claimed_agency: '支付宝催收',
      debt_with_claimed_agency: 'unknown',
      hotline_check: 'not_tried',
      payment_requested: 'none',
      identification: { employee_id_given: false, company_name_given: false, authorization_letter_given: false },
      tags: [],
      ...fields,
    },
    headers: { ...fromIp(ip), 'x-reporter-token': token },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

/** Several independent reporters, a few days apart. */
async function reports(number: string, fields: Report, count: number) {
  for (let i = 0; i < count; i++) {
    await report(number, fields);
    h.clock.advance(2 * DAY);
  }
}

async function lookup(number: string) {
  const { status, body } = await h.json(`/v1/numbers/${encodeURIComponent(number)}?lang=en`);
  expect(status).toBe(200);
  const sum = (body.reasons as { weight: number }[]).reduce((total, reason) => total + reason.weight, 0);
  const p = body.scam_probability as number;
  expect(Math.abs(sum - Math.log(p / (1 - p)))).toBeLessThan(1e-6);
  // Rounded to what they mean: weights to 6 decimals (what the sum above needs), shares and scores to 3.
  for (const reason of body.reasons as { weight: number }[]) expect(decimals(reason.weight)).toBeLessThanOrEqual(6);
  expect(decimals(body.abuse.score)).toBeLessThanOrEqual(3);
  for (const claim of body.claimed_agencies as { share: number }[]) expect(decimals(claim.share)).toBeLessThanOrEqual(3);
  expect(significantTail(p)).toBeLessThanOrEqual(3);
  return body;
}

const codes = (body: { reasons: { code: string }[] }) => body.reasons.map((r) => r.code);
/** Digits after the decimal point as JSON writes the number. */
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;
/** Significant digits of a probability's distance to 0 or 1, at most 3 decimals' worth away from them. */
const significantTail = (p: number) => {
  const tail = Math.min(p, 1 - p);
  return tail >= 0.1 ? decimals(p) : String(Math.round(tail * 10 ** decimals(p))).replace(/0+$/, '').length;
};

describe('scoring scenarios', () => {
  it('clear scam: several victims say the hotline denied it and it wanted a personal account', async () => {
    await reports('17012345678', scam, 4);
    const body = await lookup('17012345678');
    expect(body.verdict).toBe('likely_scam');
    expect(body.scam_probability).toBeGreaterThanOrEqual(0.9);
    expect(body.confidence).not.toBe('low');
    expect(codes(body)).toEqual(expect.arrayContaining(['prior', 'hotline_denied', 'payment_personal_account']));
    const denied = body.reasons.find((r: { code: string }) => r.code === 'hotline_denied');
    expect(denied).toMatchObject({ effect: 'scam' });
    expect(denied.message).toMatch(/hotline denied/);
  });

  it('legitimate agency: confirmed by the hotline, official channels only', async () => {
    await reports('075583001234', legit, 4);
    const body = await lookup('075583001234');
    expect(body.verdict).toBe('likely_legitimate');
    expect(body.scam_probability).toBeLessThanOrEqual(0.2);
    expect(body.abuse.level).toBe('none');
    expect(body.reasons.find((r: { code: string }) => r.code === 'hotline_confirmed')).toMatchObject({ effect: 'legit' });
  });

  it('legitimate but abusive agency: legitimate on one axis, abusive on the other', async () => {
    await reports('02188881234', { ...legit, tags: ['threats', 'insults', 'third_party_contact'] }, 4);
    const body = await lookup('02188881234');
    expect(body.verdict).toBe('likely_legitimate');
    expect(['medium', 'high']).toContain(body.abuse.level);
    expect(body.abuse.score).toBeGreaterThan(0.3);
    const abuse = body.reasons.filter((r: { effect: string }) => r.effect === 'abuse');
    expect(abuse.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['abuse_threats', 'abuse_insults']));
    for (const reason of abuse) expect(reason.weight).toBe(0);
  });

  it('a single report, however damning, is never likely_scam', async () => {
    await report('13912345678', { ...scam, payment_requested: 'cash_or_giftcard', tags: ['fake_legal_documents', 'impersonates_authority'] });
    const body = await lookup('13912345678');
    expect(['suspicious', 'unknown']).toContain(body.verdict);
    expect(body.confidence).toBe('low');
    await report('13912345600', legit);
    expect((await lookup('13912345600')).verdict).toBe('unknown');
  });

  it('official number: spoofing reports add a reason but cannot change the verdict', async () => {
    await reports('95188', { ...scam, tags: ['spoofed_local_number'] }, 6);
    const body = await lookup('95188');
    expect(body.verdict).toBe('official');
    expect(body.scam_probability).toBeLessThanOrEqual(0.01 + 1e-9);
    expect(codes(body)).toEqual(expect.arrayContaining(['official_number', 'spoofing_reports']));
    expect(body.advice.map((a: { code: string }) => a.code)).toContain('call_back_official');
  });

  it('Sybil burst: 40 fresh tokens from a few networks in an hour do not turn a legitimate number into a scam', async () => {
    await reports('01062345678', legit, 4);
    const before = await lookup('01062345678');
    expect(before.verdict).toBe('likely_legitimate');
    for (let i = 0; i < 40; i++) {
      await report('01062345678', { ...scam, tags: ['fake_legal_documents', 'threats'] }, { ip: `198.51.${i % 4}.${i + 1}` });
      h.clock.advance(90_000);
    }
    const after = await lookup('01062345678');
    expect(after.verdict).not.toBe('likely_scam');
    expect(after.scam_probability).toBeLessThan(0.5);
    expect(codes(after)).toEqual(expect.arrayContaining(['discount_fresh_tokens', 'discount_burst']));
    // Even the first token, weighed before the swarm showed, joined its pool: with no independent scam report, the pool counts for nothing.
    expect(codes(after)).not.toContain('coordinated_reports');
    expect(after.scam_probability).toBeCloseTo(before.scam_probability, 6);
    expect(after.reasons.find((r: { code: string }) => r.code === 'discount_fresh_tokens')).toMatchObject({ effect: 'legit', weight: 0 });
  });

  it('first-time victims from their own networks, minutes apart, stay voices of their own; a swarm from a few networks joins one pool', async () => {
    for (let i = 0; i < 3; i++) {
      await report('13912345001', scam);
      h.clock.advance(20 * 60_000);
    }
    const wave = await lookup('13912345001');
    expect(['suspicious', 'likely_scam']).toContain(wave.verdict);
    expect(codes(wave)).toContain('refuses_identification');
    // The same three from one network: in hindsight a swarm, so nothing independent is left and the pool counts for nothing.
    for (let i = 0; i < 3; i++) {
      await report('15887654002', scam, { ip: '198.51.100.9' });
      h.clock.advance(20 * 60_000);
    }
    const swarm = await lookup('15887654002');
    expect(swarm.verdict).toBe('unknown');
    expect(codes(swarm)).toEqual(expect.arrayContaining(['discount_fresh_tokens', 'discount_shared_ip_prefix']));
    expect(codes(swarm)).not.toContain('refuses_identification');
    expect(swarm.scam_probability).toBeLessThan(wave.scam_probability);
  });

  it('counts people, not trust: two first-time victims days apart make likely_scam, and it fades as their reports age', async () => {
    await reports('13912345101', scam, 2);
    const fresh = await lookup('13912345101');
    expect(fresh.verdict).toBe('likely_scam');
    // Four months on, two people's reports no longer carry a firm verdict; the warning stays.
    h.clock.advance(120 * DAY);
    const aged = await lookup('13912345101');
    expect(aged.verdict).toBe('suspicious');
  });

  it('one first-time victim on a fresh number in a 100-block full of scam reports: the block is the second voice', async () => {
    for (const suffix of ['01', '17', '42', '88']) await reports(`170999800${suffix}`, scam, 2);
    const before = await lookup('17099980055');
    expect(before.verdict).toBe('suspicious');
    await report('17099980055', scam);
    const after = await lookup('17099980055');
    expect(after.verdict).toBe('likely_scam');
    expect(codes(after)).toContain('range_pooling');
    // The same victim's report on a number outside any reported block stays one report.
    await report('13912345102', scam);
    expect((await lookup('13912345102')).verdict).toBe('suspicious');
  });

  it('range pooling: a fresh number in a 100-block full of scam reports starts suspicious, with a reason', async () => {
    for (const suffix of ['01', '17', '42', '88']) await reports(`170999900${suffix}`, scam, 2);
    const body = await lookup('17099990055');
    expect(body.reports.total).toBe(0);
    expect(body.scam_probability).toBeGreaterThan(0.6);
    expect(body.reasons.find((r: { code: string }) => r.code === 'range_pooling')).toMatchObject({ effect: 'scam' });
    expect(body.reasons.find((r: { code: string }) => r.code === 'range_pooling').weight).toBeGreaterThan(0);
  });
});
