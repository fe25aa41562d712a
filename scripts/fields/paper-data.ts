// fields stage: takes a parsed paper, gives its fields: slug, short name, code and project links, tidied abstract, word counts.
import type { PaperData } from '../../src/schemas/paper.ts';
import { extractLinks } from './extract-links.ts';
import { extractShortName } from './extract-short-name.ts';
import { countWords, firstSentence, readingMinutes } from './measure-text.ts';
import type { SourcePaper } from '../read/split-papers.ts';
import { tidyLatex } from './tidy-latex.ts';

/** What a paper's page data needs beyond its own text. */
export interface PaperPlace {
  slug: string;
  /** 1-based position in the document. */
  order: number;
  /** Topic ids, main topic first. */
  topics: string[];
  /** ISO day of the paper's first dated listing, if any. */
  listed?: string | undefined;
}

/** Derives a paper's frontmatter fields from its text and its place in the collection. */
export function paperData(paper: SourcePaper, place: PaperPlace): PaperData {
  const words = countWords(paper.abstract);
  const data: PaperData = {
    title: paper.title,
    slug: place.slug,
    order: place.order,
    sourceLine: paper.line,
    description: firstSentence(tidyLatex(paper.paragraphs[0] ?? '')),
    links: extractLinks(paper.abstract),
    wordCount: words,
    readingMinutes: readingMinutes(words),
    topics: place.topics,
    ...(place.listed === undefined ? {} : { listed: place.listed }),
  };
  const shortName = extractShortName(paper.title);
  if (shortName === undefined) return data;
  // Keep the key order of the schema so files read naturally.
  const { title, slug, ...rest } = data;
  return { title, slug, shortName, ...rest };
}
