// read stage: takes one or several sources' text (plain documents, BibTeX, RIS, CSL JSON, MEDLINE, Web of Science), gives their papers (title, abstract paragraphs, line, listing day, the export's record), every paper once, or every problem found, located by line.
import { bibtexStrings } from './exports/read-bibtex.ts';
import { detectFormat, type InputFormat } from './detect-format.ts';
import { listingDay } from './listing-day.ts';
import { readSource } from './read-source.ts';
import { InputError, type Problem } from './problem.ts';
import type { SourcePaper } from './source-paper.ts';

/** One source document's text and the path it was read from. */
export interface SourceText {
  file: string;
  text: string;
}

/** A paper of the collection: where it was first listed, and when. */
export interface ListedPaper extends SourcePaper {
  /** The document it was first listed in. */
  file: string;
  /** ISO day of its first dated listing, if any listing of it has a date. */
  listed?: string;
}

/** What the reader saw: the document (or `N documents`), abstracts with several paragraphs, repeated listings merged. */
export interface ReadSummary {
  file: string;
  multiParagraphAbstracts: number;
  repeats: number;
  /** The format of each source read, in order (see detectFormat). */
  formats?: InputFormat[];
}

/** Several listings read into one collection. */
export interface Listings {
  /** Every paper once, in reading order: documents in the order given, papers in document order. */
  papers: ListedPaper[];
  /** The chrome's listing date as written (`Mar 14`), for a single document that has one. */
  listingDate?: string;
  /** Guesses and repeats the user should check, with line numbers. */
  warnings: Problem[];
  /** How many documents were read. */
  documents: number;
  /** Papers whose abstract has more than one paragraph. */
  multiParagraphAbstracts: number;
  /** Listings of a paper already read from an earlier document, merged into it. */
  repeats: number;
  /** The format each source was read in, in the order given. */
  formats: InputFormat[];
}

/**
 * Reads listings into one collection: each document parsed on its own (in its format, see
 * readSource), dated from its chrome and file name, and papers listed on several days, or
 * in several exports, merged into one.
 *
 * A paper is the same when its DOI is, if both records have one, else when its title is,
 * ignoring case, spacing and punctuation. It keeps
 * its first listing's title (so its address is what that title alone gives), place and
 * earliest date; a later listing's different abstract replaces the earlier one, with a
 * warning naming both places. Same-title papers within one document stay separate, as
 * in a single document. Between two exports the earlier record stands, abstract included,
 * and the later one only fills the fields it lacks (an abstract too), without a warning. Throws one {@link InputError} with every document's problems;
 * an export that cannot be read at all only when no source gives a paper, else it is a warning.
 */
export function readListings(sources: readonly SourceText[], options: { year?: number | undefined } = {}): Listings {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const papers: ListedPaper[] = [];
  const byTitle = new Map<string, ListedPaper>();
  const byDoi = new Map<string, ListedPaper>();
  // The day of the listing each merged paper's abstract comes from, so the latest listing wins whatever order the files come in.
  const abstractDay = new Map<ListedPaper, string | undefined>();
  let listingDate: string | undefined;
  let repeats = 0;
  const formats: InputFormat[] = [];
  // An export that cannot be read at all is skipped, with a warning, while another source gives papers.
  const unreadable = new Map<Problem, Problem>();
  // Macros of every BibTeX file, so a companion `strings.bib` serves the others, in whatever order they come.
  const strings = Object.assign({}, ...sources.filter(({ file, text }) => detectFormat(file, text) === 'bibtex').map(({ text }) => bibtexStrings(text))) as Record<string, string>;

  for (const { file, text } of sources) {
    let document: ReturnType<typeof readSource>;
    try {
      document = readSource(text, file, { bibtex: { strings } });
      formats.push(document.format);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      if (detectFormat(file, text) === 'document') {
        errors.push(...error.problems);
      } else {
        for (const problem of error.problems) {
          const skipped = { ...problem, message: `${problem.message}, so the file was skipped` };
          unreadable.set(skipped, problem);
          warnings.push(skipped);
        }
      }
      continue;
    }
    const dated = listingDay({ file, chromeDate: document.listingDate, chromeLine: document.listingDateLine, year: options.year });
    if (dated.error !== undefined) errors.push(dated.error);
    // One document without a year builds exactly as before; in a series, an undated day is worth a word.
    if (dated.missingYear !== undefined && sources.length > 1) warnings.push(dated.missingYear);
    if (sources.length === 1 && document.listingDate !== undefined) listingDate = document.listingDate;
    warnings.push(...document.warnings);

    const seenHere = new Map<string, ListedPaper>();
    const doisHere = new Map<string, ListedPaper>();
    for (const paper of document.papers) {
      // A title of symbols alone has no key: it is never taken for another paper.
      const key = titleKey(paper.title) || `\u0000${file}:${paper.line}`;
      const doi = doiKey(paper.csl?.DOI);
      const sameTitle = byTitle.get(key);
      // Two records with different DOIs are different papers, whatever their titles.
      const earlier = (doi === undefined ? undefined : byDoi.get(doi)) ?? (sameTitle !== undefined && !differentDois(sameTitle, doi) ? sameTitle : undefined);
      if (earlier === undefined) {
        const listed: ListedPaper = { ...paper, paragraphs: [...paper.paragraphs], file, ...(dated.day === undefined ? {} : { listed: dated.day }) };
        papers.push(listed);
        abstractDay.set(listed, dated.day);
        if (!seenHere.has(key)) seenHere.set(key, listed);
        if (doi !== undefined && !doisHere.has(doi)) doisHere.set(doi, listed);
        continue;
      }
      repeats += 1;
      // Between exports the earlier record's fields stand, its abstract too (exports of one paper differ in
      // copyright lines and truncation, not in substance); a later record fills the fields it lacks.
      const bothExports = earlier.csl !== undefined && paper.csl !== undefined;
      if (paper.csl !== undefined) earlier.csl = { ...paper.csl, ...earlier.csl };
      if (earlier.paragraphs.length === 0 && paper.paragraphs.length > 0) {
        earlier.paragraphs = [...paper.paragraphs];
        earlier.abstract = paper.abstract;
        abstractDay.set(earlier, dated.day);
      }
      if (paper.paragraphs.length === 0 || bothExports) continue;
      if (dated.day !== undefined && (earlier.listed === undefined || dated.day < earlier.listed)) earlier.listed = dated.day;
      if (earlier.abstract !== paper.abstract) {
        const kept = abstractDay.get(earlier);
        const later = dated.day === undefined || kept === undefined || dated.day >= kept;
        warnings.push({
          file,
          line: paper.line,
          message: `"${paper.title}" was listed before at ${earlier.file}:${earlier.line} with a different abstract`,
          hint: `the abstract of the later listing${later ? ', this one,' : ''} is used; check that it is the same paper`,
        });
        if (later) {
          earlier.paragraphs = [...paper.paragraphs];
          earlier.abstract = paper.abstract;
          abstractDay.set(earlier, dated.day ?? kept);
        }
      }
    }
    for (const [key, paper] of seenHere) byTitle.set(key, paper);
    for (const [doi, paper] of doisHere) byDoi.set(doi, paper);
  }

  if (errors.length > 0) throw new InputError([...errors, ...unreadable.values()]);
  if (papers.length === 0) {
    // Nothing to build: every problem met says why, each skipped record's too.
    const reasons = warnings.map((warning) => unreadable.get(warning) ?? warning);
    throw new InputError(reasons.length > 0 ? reasons : [{ file: sources.map((source) => source.file).join(', '), line: 0, message: 'no source has a paper that can be read', hint: 'build with a document of papers or an export with records' }]);
  }
  const multiParagraphAbstracts = papers.filter((paper) => paper.paragraphs.length > 1).length;
  const listings: Listings = { papers, warnings, documents: sources.length, multiParagraphAbstracts, repeats, formats };
  if (listingDate !== undefined) listings.listingDate = listingDate;
  return listings;
}

/** A DOI as compared across exports: case and a `https://doi.org/` or `doi:` prefix ignored. */
export function doiKey(doi: string | undefined): string | undefined {
  const key = doi
    ?.trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, '');
  return key === undefined || key === '' ? undefined : key;
}

/** Whether a paper and a DOI are known to differ: both have a DOI, and they are not the same. */
function differentDois(paper: ListedPaper, doi: string | undefined): boolean {
  const own = doiKey(paper.csl?.DOI);
  return own !== undefined && doi !== undefined && own !== doi;
}

/** A title as compared across listings: case, spacing and punctuation ignored. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
