/**
 * Scoring: is a number a legitimate collector or a likely scam, and how abusive is it?
 * Pure functions over plain data; the write path stores contributions, the lookup scores.
 * See docs/scoring.md for the model.
 */
export type {
  AbuseLevel,
  Confidence,
  DebtAnswer,
  DiscountCode,
  FeatureVector,
  HotlineCheck,
  Lang,
  NumberScore,
  PaymentRequested,
  Reason,
  ReportFacts,
  ScoreInput,
  Verdict,
  VoiceContext,
  VoiceWeight,
} from './types';
export { DEFAULT_HALF_LIFE_DAYS, EVIDENCE_EPOCH, RECENT_HALF_LIFE_DAYS, decayFeatures, evidenceScale } from './decay';
export { ABUSE_SEVERITY, F as FEATURES, FULL_VOTE_NATS, SIGNAL_NATS, blockContribution, isCoordinated, operationContribution, recentContribution, reportAbuse, reportSignals, reportVote, voiceContribution } from './evidence';
export type { Signal } from './evidence';
export { MIN_WEIGHT, WEIGHT_PARAMETERS, asSwarmMember, showsSwarm, voiceWeight } from './weight';
export { SCORE_PARAMETERS, TYPE_LOGIT, scoreNumber, verdictOf } from './score';
export { AGREEMENT_MIN_VOTE, voiceAgreement } from './trust';
export { BLOCK_SHARE, OPERATION_NAMED, OPERATION_RECENT_NAMED, OPERATION_SHARE, RECENT, operationShareKey, scoreStored } from './stored';
export { presentScore, roundProbability, roundTo } from './presentation';
export type { ReporterTrust, StoredOperation } from './stored';
