import { categoricalFeatures, type BlockFeatures } from './block-features.ts';
import type { ParagraphKind, ParagraphModel } from './paragraph-model.ts';

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

/**
 * Scores a block as a title, a first abstract paragraph and a later one, for
 * {@link segmentParagraphs}; with `broad` (the block's scores under the starting
 * guesses) a small share of each chance is left to those, so a block the document's
 * sharpened kinds never saw is unlikely rather than impossible.
 */
export function scoreParagraph(model: ParagraphModel, features: BlockFeatures, broad?: ParagraphScores): ParagraphScores {
  const own = {
    title: scoreKind(model.title, features),
    first: scoreKind(model.first, features),
    more: logSum(model.logProse + scoreKind(model.more, features), model.logLink + scoreKind(model.link, features)),
  };
  if (broad === undefined) return own;
  return {
    title: logSum(logOwn + own.title, logBroad + broad.title),
    first: logSum(logOwn + own.first, logBroad + broad.first),
    more: logSum(logOwn + own.more, logBroad + broad.more),
  };
}

/**
 * Share of each chance left to the broad starting guesses. Small enough that the
 * document's own kinds decide every block they describe; it only bounds how far a
 * learned chance of zero (no title in 3,000 held a prose word) can count, which holds
 * whatever the document.
 */
const broadShare = 0.02;
const logOwn = Math.log(1 - broadShare);
const logBroad = Math.log(broadShare);

/** A later paragraph is prose or a link line: the log of the sum of their chances. */
function logSum(a: number, b: number): number {
  const top = Math.max(a, b);
  if (top === -Infinity) return top;
  return top + Math.log(Math.exp(a - top) + Math.exp(b - top));
}

/** Log density of a bell curve with a heavy tail, so no single length is impossible. */
function logBell(value: number, mean: number, sd: number): number {
  const z = (value - mean) / sd;
  const bell = Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
  return Math.log((1 - outlierShare) * bell + outlierShare / outlierRange);
}

/** Naive-Bayes log likelihood of a block under one kind: a heavy-tailed bell curve on log length plus one term per categorical feature. */
export function scoreKind(kind: ParagraphKind, features: BlockFeatures): number {
  let total = logBell(features.logWords, kind.mean, kind.sd);
  for (const feature of categoricalFeatures) total += kind.logChances[feature][features[feature]] ?? -Infinity;
  return total;
}
