import { looksLikeTitle } from './looks-like-title.ts';
import type { Problem } from './problem.ts';
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
 * Pairs blocks into papers: a title block, then its abstract.
 *
 * A block after an abstract that does not look like a title continues that
 * abstract as another paragraph (hard-wrapped lines are already joined by
 * {@link blockText}). A title followed by another title and then prose has no
 * abstract: that is an error, since dropping or merging it would lose a paper.
 */
export function splitPapers(blocks: readonly Block[], file: string): SplitResult {
  const result: SplitResult = { papers: [], warnings: [], errors: [] };
  const texts = blocks.map(blockText);
  const isTitle = texts.map(looksLikeTitle);
  let index = 0;

  while (index < blocks.length) {
    const block = blocks[index] as Block;
    const text = texts[index] as string;
    const last = result.papers.at(-1);

    if (!isTitle[index]) {
      if (last === undefined) {
        result.errors.push({
          file,
          line: block.line,
          message: `expected a paper title, found prose ("${excerpt(text)}")`,
          hint: 'start the document with a title line, a blank line and its abstract; remove any other text above the first title',
        });
      } else {
        addParagraph(last, text);
      }
      index++;
      continue;
    }

    const next = blocks[index + 1];
    if (next === undefined) {
      result.errors.push(noAbstract(file, block, text));
      index++;
      continue;
    }

    if (isTitle[index + 1]) {
      const after = blocks[index + 2];
      if (after !== undefined && !isTitle[index + 2]) {
        // Title, title, prose: the first title lost its abstract, unless it is a
        // short trailing line of the previous abstract such as "Code: https://…".
        if (last !== undefined && /https?:\/\//.test(text)) {
          addParagraph(last, text);
          result.warnings.push({
            file,
            line: block.line,
            message: `"${excerpt(text)}" could be a title without an abstract or the end of the abstract above`,
            hint: 'it was kept as the last paragraph of the abstract above; if it is a title, give it an abstract',
          });
        } else {
          result.errors.push(noAbstract(file, block, text));
        }
        index++;
        continue;
      }
      result.warnings.push({
        file,
        line: next.line,
        message: `the abstract of "${excerpt(text)}" looks like a title ("${excerpt(texts[index + 1] as string)}")`,
        hint: 'it was kept as the abstract; check that no title or abstract is missing around here',
      });
    }

    const abstract = texts[index + 1] as string;
    result.papers.push({ title: text, paragraphs: [abstract], abstract, line: block.line });
    index += 2;
  }

  return result;
}

/** Appends a paragraph to a paper's abstract. */
function addParagraph(paper: SourcePaper, text: string): void {
  paper.paragraphs.push(text);
  paper.abstract = paper.paragraphs.join('\n\n');
}

/** The problem of a title with no abstract after it. */
function noAbstract(file: string, block: Block, text: string): Problem {
  return {
    file,
    line: block.line,
    message: `title "${excerpt(text)}" has no abstract`,
    hint: 'add its abstract as the next paragraph after a blank line, or delete the title',
  };
}

/** Shortens text for a message. */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
