import type { CslItem } from '../../src/schemas/paper.ts';

/** One paper as it stands in the source document. */
export interface SourcePaper {
  /** The title, white space folded. */
  title: string;
  /** The abstract's paragraphs, white space folded inside each. */
  paragraphs: string[];
  /** The abstract: its paragraphs separated by a blank line. */
  abstract: string;
  /** 1-based line of the title (of the record, in an export). */
  line: number;
  /** The record as CSL JSON, without its abstract, when the paper comes from a bibliographic export. */
  csl?: CslItem;
}
