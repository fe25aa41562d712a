import { categoricalFeatures, featureSizes, type BlockFeatures } from './block-features.ts';
import type { ParagraphKind, ParagraphModel } from './paragraph-model.ts';
import { scoreKind } from './score-paragraph.ts';
import type { ParagraphLabel } from './segment-paragraphs.ts';

/** A kind's starting guess: a typical length in words, its spread (in log words) and the chances of each feature value. */
interface Prior {
  words: number;
  sd: number;
  chances: Record<(typeof categoricalFeatures)[number], number[]>;
}

/**
 * Broad starting guesses that hold across fields: titles are short single sentences
 * that seldom end in a full stop, abstracts are longer prose; later paragraphs are
 * either prose or short link lines. The document then sharpens the first two.
 */
const priors: Record<'title' | 'first' | 'link', Prior> = {
  title: { words: 10, sd: 0.6, chances: { end: [0.2, 0.05, 0.02, 0.73], sentences: [0.85, 0.13, 0.015, 0.005], url: [0.99, 0.01], capitals: [0.25, 0.2, 0.55], proseWords: [0.7, 0.28, 0.02] } },
  first: { words: 120, sd: 0.9, chances: { end: [0.88, 0.01, 0.01, 0.1], sentences: [0.12, 0.1, 0.1, 0.68], url: [0.9, 0.1], capitals: [0.75, 0.2, 0.05], proseWords: [0.03, 0.12, 0.85] } },
  link: { words: 5, sd: 0.7, chances: { end: [0.3, 0.01, 0.01, 0.68], sentences: [0.9, 0.08, 0.01, 0.01], url: [0.03, 0.97], capitals: [0.3, 0.5, 0.2], proseWords: [0.5, 0.4, 0.1] } },
};

/** Chance that an abstract runs on into another paragraph, before the document says otherwise. */
const priorContinue = 0.03;

/** Share of an abstract's later paragraphs that are prose rather than a short link line, before the document says otherwise. */
const priorProse = 0.7;

/** How many made-up observations the starting guesses are worth: small documents lean on them, large ones on themselves. */
export const priorWeight = 20;

/** The least spread of a learned length: a document of identical lengths must not make every other length impossible. */
const minSd = 0.2;

/**
 * Fits the paragraph model to a document segmented as `labels`, or returns the
 * starting guesses when there are no labels yet.
 *
 * Each estimate blends the starting guess (worth {@link priorWeight} observations)
 * with what the document shows, so a document whose titles all end in a full stop
 * teaches that they do, while a three-paper document still reads sensibly.
 */
export function fitParagraphModel(features: readonly BlockFeatures[], labels?: readonly ParagraphLabel[], previous?: ParagraphModel): ParagraphModel {
  const groups: Record<'title' | 'first' | 'more' | 'link', BlockFeatures[]> = { title: [], first: [], more: [], link: [] };
  let from = 0;
  labels?.forEach((label, index) => {
    const block = features[index] as BlockFeatures;
    if (label === 'title' || label === 'orphan') groups.title.push(block);
    else if (label === 'first' || label === 'prose') groups.first.push(block);
    else if (label === 'more') {
      // A later paragraph teaches whichever of prose and link line it resembles more.
      const link = previous !== undefined && previous.logLink + scoreKind(previous.link, block) > previous.logProse + scoreKind(previous.more, block);
      groups[link ? 'link' : 'more'].push(block);
    }
    if ((label === 'first' || label === 'more') && index + 1 < labels.length) from++;
  });
  const more = groups.more.length + groups.link.length;
  // Both rates are counted in the document: in one whose abstracts are all a single
  // paragraph, running on becomes expensive, so a title ending in a full stop is not
  // swallowed by the abstract above it.
  const chance = Math.min(0.5, Math.max(0.0001, (priorWeight * priorContinue + more) / (priorWeight + from)));
  const prose = (priorWeight * priorProse + groups.more.length) / (priorWeight + more);
  const first = fitKind(priors.first, groups.first);
  return {
    title: fitKind(priors.title, groups.title),
    first,
    // Later prose paragraphs start out like the document's first paragraphs, then learn their own shape.
    more: fitKind(asPrior(first), groups.more),
    link: fitKind(priors.link, groups.link),
    laterSeen: more,
    logProse: Math.log(prose),
    logLink: Math.log(1 - prose),
    logContinue: Math.log(chance),
    logStop: Math.log(1 - chance),
  };
}

/** A fitted kind as the starting guess of another. */
function asPrior(kind: ParagraphKind): Prior {
  const chances = Object.fromEntries(categoricalFeatures.map((feature) => [feature, kind.logChances[feature].map(Math.exp)])) as Prior['chances'];
  return { words: Math.exp(kind.mean), sd: kind.sd, chances };
}

/** Blends a kind's prior with the blocks labelled as that kind. */
function fitKind(prior: Prior, blocks: readonly BlockFeatures[]): ParagraphKind {
  const n = blocks.length;
  const { mean, sd } = fitSpread(Math.log(prior.words), prior.sd, blocks.map((block) => block.logWords));
  const logChances = Object.fromEntries(
    categoricalFeatures.map((feature) => {
      const counts = new Array<number>(featureSizes[feature]).fill(0);
      for (const block of blocks) counts[block[feature]] = (counts[block[feature]] ?? 0) + 1;
      return [feature, prior.chances[feature].map((chance, value) => Math.log((priorWeight * chance + (counts[value] ?? 0)) / (priorWeight + n)))];
    }),
  ) as ParagraphKind['logChances'];
  return { mean, sd, logChances };
}

/**
 * Blends a prior centre and spread with the median and median absolute deviation of
 * `values`: robust, so a few 1,000-character titles do not widen what a title's
 * length may be (the scorer's heavy tail keeps them possible).
 */
function fitSpread(priorMean: number, priorSd: number, values: readonly number[]): { mean: number; sd: number } {
  const n = values.length;
  if (n === 0) return { mean: priorMean, sd: priorSd };
  const centre = median(values);
  const spread = 1.4826 * median(values.map((value) => Math.abs(value - centre)));
  const mean = (priorWeight * priorMean + n * centre) / (priorWeight + n);
  const variance = (priorWeight * (priorSd ** 2 + (priorMean - mean) ** 2) + n * (spread ** 2 + (centre - mean) ** 2)) / (priorWeight + n);
  return { mean, sd: Math.max(minSd, Math.sqrt(variance)) };
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
