import type { ParagraphScores } from './score-paragraph.ts';

/**
 * What a block is in the document's structure: a `title` (followed by its abstract),
 * the `first` or a `more` paragraph of an abstract, an `orphan` title with no
 * abstract, or `prose` before the first title. The last two are errors.
 */
export type ParagraphLabel = 'title' | 'first' | 'more' | 'orphan' | 'prose';

const labels: readonly ParagraphLabel[] = ['title', 'first', 'more', 'orphan', 'prose'];

/**
 * Log-odds cost of an error label (a title without an abstract, prose before the
 * first title). It is chosen only when every reading without it needs a block to
 * be something it plainly is not, such as `Orphan Title` as abstract prose; and
 * splitPapers keeps a `title has no abstract` only if the valid reading also loses
 * under the broad starting guesses, so the cost never rests on how sharply one
 * document was learned, which keeps it safe for any document.
 */
const errorCost = 7;

/**
 * Prose above the first title is the plainer reading of a stray opening block than a
 * title that lost its abstract, so it costs a little less.
 */
const strayCost = errorCost - 2;

/** The log probability of label `to` after label `from`; `null` when it may not follow at all. */
type Step = (from: ParagraphLabel, to: ParagraphLabel, logContinue: number, logStop: number) => number | null;

const step: Step = (from, to, logContinue, logStop) => {
  if (from === 'title') return to === 'first' ? 0 : null;
  if (to === 'first') return null;
  if (from === 'first' || from === 'more') return to === 'more' ? logContinue : to === 'prose' ? null : logStop;
  if (to === 'more') return null;
  if (to === 'prose') return from === 'prose' ? 0 : null;
  return 0;
};

/** The labels of a document's blocks and how sure each one is. */
export interface Segmentation {
  labels: ParagraphLabel[];
  /** For each block, the probability that its label is wrong, summed over every other reading of the document. */
  doubt: number[];
}

/**
 * Chooses the most likely structure of the whole document (Viterbi): a title is
 * always followed by at least one abstract paragraph, an abstract runs on with
 * probability `exp(logContinue)`, and each block is scored by what it looks like.
 * A forward-backward pass over the same model gives each block's doubt. Linear in
 * the number of blocks.
 */
export function segmentParagraphs(scores: readonly ParagraphScores[], logContinue: number, logStop: number, orphans = true): Segmentation | undefined {
  const n = scores.length;
  const k = labels.length;
  if (n === 0) return { labels: [], doubt: [] };
  const moves = labels.map((from) => labels.map((to) => step(from, to, logContinue, logStop) ?? -Infinity));
  const emit = (score: ParagraphScores, label: ParagraphLabel): number => (label === 'orphan' && !orphans ? -Infinity : emission(score, label));
  const emissions = new Float64Array(n * k);
  scores.forEach((score, index) => labels.forEach((label, s) => (emissions[index * k + s] = emit(score, label))));
  // A document starts with a title (or an error); it cannot end on a title that still waits for its abstract.
  const starts = labels.map((label) => (label === 'title' || label === 'orphan' || label === 'prose' ? 0 : -Infinity));
  const ends = labels.map((label) => (label === 'title' ? -Infinity : 0));

  const best = new Float64Array(n * k);
  const back = new Int8Array(n * k).fill(-1);
  const ahead = new Float64Array(n * k);
  const behind = new Float64Array(n * k);
  for (let s = 0; s < k; s++) ahead[s] = best[s] = (starts[s] as number) + (emissions[s] as number);
  // Only the allowed moves are visited, and sums are kept running, so each block costs a few dozen operations.
  const into = labels.map((_, t) => labels.flatMap((__, s) => (moves[s]?.[t] === -Infinity ? [] : [s])));
  const outOf = labels.map((_, s) => labels.flatMap((__, t) => (moves[s]?.[t] === -Infinity ? [] : [t])));
  for (let index = 1; index < n; index++) {
    const before = (index - 1) * k;
    for (let t = 0; t < k; t++) {
      let top = -Infinity;
      let from = -1;
      let sumTop = -Infinity;
      let sum = 0;
      for (const s of into[t] as number[]) {
        const move = moves[s]?.[t] as number;
        const value = (best[before + s] as number) + move;
        if (value > top) {
          top = value;
          from = s;
        }
        [sumTop, sum] = addLog(sumTop, sum, (ahead[before + s] as number) + move);
      }
      best[index * k + t] = top + (emissions[index * k + t] as number);
      back[index * k + t] = from;
      ahead[index * k + t] = sumTop + Math.log(sum) + (emissions[index * k + t] as number);
    }
  }
  for (let s = 0; s < k; s++) behind[(n - 1) * k + s] = ends[s] as number;
  for (let index = n - 2; index >= 0; index--) {
    const after = (index + 1) * k;
    for (let s = 0; s < k; s++) {
      let sumTop = -Infinity;
      let sum = 0;
      for (const t of outOf[s] as number[]) [sumTop, sum] = addLog(sumTop, sum, (moves[s]?.[t] as number) + (emissions[after + t] as number) + (behind[after + t] as number));
      behind[index * k + s] = sumTop + Math.log(sum);
    }
  }

  let state = -1;
  for (let s = 0; s < k; s++) {
    const value = (best[(n - 1) * k + s] as number) + (ends[s] as number);
    if (value > -Infinity && (state < 0 || value > (best[(n - 1) * k + state] as number) + (ends[state] as number))) state = s;
  }
  if (state < 0) return undefined;
  const path = new Array<ParagraphLabel>(n);
  const doubt = new Array<number>(n);
  const total = logSumAll(Array.from({ length: k }, (_, s) => (ahead[(n - 1) * k + s] as number) + (ends[s] as number)));
  for (let index = n - 1; index >= 0; index--) {
    path[index] = labels[state] as ParagraphLabel;
    doubt[index] = Math.max(0, 1 - Math.exp((ahead[index * k + state] as number) + (behind[index * k + state] as number) - total));
    state = back[index * k + state] as number;
  }
  return { labels: path, doubt };
}

/** How likely a reading of the whole document is, for comparing two readings of it. */
export function readingScore(scores: readonly ParagraphScores[], path: readonly ParagraphLabel[], logContinue: number, logStop: number): number {
  let total = 0;
  path.forEach((label, index) => {
    const before = path[index - 1];
    total += emission(scores[index] as ParagraphScores, label) + (before === undefined ? 0 : (step(before, label, logContinue, logStop) ?? -Infinity));
  });
  return total;
}

/** A block's log likelihood under a label; the error labels pay {@link errorCost}. */
function emission(score: ParagraphScores, label: ParagraphLabel): number {
  return label === 'orphan' ? score.title - errorCost : label === 'prose' ? Math.max(score.first, score.more) - strayCost : score[label];
}

/** Adds `exp(value)` to a running sum held as `exp(top) * sum`, rescaling so nothing overflows. */
function addLog(top: number, sum: number, value: number): [number, number] {
  if (value === -Infinity) return [top, sum];
  if (value <= top) return [top, sum + Math.exp(value - top)];
  return [value, (top === -Infinity ? 0 : sum * Math.exp(top - value)) + 1];
}

/** The log of the sum of the exponentials of `values`, without overflow. */
function logSumAll(values: readonly number[]): number {
  const top = Math.max(...values);
  if (top === -Infinity) return top;
  let sum = 0;
  for (const value of values) sum += Math.exp(value - top);
  return top + Math.log(sum);
}
