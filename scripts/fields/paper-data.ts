// fields stage: takes a parsed paper, gives its fields: slug, short name, code and project links, tidied abstract, word counts, and what its export says (authors, venue, year, DOI, keywords, citation).
import type { PaperData } from '../../src/schemas/paper.ts';
import { extractLinks } from './extract-links.ts';
import { extractShortName } from './extract-short-name.ts';
import { countWords, firstSentence, readingMinutes } from './measure-text.ts';
import type { SourcePaper } from '../read/source-paper.ts';
import { citationFields } from './citation-fields.ts';
import type { AuthorPerson } from './collection-people.ts';
import { formatCitation } from './format-citation.ts';
import { tidyLatex } from './tidy-latex.ts';
import { plainTex } from '../../src/utils/math/plain-tex.ts';

/** What a paper's page data needs beyond its own text. */
export interface PaperPlace {
  slug: string;
  /** 1-based position in the document. */
  order: number;
  /** Topic ids, main topic first. */
  topics: string[];
  /** ISO day of the paper's first dated listing, if any. */
  listed?: string | undefined;
  /** The person each of the record's named authors is, in order (see collectionPeople). */
  people?: readonly AuthorPerson[];
}

/**
 * Derives a paper's frontmatter fields from its text, its export's record and its place in
 * the collection. A paper of a plain document is cited as an `article` with its title alone.
 */
export function paperData(paper: SourcePaper, place: PaperPlace): PaperData {
  const words = countWords(paper.abstract);
  const csl = paper.csl ?? { type: 'article', title: paper.title };
  const cited = paper.csl === undefined ? undefined : citationFields(csl);
  const data: PaperData = {
    title: paper.title,
    slug: place.slug,
    order: place.order,
    sourceLine: paper.line,
    // Plain text, formulas and text commands as a reader reads them (`$\ell_1$` → `ℓ₁`), for meta descriptions and excerpts.
    description: firstSentence(plainTex(paper.paragraphs[0] ?? '', tidyLatex)),
    links: extractLinks(paper.abstract),
    wordCount: words,
    readingMinutes: readingMinutes(words),
    topics: place.topics,
    ...(place.listed === undefined ? {} : { listed: place.listed }),
    ...(cited === undefined
      ? {}
      : {
          ...(cited.authors.length === 0
            ? {}
            : { authors: cited.authors.map((author, index) => withPerson(author, place.people?.[index])) }),
          ...(cited.venue === undefined ? {} : { venue: cited.venue }),
          ...(cited.year === undefined ? {} : { year: cited.year }),
          ...(cited.month === undefined ? {} : { month: cited.month }),
          ...(cited.doi === undefined ? {} : { doi: cited.doi }),
          ...(cited.url === undefined ? {} : { url: cited.url }),
          ...(cited.keywords.length === 0 ? {} : { keywords: cited.keywords }),
          ...(cited.keywordsPlus.length === 0 ? {} : { keywordsPlus: cited.keywordsPlus }),
          entryType: cited.entryType,
        }),
    ...(paper.paragraphs.length === 0 ? { noAbstract: true as const } : {}),
    csl,
    cite: formatCitation(csl, place.slug),
  };
  const shortName = extractShortName(paper.title);
  if (shortName === undefined) return data;
  // Keep the key order of the schema so files read naturally.
  const { title, slug, ...rest } = data;
  return { title, slug, shortName, ...rest };
}

/** An author with their person's page, the person's name where this paper writes it otherwise, and their ORCID iD. */
function withPerson(author: { name: string; family: string }, person: AuthorPerson | undefined): NonNullable<PaperData['authors']>[number] {
  return {
    ...author,
    slug: person?.slug ?? '',
    ...(person === undefined || person.name === author.name ? {} : { person: person.name }),
    ...(person?.orcid === undefined ? {} : { orcid: person.orcid }),
  };
}
