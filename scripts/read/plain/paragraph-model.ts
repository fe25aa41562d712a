import type { categoricalFeatures } from './block-features.ts';

/** How one kind of paragraph (title, first abstract paragraph, later one) tends to look. */
export interface ParagraphKind {
  /** Mean of the log word count. */
  mean: number;
  /** Standard deviation of the log word count. */
  sd: number;
  /** Log probability of each value of each categorical feature. */
  logChances: Record<(typeof categoricalFeatures)[number], number[]>;
}

/** What a document's titles and abstract paragraphs look like, and how often an abstract runs on. */
export interface ParagraphModel {
  title: ParagraphKind;
  /** The first paragraph of an abstract. */
  first: ParagraphKind;
  /** A later paragraph of an abstract that is prose, at first taken to look like {@link first}. */
  more: ParagraphKind;
  /** A short line after an abstract, such as `Code: https://…`; a later paragraph is either this or {@link more}. */
  link: ParagraphKind;
  /** Log share of later paragraphs that are prose ({@link more}) rather than a link line. */
  logProse: number;
  /** Log share of later paragraphs that are link lines. */
  logLink: number;
  /** How many later paragraphs (prose or link lines) the document has shown. */
  laterSeen: number;
  /** Log probability that an abstract paragraph is followed by another one rather than a title. */
  logContinue: number;
  /** Log probability that an abstract paragraph is followed by a title. */
  logStop: number;
}
