/** Classification metrics over labelled predictions. */
export interface Prediction {
  label: 0 | 1;
  probability: number;
  /** Whether the system tells the user "this is a scam" (model: likely_scam; baseline: majority). */
  flagged: boolean;
  /** Whether the user is warned at all (model: suspicious or likely_scam; baseline: same as flagged). */
  warned: boolean;
}

export interface Metrics {
  n: number;
  scams: number;
  auc: number;
  brier: number;
  /** Legitimate numbers flagged / legitimate numbers. */
  falsePositiveRate: number;
  /** Scam numbers flagged / scam numbers. */
  recall: number;
  warnedFalsePositiveRate: number;
  warnedRecall: number;
}

export function metrics(predictions: readonly Prediction[]): Metrics {
  const legit = predictions.filter((p) => p.label === 0);
  const scam = predictions.filter((p) => p.label === 1);
  return {
    n: predictions.length,
    scams: scam.length,
    auc: auc(predictions),
    brier: predictions.reduce((sum, p) => sum + (p.probability - p.label) ** 2, 0) / Math.max(1, predictions.length),
    falsePositiveRate: legit.filter((p) => p.flagged).length / Math.max(1, legit.length),
    recall: scam.filter((p) => p.flagged).length / Math.max(1, scam.length),
    warnedFalsePositiveRate: legit.filter((p) => p.warned).length / Math.max(1, legit.length),
    warnedRecall: scam.filter((p) => p.warned).length / Math.max(1, scam.length),
  };
}

/** Area under the ROC curve (Mann–Whitney U with ties counted half); NaN without both labels. */
export function auc(predictions: readonly Prediction[]): number {
  const sorted = [...predictions].sort((a, b) => a.probability - b.probability);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.probability === sorted[i]!.probability) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.label === 1) { rankSum += rank; positives++; }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
