import { blockFeatures, type BlockFeatures } from './block-features.ts';
import { fitParagraphModel } from './fit-paragraph-model.ts';
import type { Problem } from './problem.ts';
import { scoreParagraph } from './score-paragraph.ts';
import { segmentParagraphs, type ParagraphLabel } from './segment-paragraphs.ts';
import { blockText, type Block } from './split-blocks.ts';

/** One paper as it stands in the source document. */
export interface SourcePaper {
  /** The title, white space folded. */
  title: string;
  /** The abstract's paragraphs, white space folded inside each. */
  paragraphs: string[];
  /** The abstract: its paragraphs separated by a blank line. */
  abstract: string;
  /** 1-based line of the title. */
  line: number;
}

/** Papers and the problems met while pairing titles with abstracts. */
export interface SplitResult {
  papers: SourcePaper[];
  /** Structure that was resolved by a guess the user should check. */
  warnings: Problem[];
  /** Structure that cannot be resolved: the build stops. */
  errors: Problem[];
}

/**
 * Log-likelihood margin past which a one-paragraph abstract reads plainly as a title
 * (a short sentence is a fine abstract; `No abstract available` is not).
 */
const clearly = 4;

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
  let labels: ParagraphLabel[] = [];
  for (let round = 0; round <= refits; round++) {
    if (round > 0) model = fitParagraphModel(features, labels);
    labels = segmentParagraphs(
      features.map((block) => scoreParagraph(model, block)),
      model.logContinue,
      model.logStop,
    );
  }

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
      const score = scoreParagraph(model, features[index] as BlockFeatures);
      // Shaped more like a title than like the opening of an abstract: a merge the user should see.
      const titleShaped = score.title > score.first;
      const runsOn = labels[index + 1] === 'more';
      if (label === 'first' && titleShaped && (runsOn || score.title - score.first > clearly)) {
        result.warnings.push({
          file,
          line: block.line,
          message: `the abstract of "${excerpt(last.title)}" looks like a title ("${excerpt(text)}")`,
          hint: 'it was kept as the abstract; check that no title or abstract is missing around here',
        });
      } else if (label === 'more' && titleShaped) {
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

/** Shortens text for a message. */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
