import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvidenceLedger, scoreStored, voiceAgreement, type LedgerReport } from '../../../src/domain/scoring';
import { DAY, NOW, factsArb, legitFacts, scamFacts } from './arbitraries';

const noTrust = () => ({ agreed: 0, disagreed: 0 });
let counter = 0;
function row(partial: Partial<LedgerReport>): LedgerReport {
  return {
    id: `r${String(counter++).padStart(6, '0')}`, numberId: 'n1', blockKey: 'b1', reporterId: 'p1', reporterFirstSeenAt: NOW - 90 * DAY,
    ipHash: null, reportedAt: NOW, status: 'visible', retractedAt: null, facts: scamFacts, ...partial,
  };
}
const close = (a: Record<string, number>, b: Record<string, number>) => {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) expect(a[key] ?? 0).toBeCloseTo(b[key] ?? 0, 9);
};

describe('EvidenceLedger', () => {
  it('keeps one voice per reporter and number: only their latest visible report counts', () => {
    fc.assert(
      fc.property(fc.array(factsArb, { minLength: 1, maxLength: 6 }), (history) => {
        const many = new EvidenceLedger(180, noTrust);
        history.forEach((facts, i) => many.add(row({ facts, reportedAt: NOW + i * 2 * DAY })));
        const last = new EvidenceLedger(180, noTrust);
        // Same arrivals (so the same write-time weights), but only the last one is visible.
        history.forEach((facts, i) =>
          last.add(row({ facts, reportedAt: NOW + i * 2 * DAY, status: i === history.length - 1 ? 'visible' : 'hidden' })),
        );
        close(many.numberEvidence('n1'), last.numberEvidence('n1'));
        expect(many.voices('n1')).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });

  it('caps a burst of fresh tokens: 300 smear reports in a day do not outweigh a few real customers', () => {
    const ledger = new EvidenceLedger(180, noTrust);
    for (let i = 0; i < 6; i++) ledger.add(row({ reporterId: `customer${i}`, facts: legitFacts, reportedAt: NOW - (60 - i * 9) * DAY }));
    for (let i = 0; i < 300; i++) {
      const at = NOW + i * 240_000;
      ledger.add(row({ reporterId: `sybil${i}`, reporterFirstSeenAt: at, ipHash: `net${i % 10}`, reportedAt: at }));
    }
    const score = scoreStored({ evidence: ledger.numberEvidence('n1'), blockEvidence: ledger.blockEvidence('b1') }, 'fixed_line', NOW + DAY, 180);
    expect(score.verdict).not.toBe('likely_scam');
    expect(score.scam_probability).toBeLessThan(0.5);
    const codes = score.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['coordinated_reports', 'discount_fresh_tokens', 'discount_burst']));
  });

  it('pools the block without counting a number twice', () => {
    const ledger = new EvidenceLedger(180, noTrust);
    for (let i = 0; i < 5; i++) ledger.add(row({ numberId: `scam${i}`, reporterId: `v${i}`, reportedAt: NOW - i * DAY }));
    const fresh = scoreStored({ evidence: {}, blockEvidence: ledger.blockEvidence('b1') }, 'virtual_mobile', NOW, 180);
    const own = scoreStored({ evidence: ledger.numberEvidence('scam0'), blockEvidence: ledger.blockEvidence('b1') }, 'virtual_mobile', NOW, 180);
    expect(fresh.reasons.find((r) => r.code === 'range_pooling')!.weight).toBeGreaterThan(0);
    // scam0 sees only its four neighbours' evidence in the pool, not its own.
    const pooled = (s: typeof own) => s.reasons.find((r) => r.code === 'range_pooling')!.weight;
    expect(pooled(own)).toBeLessThan(pooled(fresh));
  });

  it('lowers a contrarian reporter and keeps an agreeing one', () => {
    expect(voiceAgreement(1, 'likely_scam')).toBe('agreed');
    expect(voiceAgreement(-1, 'likely_scam')).toBe('disagreed');
    expect(voiceAgreement(-1, 'official')).toBe('agreed');
    expect(voiceAgreement(0.1, 'likely_legitimate')).toBeNull();
    const trusted = new EvidenceLedger(180, () => ({ agreed: 9, disagreed: 0 }));
    const contrarian = new EvidenceLedger(180, () => ({ agreed: 0, disagreed: 9 }));
    expect(trusted.add(row({})).weight).toBe(1);
    expect(contrarian.add(row({})).weight).toBeCloseTo(0.1);
  });
});
