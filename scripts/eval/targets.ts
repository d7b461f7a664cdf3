/**
 * What the evaluation demands of the model on every seed of both generators
 * (docs/evaluation.md), checked on one run's metrics.
 */
import type { EvalSet } from './evaluate';
import type { Metrics } from './metrics';

export type RunMetrics = Partial<Record<EvalSet, { model: Metrics; baseline: Metrics }>>;

export interface Target {
  name: string;
  holds(run: RunMetrics): boolean;
}

const all = (run: RunMetrics) => run.all!;

export const TARGETS: Target[] = [
  { name: 'AUC ≥ 0.97', holds: (run) => all(run).model.auc >= 0.97 },
  { name: 'AUC above majority vote', holds: (run) => all(run).model.auc > all(run).baseline.auc },
  { name: 'Brier ≤ 0.06 and below majority vote', holds: (run) => all(run).model.brier <= 0.06 && all(run).model.brier < all(run).baseline.brier },
  { name: 'likely_scam on legitimate ≤ 0.5% (attacks included)', holds: (run) => all(run).model.falsePositiveRate <= 0.005 },
  { name: 'likely_scam recall ≥ 50%', holds: (run) => all(run).model.recall >= 0.5 },
  { name: 'at least suspicious ≥ 90% of scam', holds: (run) => all(run).model.warnedRecall >= 0.9 },
  // A smear must not make a warning: a target warned with and without the smear's reports is warned on its own reports.
  { name: 'slow-smear targets not warned by the smear', holds: (run) => !run.smear_alone || run.smear_alone.model.warnedFalsePositiveRate === 0 },
  { name: 'self-promoted scam still warned ≥ 80%', holds: (run) => !run.self_posting || run.self_posting.model.warnedRecall >= 0.8 },
  { name: 'mass-report targets never likely_scam', holds: (run) => !run.mass_reporting || run.mass_reporting.model.falsePositiveRate === 0 },
];
