/**
 * Whether what a caller threatened or demanded fits how far overdue the person says they are.
 * Real collection follows the debt's stage: reminders first, outsourced calls later, lawyer
 * letters and lawsuits only after months, home visits later still, and no one is arrested for
 * a consumer debt. Claims out of step with the reported stage are a scam's hurry, and each
 * mismatch is evidence with its own reason (docs/scoring.md#stage-plausibility).
 */
import type { OverdueStage, PaymentRequested, ThreatKind } from '../reports/answers';

export const STAGE_SIGNALS = ['stage_litigation_early', 'stage_home_visit_early', 'stage_arrest_threat', 'stage_demand_without_debt'] as const;
export type StageSignal = (typeof STAGE_SIGNALS)[number];

/** What the check reads of a report. */
export interface StageClaims {
  overdueStage?: OverdueStage | null;
  threatened?: readonly ThreatKind[];
  paymentRequested: PaymentRequested;
}

/** Stages under 30 days overdue (or not overdue at all): too early for lawyers and courts. */
const UNDER_30_DAYS: readonly OverdueStage[] = ['not_overdue', 'under_7_days', 'days_7_30'];
/** Stages under 90 days overdue: too early for anyone at the door. */
const UNDER_90_DAYS: readonly OverdueStage[] = [...UNDER_30_DAYS, 'days_30_90'];

/**
 * The stage mismatches one report states. Without a stage only the arrest threat counts,
 * which no stage makes plausible.
 *
 * @example
 * stageSignals({ overdueStage: 'under_7_days', threatened: ['lawsuit'], paymentRequested: 'none' }) // ['stage_litigation_early']
 * stageSignals({ overdueStage: null, threatened: ['arrest'], paymentRequested: 'none' })            // ['stage_arrest_threat']
 */
export function stageSignals(claims: StageClaims): StageSignal[] {
  const stage = claims.overdueStage ?? null;
  const threats = claims.threatened ?? [];
  const out: StageSignal[] = [];
  if (stage && UNDER_30_DAYS.includes(stage) && (threats.includes('lawyer_letter') || threats.includes('lawsuit'))) out.push('stage_litigation_early');
  if (stage && UNDER_90_DAYS.includes(stage) && threats.includes('home_visit')) out.push('stage_home_visit_early');
  if (threats.includes('arrest')) out.push('stage_arrest_threat');
  if (stage === 'no_debt' && (claims.paymentRequested !== 'none' || threats.length > 0)) out.push('stage_demand_without_debt');
  return out;
}
