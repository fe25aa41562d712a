import { InputError, type Problem } from '../problem.ts';
import type { SourcePaper } from '../source-paper.ts';
import { splitBlocks } from './split-blocks.ts';
import { splitPapers } from './split-papers.ts';
import { stripChrome } from './strip-chrome.ts';

/** A source document read into papers. */
export interface ParsedDocument {
  papers: SourcePaper[];
  /** The listing date of the page the document was copied from (`Mar 14`), if any. */
  listingDate?: string;
  /** The line of the listing date. */
  listingDateLine?: number;
  /** Guesses the user should check, with line numbers. */
  warnings: Problem[];
  /** Papers whose abstract has more than one paragraph. */
  multiParagraphAbstracts: number;
}

/**
 * Reads a document of `title ⏎⏎ abstract` pairs into papers.
 *
 * Throws an {@link InputError} listing every structural problem (empty
 * document, no papers, titles without abstracts, prose before the first title).
 */
export function parseDocument(text: string, file: string): ParsedDocument {
  const { blocks, chrome, listingDate, listingDateLine } = stripChrome(splitBlocks(text));
  if (blocks.length === 0) {
    throw new InputError([
      chrome.length === 0
        ? { file, line: 0, message: 'the document is empty', hint: 'add papers as a title line, a blank line and an abstract paragraph, repeated' }
        : { file, line: (chrome.at(-1)?.line ?? 0) + 1, message: 'no papers after the page chrome', hint: 'paste the papers (title, blank line, abstract) below the listing header' },
    ]);
  }
  const { papers, warnings, errors } = splitPapers(blocks, file);
  if (errors.length > 0) throw new InputError(errors);
  const parsed: ParsedDocument = { papers, warnings, multiParagraphAbstracts: papers.filter((paper) => paper.paragraphs.length > 1).length };
  if (listingDate !== undefined) parsed.listingDate = listingDate;
  if (listingDateLine !== undefined) parsed.listingDateLine = listingDateLine;
  return parsed;
}
