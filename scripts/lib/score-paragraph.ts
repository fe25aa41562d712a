import { categoricalFeatures, type BlockFeatures } from './block-features.ts';
import type { ParagraphKind, ParagraphModel } from './fit-paragraph-model.ts';

/** Log likelihoods of one block under each kind of paragraph. */
export interface ParagraphScores {
  title: number;
  first: number;
  more: number;
}

/** Share of lengths drawn from anywhere rather than the kind's bell curve: one outlier (a 600-character title) stays possible. */
const outlierShare = 0.05;

/** Range of log word counts an outlier is spread over (1 to 10,000 words). */
const outlierRange = Math.log(10_000);

/** Scores a block as a title, a first abstract paragraph and a later one, for {@link segmentParagraphs}. */
export function scoreParagraph(model: ParagraphModel, features: BlockFeatures): ParagraphScores {
  return {
    title: score(model.title, features),
    first: score(model.first, features),
    more: moreScore(score(model.first, features), score(model.link, features)),
  };
}

/** Share of an abstract's later paragraphs that are prose rather than a short link line. */
const proseShare = 0.7;

/** A later paragraph is prose shaped like the document's abstracts, or a link line: the log of their mixture. */
function moreScore(prose: number, link: number): number {
  const a = Math.log(proseShare) + prose;
  const b = Math.log(1 - proseShare) + link;
  const top = Math.max(a, b);
  return top + Math.log(Math.exp(a - top) + Math.exp(b - top));
}

/** Log density of a bell curve with a heavy tail, so no single length is impossible. */
function logBell(value: number, mean: number, sd: number): number {
  const z = (value - mean) / sd;
  const bell = Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
  return Math.log((1 - outlierShare) * bell + outlierShare / outlierRange);
}

/** Naive-Bayes log likelihood: a heavy-tailed bell curve on log length plus one term per categorical feature. */
function score(kind: ParagraphKind, features: BlockFeatures): number {
  let total = logBell(features.logWords, kind.mean, kind.sd);
  for (const feature of categoricalFeatures) total += kind.logChances[feature][features[feature]] ?? -Infinity;
  return total;
}
