/**
 * Operations, honest first-time victims, thin aged tokens and contradicted praise, end to
 * end over HTTP on both runtimes (docs/scoring.md, "Patient attackers and rotating operations").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, fromIp, type Harness } from '#harness';

const DAY = 86_400_000;
let h: Harness;
let counter = 0;

beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

type Report = Record<string, unknown>;
const NO_ID = { employee_id_given: false, company_name_given: false, authorization_letter_given: false };
const victim: Report = { hotline_check: 'denied', payment_requested: 'personal_account', debt_with_claimed_agency: 'no', tags: [], identification: NO_ID };
const praise: Report = {
  hotline_check: 'confirmed',
  payment_requested: 'official_channel',
  debt_with_claimed_agency: 'yes',
  tags: ['professional'],
  identification: { employee_id_given: true, company_name_given: true, authorization_letter_given: true },
};
const quiet: Report = { hotline_check: 'not_tried', payment_requested: 'none', debt_with_claimed_agency: 'unknown', tags: [], identification: NO_ID };

/** A report from `token` (default: a new one) on its own network, at the harness clock. */
async function report(number: string, fields: Report, claim: string | null, token = `operations-reporter-${++counter}-xxxxxxxx`) {
  const { status, body } = await h.json('/v1/reports', {
    method: 'POST',
    body: { number, called_at: new Date(h.clock.now() - 3_600_000).toISOString().replace('Z', '+00:00'), claimed_agency: claim, ...fields },
    headers: { ...fromIp(`198.51.${++counter % 250}.7`), 'x-reporter-token': token },
  });
  expect(status, JSON.stringify(body)).toBe(201);
}

async function lookup(number: string) {
  const { status, body } = await h.json(`/v1/numbers/${encodeURIComponent(number)}?lang=en`);
  expect(status).toBe(200);
  const sum = (body.reasons as { weight: number }[]).reduce((total, reason) => total + reason.weight, 0);
  expect(Math.abs(sum - Math.log(body.scam_probability / (1 - body.scam_probability)))).toBeLessThan(1e-6);
  expect(body.scam_probability_interval.lower).toBeLessThanOrEqual(body.scam_probability);
  expect(body.scam_probability_interval.upper).toBeGreaterThanOrEqual(body.scam_probability);
  return body;
}
const codes = (body: { reasons: { code: string }[] }) => body.reasons.map((r) => r.code);

describe('operations and patient attackers', () => {
  it('rotating numbers naming one made-up department: a fresh number with one victim is likely_scam, the reason names the operation', async () => {
    const numbers = ['13811112201', '15922223302', '18633334403', '17755556604', '13566667705', '18188889906'];
    for (const number of numbers.slice(0, 5)) {
      await report(number, victim, '网贷清退中心');
      h.clock.advance(2 * DAY);
    }
    const alone = await lookup('13900001207');
    expect(alone.operation).toBeNull();
    await report(numbers[5]!, victim, '网贷清退中心');
    const body = await lookup(numbers[5]!);
    expect(body.verdict).toBe('likely_scam');
    expect(body.operation).toMatchObject({ name: '网贷清退中心', numbers: 6 });
    const reason = body.reasons.find((r: { code: string }) => r.code === 'operation');
    expect(reason).toMatchObject({ effect: 'scam' });
    expect(reason.message).toContain('part of an operation of 6 numbers');
    const zh = await h.json(`/v1/numbers/${numbers[5]}?lang=zh-CN`);
    expect(zh.body.reasons.find((r: { code: string }) => r.code === 'operation').message).toContain('网贷清退中心');
  });

  it("a registered lender's name never links numbers into an operation", async () => {
    for (const number of ['13811112211', '15922223312', '18633334413']) {
      await report(number, victim, '花呗法务部');
      h.clock.advance(DAY);
    }
    const body = await lookup('18633334413');
    expect(body.operation).toBeNull();
    expect(codes(body)).not.toContain('operation');
    expect(body.verdict).not.toBe('likely_scam');
  });

  it('six first-time reporters from six networks, a day apart, are six voices, not one', async () => {
    for (let i = 0; i < 6; i++) {
      await report('13700001111', victim, null);
      h.clock.advance(DAY);
    }
    const body = await lookup('13700001111');
    expect(body.verdict).toBe('likely_scam');
    expect(codes(body)).not.toContain('discount_fresh_tokens');
    expect(codes(body)).not.toContain('coordinated_reports');
    expect(body.confidence).not.toBe('low');
  });

  it('slow smear by aged thin tokens: a dozen over weeks do not warn about an established legitimate line', async () => {
    const tokens = Array.from({ length: 12 }, (_, i) => `aged-thin-token-${i}-xxxxxxxx`);
    for (const token of tokens) await report('01065550000', quiet, null, token);
    for (let i = 0; i < 5; i++) {
      await report('01088880000', praise, null);
      h.clock.advance(10 * DAY);
    }
    h.clock.advance(90 * DAY);
    for (const token of tokens) {
      await report('01088880000', { ...victim, tags: ['fake_legal_documents', 'threats'] }, null, token);
      h.clock.advance(3 * DAY);
    }
    const body = await lookup('01088880000');
    expect(['likely_legitimate', 'unknown']).toContain(body.verdict);
    expect(codes(body)).toContain('discount_thin_token');
  });

  it("praise from the operator's aged tokens is contradicted by a victim's hard facts, and says so", async () => {
    const tokens = Array.from({ length: 3 }, (_, i) => `promoter-token-${i}-xxxxxxxx`);
    for (const token of tokens) await report('13900004321', quiet, null, token);
    h.clock.advance(60 * DAY);
    for (const token of tokens) await report('17088889999', praise, null, token);
    h.clock.advance(DAY);
    await report('17088889999', victim, null);
    const body = await lookup('17088889999');
    expect(['suspicious', 'likely_scam']).toContain(body.verdict);
    // Uncorroborated by any independent praise, the operator's pool counts nothing: no legit weight at all.
    expect(body.reasons.filter((r: { effect: string; weight: number }) => r.effect === 'legit' && r.weight < 0)).toEqual([]);
    expect(codes(body)).toContain('discount_thin_token');
  });

  it("praise from the operator's aged tokens alone, nothing else on the number, reads suspicious with a note; the probability stays at the prior", async () => {
    const tokens = Array.from({ length: 3 }, (_, i) => `promoter3-token-${i}-xxxxxxxx`);
    for (const token of tokens) await report('13900004323', quiet, null, token);
    h.clock.advance(60 * DAY);
    const untouched = await lookup('13612348888');
    for (const token of tokens) await report('13612348888', praise, null, token);
    const body = await lookup('13612348888');
    expect(body.verdict).toBe('suspicious');
    expect(body.scam_probability).toBeCloseTo(untouched.scam_probability, 6);
    const note = body.reasons.find((r: { code: string }) => r.code === 'promoted_praise');
    expect(note).toMatchObject({ effect: 'scam', weight: 0 });
    expect(note.message).toContain('no independent report backs it');
    // Two honest first-time customers arriving together are not a promotion.
    await report('13612347777', praise, null);
    await report('13612347777', praise, null);
    expect(codes(await lookup('13612347777'))).not.toContain('promoted_praise');
  });

  it("praise that one independent reporter corroborates is still contradicted by a victim's hard facts, and says so", async () => {
    const tokens = Array.from({ length: 3 }, (_, i) => `promoter2-token-${i}-xxxxxxxx`);
    for (const token of tokens) await report('13900004322', quiet, null, token);
    h.clock.advance(60 * DAY);
    for (const token of tokens) await report('17088889998', praise, null, token);
    await report('17088889998', praise, null);
    h.clock.advance(DAY);
    await report('17088889998', victim, null);
    const body = await lookup('17088889998');
    expect(codes(body)).toContain('contradicted_praise');
    expect(body.reasons.find((r: { code: string }) => r.code === 'contradicted_praise')).toMatchObject({ effect: 'scam' });
  });
});
