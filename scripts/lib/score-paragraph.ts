import { categoricalFeatures, type BlockFeatures } from './block-features.ts';
import type { ParagraphKind, ParagraphModel } from './fit-paragraph-model.ts';

/** Log likelihoods of one block under each kind of paragraph. */
export interface ParagraphScores {
  title: number;
  first: number;
  more: number;
}

/** Share of lengths drawn from anywhere rather than the kind's bell curve: one outlier (a 600-character title) stays possible. */
const outlierShare = 0.01;

/** Range of log word counts an outlier is spread over (1 to 10,000 words). */
const outlierRange = Math.log(10_000);

/** Scores a block as a title, a first abstract paragraph and a later one, for {@link segmentParagraphs}. */
export function scoreParagraph(model: ParagraphModel, features: BlockFeatures): ParagraphScores {
  return { title: score(model.title, features), first: score(model.first, features), more: score(model.more, features) };
}

/** Naive-Bayes log likelihood: a heavy-tailed bell curve on log length plus one term per categorical feature. */
function score(kind: ParagraphKind, features: BlockFeatures): number {
  const z = (features.logWords - kind.mean) / kind.sd;
  const bell = Math.exp(-0.5 * z * z) / (kind.sd * Math.sqrt(2 * Math.PI));
  let total = Math.log((1 - outlierShare) * bell + outlierShare / outlierRange);
  for (const feature of categoricalFeatures) total += kind.logChances[feature][features[feature]] ?? -Infinity;
  return total;
}
