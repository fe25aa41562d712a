import { blockText, type Block } from './split-blocks.ts';

/** Lines a Hugging Face papers listing puts above the papers when copied as text. */
const chromeLines = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^by\s*ak and the research community$/i,
];

/** A listing date such as `Mar 14`, `March 14, 2024` or `Mar 14 2024`. */
const listingDate =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?$/i;

/** What {@link stripChrome} found above the first paper. */
export interface StrippedDocument {
  /** The blocks after the page chrome: titles and abstracts. */
  blocks: Block[];
  /** The chrome blocks that were dropped. */
  chrome: Block[];
  /** The listing date found in the chrome, as written (e.g. `Mar 14`). */
  listingDate?: string;
  /** The line of the listing date. */
  listingDateLine?: number;
}

/**
 * Drops the page chrome of a papers listing from the top of a document.
 *
 * Only single-line blocks before the first paper that match a known chrome line or
 * a date are dropped, so a document without chrome passes through unchanged.
 */
export function stripChrome(blocks: readonly Block[]): StrippedDocument {
  const chrome: Block[] = [];
  let date: Block | undefined;
  let index = 0;
  for (; index < blocks.length; index++) {
    const block = blocks[index];
    if (block === undefined || block.lines.length !== 1) break;
    const text = blockText(block);
    if (chromeLines.some((pattern) => pattern.test(text))) {
      chrome.push(block);
    } else if (date === undefined && listingDate.test(text)) {
      date = block;
      chrome.push(block);
    } else {
      break;
    }
  }
  const stripped: StrippedDocument = { blocks: blocks.slice(index), chrome };
  if (date !== undefined) {
    stripped.listingDate = blockText(date);
    stripped.listingDateLine = date.line;
  }
  return stripped;
}
