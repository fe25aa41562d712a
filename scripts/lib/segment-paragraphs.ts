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
 * be something it plainly is not, such as `Orphan Title` as abstract prose.
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

/**
 * Chooses the most likely structure of the whole document (Viterbi): a title is
 * always followed by at least one abstract paragraph, an abstract runs on with
 * probability `exp(logContinue)`, and each block is scored by what it looks like.
 * Linear in the number of blocks.
 */
export function segmentParagraphs(scores: readonly ParagraphScores[], logContinue: number, logStop: number): ParagraphLabel[] {
  const n = scores.length;
  const k = labels.length;
  if (n === 0) return [];
  const best = new Float64Array(n * k).fill(-Infinity);
  const back = new Int8Array(n * k).fill(-1);
  const emit = (score: ParagraphScores, label: ParagraphLabel): number =>
    label === 'orphan' ? score.title - errorCost : label === 'prose' ? Math.max(score.first, score.more) - strayCost : score[label];

  labels.forEach((label, s) => {
    if (label === 'title' || label === 'orphan' || label === 'prose') best[s] = emit(scores[0] as ParagraphScores, label);
  });
  for (let index = 1; index < n; index++) {
    const score = scores[index] as ParagraphScores;
    labels.forEach((to, t) => {
      let value = -Infinity;
      let from = -1;
      labels.forEach((label, s) => {
        const cost = step(label, to, logContinue, logStop);
        const previous = best[(index - 1) * k + s] as number;
        if (cost === null || previous === -Infinity) return;
        if (previous + cost > value) {
          value = previous + cost;
          from = s;
        }
      });
      if (from < 0) return;
      best[index * k + t] = value + emit(score, to);
      back[index * k + t] = from;
    });
  }

  // A document cannot end on a title that still waits for its abstract.
  let state = -1;
  labels.forEach((label, s) => {
    if (label !== 'title' && (state < 0 || (best[(n - 1) * k + s] as number) > (best[(n - 1) * k + state] as number))) state = s;
  });
  const path = new Array<ParagraphLabel>(n);
  for (let index = n - 1; index >= 0; index--) {
    path[index] = labels[state] as ParagraphLabel;
    state = back[index * k + state] as number;
  }
  return path;
}
