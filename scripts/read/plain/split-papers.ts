import type { Problem } from '../problem.ts';
import type { SourcePaper } from '../source-paper.ts';
import { blockFeatures } from './block-features.ts';
import { fitParagraphModel, priorWeight } from './fit-paragraph-model.ts';
import type { ParagraphModel } from './paragraph-model.ts';
import { scoreParagraph, type ParagraphScores } from './score-paragraph.ts';
import { readingScore, segmentParagraphs, type ParagraphLabel, type Segmentation } from './segment-paragraphs.ts';
import { blockText, type Block } from './split-blocks.ts';

/** Papers and the problems met while pairing titles with abstracts. */
export interface SplitResult {
  papers: SourcePaper[];
  /** Structure that was resolved by a guess the user should check. */
  warnings: Problem[];
  /** Structure that cannot be resolved: the build stops. */
  errors: Problem[];
}

/**
 * Log-likelihood margin (a factor of about 55) past which a one-paragraph abstract
 * reads plainly as a title (a short sentence is a fine abstract; `No abstract
 * available` is not). It only decides whether to warn, never the reading; measured
 * against the document's own kinds it warns on at most a few blocks in 1,000 of the
 * generated strict-alternation documents.
 */
const clearly = 4;

/**
 * Chance, over all readings of the document, that a block kept in an abstract is
 * something else, past which the user is asked to check it. The chance comes from
 * the document's own fitted model, so a document with many link lines or
 * multi-paragraph abstracts learns they are normal and stays quiet.
 */
const doubtLimit = 0.05;

/** Times the model is refitted to the document's own segmentation; the second refit rarely changes anything. */
const refits = 2;

/**
 * Pairs blocks into papers: a title block, then its abstract of one or more paragraphs.
 *
 * The whole document is segmented at once ({@link segmentParagraphs}): starting from
 * broad guesses, the model learns from the document how its titles and abstracts
 * differ (length, final full stop, sentences, links, capitals), so a document whose
 * titles all end in a full stop still alternates title, abstract. A paragraph kept in
 * an abstract although it is shaped like a title is a warning; a title with no
 * abstract, or prose before the first title, is an error.
 */
export function splitPapers(blocks: readonly Block[], file: string): SplitResult {
  const texts = blocks.map(blockText);
  const features = texts.map(blockFeatures);
  let model = fitParagraphModel(features);
  // Scores under the starting guesses, kept as a floor for the sharpened model and as the judge of errors.
  const broad = features.map((block) => scoreParagraph(model, block));
  let scores = broad;
  let segmentation = segmentParagraphs(scores, model.logContinue, model.logStop) as Segmentation;
  for (let round = 1; round <= refits; round++) {
    model = fitParagraphModel(features, segmentation.labels, model);
    scores = features.map((block, index) => scoreParagraph(model, block, broad[index]));
    segmentation = segmentParagraphs(scores, model.logContinue, model.logStop) as Segmentation;
  }
  const { labels, doubt } = preferValid(segmentation, scores, broad, model);

  const result: SplitResult = { papers: [], warnings: [], errors: [] };
  labels.forEach((label, index) => {
    const block = blocks[index] as Block;
    const text = texts[index] as string;
    const last = result.papers.at(-1);
    if (label === 'title') {
      result.papers.push({ title: text, paragraphs: [], abstract: '', line: block.line });
    } else if (label === 'orphan') {
      result.errors.push({
        file,
        line: block.line,
        message: `title "${excerpt(text)}" has no abstract`,
        hint: 'add its abstract as the next paragraph after a blank line, or delete the title',
      });
    } else if (label === 'prose' || last === undefined) {
      result.errors.push({
        file,
        line: block.line,
        message: `expected a paper title, found prose ("${excerpt(text)}")`,
        hint: 'start the document with a title line, a blank line and its abstract; remove any other text above the first title',
      });
    } else {
      const score = scores[index] as ParagraphScores;
      // Kept in an abstract while other readings of the document remain likely; or shaped
      // more like a title than like an abstract in a document that has shown too few later
      // paragraphs for them to be its habit (a lone link line in a small document).
      const doubtful = (doubt[index] as number) > doubtLimit;
      if (label === 'first' && (doubtful || score.title - score.first > clearly)) {
        result.warnings.push({
          file,
          line: block.line,
          message: `the abstract of "${excerpt(last.title)}" looks like a title ("${excerpt(text)}")`,
          hint: 'it was kept as the abstract; check that no title or abstract is missing around here',
        });
      } else if (label === 'more' && (doubtful || (score.title > score.first && model.laterSeen < priorWeight))) {
        result.warnings.push({
          file,
          line: block.line,
          message: `"${excerpt(text)}" could be a title without an abstract or the end of the abstract above`,
          hint: 'it was kept as the last paragraph of the abstract above; if it is a title, give it an abstract',
        });
      }
      last.paragraphs.push(text);
      last.abstract = last.paragraphs.join('\n\n');
    }
  });
  return result;
}

/**
 * Replaces a reading with a title that has no abstract by the best reading in which
 * every title has one, unless even the broad starting guesses (which know nothing of
 * this document's sharpened shapes) find that reading less likely than a broken
 * document. An error stops the build, so it must not rest on how sharply the model
 * learned this document; the blocks that change are marked as doubtful.
 */
function preferValid(segmentation: Segmentation, scores: readonly ParagraphScores[], broad: readonly ParagraphScores[], model: ParagraphModel): Segmentation {
  if (!segmentation.labels.includes('orphan')) return segmentation;
  const valid = segmentParagraphs(scores, model.logContinue, model.logStop, false);
  if (valid === undefined) return segmentation;
  const score = (labels: readonly ParagraphLabel[]) => readingScore(broad, labels, model.logContinue, model.logStop);
  if (score(valid.labels) < score(segmentation.labels)) return segmentation;
  return { labels: valid.labels, doubt: valid.doubt.map((doubt, index) => (valid.labels[index] === segmentation.labels[index] ? doubt : 1)) };
}

/** Shortens text for a message. */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
