import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../../src/domain/reports/record';
import { AggregateReplay, type ReplayNumber } from '../../../src/domain/reports/replay';
import { scoreStored, voiceAgreement, type ReportFacts } from '../../../src/domain/scoring';
import { DAY, NOW, factsArb, legitFacts, scamFacts } from '../scoring/arbitraries';

const noTrust = () => ({ agreed: 0, disagreed: 0 });
const numbers = new Map<string, ReplayNumber>();
function numberOf(name: string): ReplayNumber {
  let number = numbers.get(name);
  if (!number) numbers.set(name, (number = { id: numbers.size + 1, key: `+86170${String(numbers.size).padStart(8, '0')}`, type: 'mobile', blockKey: 'b1' }));
  return number;
}
const reporters = new Map<string, number>();
const reporterId = (name: string) => reporters.get(name) ?? (reporters.set(name, reporters.size + 1), reporters.size);

let counter = 0;
/** A stored report saying `facts`, as the replay reads it. */
function row(partial: { number?: string; reporter?: string; facts?: ReportFacts; reportedAt?: number; status?: ReportRecord['status']; ipHash?: string | null }): ReportRecord {
  const facts = partial.facts ?? scamFacts;
  const at = partial.reportedAt ?? NOW;
  return {
    id: `r${String(counter++).padStart(6, '0')}`, numberId: numberOf(partial.number ?? 'n1').id, reporterId: reporterId(partial.reporter ?? 'p1'),
    ipHash: partial.ipHash ?? null, calledAt: at, reportedAt: at, updatedAt: at, claimedAgencyId: facts.claimedAgencyId, claimedAgencyText: null,
    claimedAgencyNormalized: null, tags: JSON.stringify(facts.tags), reportedTags: JSON.stringify(facts.tags), calledAtOffset: null,
    debtWithClaimedAgency: facts.debtWithClaimedAgency, hotlineCheck: facts.hotlineCheck, employeeIdGiven: facts.identification.employeeIdGiven,
    companyNameGiven: facts.identification.companyNameGiven, authorizationLetterGiven: facts.identification.authorizationLetterGiven,
    paymentRequested: facts.paymentRequested, comment: null, callerCompany: null, status: partial.status ?? 'visible', hiddenReason: null, weight: 1, discounts: '[]',
    source: 'import', externalId: null,
      callsToday: null, callsLast7Days: null, overdueStage: facts.overdueStage ?? null, contacted: null, threatened: JSON.stringify(facts.threatened ?? []), violations: '[]',
  };
}
const add = (replay: AggregateReplay, record: ReportRecord, firstSeenAt = NOW - 90 * DAY) =>
  replay.add(record, [...numbers.values()].find((n) => n.id === record.numberId)!, firstSeenAt);
const evidence = (replay: AggregateReplay, number: string) => Object.fromEntries(replay.books.get(numberOf(number).id)?.delta.evidence ?? []);
const block = (replay: AggregateReplay) => Object.fromEntries(replay.blocks.get('b1') ?? []);
const close = (a: Record<string, number>, b: Record<string, number>) => {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) expect(a[key] ?? 0).toBeCloseTo(b[key] ?? 0, 9);
};

describe('the aggregate replay (rescore and the shared bookkeeping)', () => {
  it('keeps one voice per reporter and number: only their latest visible report counts', () => {
    fc.assert(
      fc.property(fc.array(factsArb, { minLength: 1, maxLength: 6 }), (history) => {
        const many = new AggregateReplay(180, noTrust);
        history.forEach((facts, i) => add(many, row({ facts, reportedAt: NOW + i * 2 * DAY })));
        const last = new AggregateReplay(180, noTrust);
        // Same arrivals (so the same write-time weights), but only the last one is visible.
        history.forEach((facts, i) => add(last, row({ facts, reportedAt: NOW + i * 2 * DAY, status: i === history.length - 1 ? 'visible' : 'hidden' })));
        close(evidence(many, 'n1'), evidence(last, 'n1'));
        expect(many.books.get(numberOf('n1').id)!.voices.size).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('caps a burst of fresh tokens: 300 smear reports in a day do not outweigh a few real customers', () => {
    const replay = new AggregateReplay(180, noTrust);
    for (let i = 0; i < 6; i++) add(replay, row({ number: 'smeared', reporter: `customer${i}`, facts: legitFacts, reportedAt: NOW - (60 - i * 9) * DAY }));
    for (let i = 0; i < 300; i++) {
      const at = NOW + i * 240_000;
      add(replay, row({ number: 'smeared', reporter: `sybil${i}`, ipHash: `net${i % 10}`, reportedAt: at }), at);
    }
    const score = scoreStored({ evidence: evidence(replay, 'smeared'), blockEvidence: block(replay) }, 'fixed_line', NOW + DAY, 180);
    expect(score.verdict).not.toBe('likely_scam');
    expect(score.scam_probability).toBeLessThan(0.5);
    const codes = score.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['discount_fresh_tokens', 'discount_burst']));
    // The swarm's first token, weighed alone, joined the pool once the third arrived: nothing independent is left on the scam side, so the pool counts for nothing.
    expect(evidence(replay, 'smeared')['scam:hotline_denied'] ?? 0).toBeCloseTo(0, 9);
    expect(codes).not.toContain('coordinated_reports');
  });

  it('re-marks the earlier fresh tokens of a swarm once a third within 6 hours comes from a network seen there, and only then', () => {
    const replay = new AggregateReplay(180, noTrust);
    const first = row({ number: 'swarmed', reporter: 'early', reportedAt: NOW });
    const second = row({ number: 'swarmed', reporter: 'second', reportedAt: NOW + 3_600_000 });
    add(replay, first, NOW);
    add(replay, second, NOW + 3_600_000);
    // Two first-time victims within hours: the first stands alone, the second is discounted as the other fresh token.
    expect(replay.weights.get(first.id)!.discounts).toEqual([]);
    expect(evidence(replay, 'swarmed')['scam:hotline_denied']).toBeGreaterThan(0);
    // A third from its own network, two hours on: still three people.
    const third = row({ number: 'swarmed', reporter: 'third', reportedAt: NOW + 2 * 3_600_000, ipHash: 'net-c' });
    add(replay, third, NOW + 2 * 3_600_000);
    expect(replay.weights.get(first.id)!.discounts).toEqual([]);
    // A fourth from the third's network: a swarm from few networks, and its earlier members join its pool.
    add(replay, row({ number: 'swarmed', reporter: 'fourth', reportedAt: NOW + 3 * 3_600_000, ipHash: 'net-c' }), NOW + 3 * 3_600_000);
    expect(replay.weights.get(first.id)!.discounts).toEqual(['fresh_tokens']);
    expect(replay.weights.get(first.id)!.weight).toBeCloseTo(0.7, 12);
    expect(evidence(replay, 'swarmed')['scam:hotline_denied'] ?? 0).toBeCloseTo(0, 9);
    expect(evidence(replay, 'swarmed')['recent:coordinated:scam']).toBeGreaterThan(0);
    // A swarm trickling in over a day is a chain of 6-hour windows: the token that shows it re-marks the whole day's fresh tokens.
    const chain = new AggregateReplay(180, noTrust);
    const links = [0, 4, 8, 9].map((hours, i) => row({ number: 'chain', reporter: `link${i}`, reportedAt: NOW + hours * 3_600_000, ipHash: i >= 2 ? 'net-z' : `net-${i}` }));
    for (const link of links) add(chain, link, link.reportedAt);
    expect(chain.weights.get(links[0]!.id)!.discounts).toEqual(['fresh_tokens']);
    expect(evidence(chain, 'chain')['scam:hotline_denied'] ?? 0).toBeCloseTo(0, 9);
    // Six first-time victims a day apart are six voices.
    const trickle = new AggregateReplay(180, noTrust);
    const victims = Array.from({ length: 6 }, (_, i) => row({ number: 'trickle', reporter: `victim${i}`, reportedAt: NOW + i * DAY }));
    for (const victim of victims) add(trickle, victim, victim.reportedAt);
    for (const victim of victims) expect(trickle.weights.get(victim.id)!.discounts).toEqual([]);
  });

  it('lets a campaign\'s pool fade with the 30-day half-life while independent voices keep the 180-day one', () => {
    const withSwarm = new AggregateReplay(180, noTrust);
    const alone = new AggregateReplay(180, noTrust);
    for (const replay of [withSwarm, alone]) add(replay, row({ number: 'faded', reporter: 'victim', reportedAt: NOW - 10 * DAY }));
    for (let i = 0; i < 12; i++) {
      const at = NOW + i * 600_000;
      add(withSwarm, row({ number: 'faded', reporter: `swarm${i}`, ipHash: `net${i % 2}`, reportedAt: at }), at);
    }
    const logitAt = (replay: AggregateReplay, at: number) => {
      const p = scoreStored({ evidence: evidence(replay, 'faded'), blockEvidence: {} }, 'mobile', at, 180).scam_probability;
      return Math.log(p / (1 - p));
    };
    const added = (at: number) => logitAt(withSwarm, at) - logitAt(alone, at);
    expect(added(NOW + DAY)).toBeGreaterThan(0.2);
    // Six months on: the victim's own vote has lost half, the pool's addition nearly all of it.
    expect(added(NOW + 180 * DAY)).toBeLessThan(added(NOW + DAY) / 8);
    expect(added(NOW + 180 * DAY)).toBeGreaterThanOrEqual(0);
  });

  it('pools the block without counting a number twice', () => {
    const replay = new AggregateReplay(180, noTrust);
    for (let i = 0; i < 5; i++) add(replay, row({ number: `scam${i}`, reporter: `v${i}`, reportedAt: NOW - i * DAY }));
    const fresh = scoreStored({ evidence: {}, blockEvidence: block(replay) }, 'virtual_mobile', NOW, 180);
    const own = scoreStored({ evidence: evidence(replay, 'scam0'), blockEvidence: block(replay) }, 'virtual_mobile', NOW, 180);
    const pooled = (s: typeof own) => s.reasons.find((r) => r.code === 'range_pooling')!.weight;
    expect(pooled(fresh)).toBeGreaterThan(0);
    // scam0 sees only its four neighbours' evidence in the pool, not its own.
    expect(pooled(own)).toBeLessThan(pooled(fresh));
  });

  it('lowers a contrarian reporter and keeps an agreeing one', () => {
    expect(voiceAgreement(1, 'likely_scam')).toBe('agreed');
    expect(voiceAgreement(-1, 'likely_scam')).toBe('disagreed');
    expect(voiceAgreement(-1, 'official')).toBe('agreed');
    expect(voiceAgreement(0.1, 'likely_legitimate')).toBeNull();
    const trusted = new AggregateReplay(180, () => ({ agreed: 9, disagreed: 0 }));
    const contrarian = new AggregateReplay(180, () => ({ agreed: 0, disagreed: 9 }));
    const a = row({ number: 'trust' });
    const b = row({ number: 'trust' });
    add(trusted, a);
    add(contrarian, b);
    expect(trusted.weights.get(a.id)!.weight).toBe(1);
    // Trust without agreeing history (0.7) × (0 + 1)/(0 + 9 + 1).
    expect(contrarian.weights.get(b.id)!.weight).toBeCloseTo(0.07);
  });
});
