/** How well one grouping of papers agrees with another, over all pairs of papers. */
export interface PairAgreement {
  /** Of the pairs sharing a predicted group, the share also sharing a true one. */
  precision: number;
  /** Of the pairs sharing a true group, the share also sharing a predicted one. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
}

/**
 * Pair precision, recall and F1 of "share a predicted group" against "share a true group",
 * each paper having any number of groups (none: it pairs with nobody). Groups holding more
 * than `maxShare` of the papers are ignored on both sides, as they group nothing.
 */
export function pairAgreement(predicted: ReadonlyArray<readonly string[]>, truth: ReadonlyArray<readonly string[]>, maxShare = 1): PairAgreement {
  const n = predicted.length;
  const sets = (groups: ReadonlyArray<readonly string[]>): Array<Set<string>> => {
    const size = new Map<string, number>();
    for (const list of groups) for (const g of new Set(list)) size.set(g, (size.get(g) ?? 0) + 1);
    return groups.map((list) => new Set(list.filter((g) => (size.get(g) ?? 0) <= maxShare * n)));
  };
  const p = sets(predicted);
  const t = sets(truth);
  const meets = (a: Set<string>, b: Set<string>): boolean => {
    for (const g of a) if (b.has(g)) return true;
    return false;
  };
  let both = 0;
  let inPredicted = 0;
  let inTruth = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const sameP = p[i]!.size > 0 && p[j]!.size > 0 && meets(p[i]!, p[j]!);
      const sameT = t[i]!.size > 0 && t[j]!.size > 0 && meets(t[i]!, t[j]!);
      if (sameP) inPredicted += 1;
      if (sameT) inTruth += 1;
      if (sameP && sameT) both += 1;
    }
  }
  const precision = inPredicted === 0 ? 0 : both / inPredicted;
  const recall = inTruth === 0 ? 0 : both / inTruth;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
