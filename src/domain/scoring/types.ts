import type { ConductTag } from '../conduct/tags';
import type { NumberType } from '../phone';

export type Lang = 'zh-CN' | 'en';
import type { DebtAnswer, HotlineCheck, OverdueStage, PaymentRequested, ThreatKind } from '../reports/answers';

export type { DebtAnswer, HotlineCheck, PaymentRequested };

/** What one report says after validation, alias resolution and tag derivation (out_of_hours already derived). */
export interface ReportFacts {
  tags: readonly ConductTag[];
  debtWithClaimedAgency: DebtAnswer;
  hotlineCheck: HotlineCheck;
  identification: { employeeIdGiven: boolean; companyNameGiven: boolean; authorizationLetterGiven: boolean };
  paymentRequested: PaymentRequested;
  /** Resolved agency id, if the claimed agency is known. */
  claimedAgencyId: string | null;
  numberType: NumberType;
  /** The person's overdue stage with the named lender, when they gave it (the stage checks read it). */
  overdueStage?: OverdueStage | null;
  /** What the caller threatened to do. */
  threatened?: readonly ThreatKind[];
}

/** Feature name → value. Names are listed in `features.ts`. */
export type FeatureVector = Readonly<Record<string, number>>;

/** Known to the write path when a report arrives, for its write-time weight. */
export interface VoiceContext {
  /** ms epoch of the report (reported_at; imports replay old times). */
  now: number;
  reporter: { firstSeenAt: number; reportsCount: number; agreed: number; disagreed: number };
  /**
   * Reports on THIS number before this one; `freshReportersNearby`: those of them from fresh
   * tokens (first seen < 24 h before) in the last 6 hours.
   */
  recent: { lastHour: number; lastDay: number; freshReportersNearby: number; sameIpPrefixLastDay: number };
}

export type DiscountCode = 'burst' | 'fresh_tokens' | 'shared_ip_prefix' | 'thin_token' | 'prolific_reporter' | 'low_agreement';

export interface VoiceWeight {
  /** In (0, 1]. */
  weight: number;
  /** Discount codes applied (see `DiscountCode`); kept as strings because they are stored as JSON. */
  discounts: string[];
}

export interface ScoreInput {
  now: number;
  numberType: NumberType;
  /** Decayed sums of this number's voices. */
  evidence: FeatureVector;
  /** Decayed block sums EXCLUDING this number's own share. */
  blockEvidence: FeatureVector;
  /**
   * The operation the number's reports point to (its most named unresolved claimed agency):
   * decayed sums of its OTHER numbers' independent voices; null when there is none.
   */
  operation?: {
    name: string;
    numbers: number;
    since: number | null;
    evidence: FeatureVector;
    /** Decayed Σ weight of this number's own voices naming the operation. */
    named: number;
    /** The same decayed with the 30-day half-life: whether the number names it still. */
    recentNamed: number;
  } | null;
  /** In the official registry: pins the verdict to 'official'. */
  official: boolean;
  openDispute: boolean;
  /** Visible reports naming a company not on its lender's published agency list (agency-lists.ts). */
  unlistedAgencyReports?: number;
}

export interface Reason {
  code: string;
  effect: 'scam' | 'legit' | 'abuse';
  /**
   * Log-odds this reason adds to the scam axis. Reasons on the scam axis (the prior included)
   * sum to logit(scam_probability). Abuse reasons and informational notes carry weight 0.
   */
  weight: number;
  message: Record<Lang, string>;
}

export type Verdict = 'official' | 'likely_legitimate' | 'unknown' | 'suspicious' | 'likely_scam';
export type Confidence = 'low' | 'medium' | 'high';
export type AbuseLevel = 'none' | 'low' | 'medium' | 'high';

export interface NumberScore {
  verdict: Verdict;
  scam_probability: number;
  /** 90 % interval around scam_probability from the evidence mass behind it (Wilson on effective voices). */
  interval: { lower: number; upper: number };
  confidence: Confidence;
  abuse: { level: AbuseLevel; score: number };
  /**
   * Independent voices behind the score: the weighted, decayed voices with coordinated ones
   * (bursts, fresh-token swarms, one network) counted as one at most. The "several reporters"
   * rule reads it, and so does trending: it is how much a number is being reported.
   */
  voices: number;
  /** Starts with `prior`; Σ weights = logit(scam_probability) within 1e-6. */
  reasons: Reason[];
}
