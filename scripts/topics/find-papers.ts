/** A paper as a person may name it on the command line. */
export interface FindablePaper {
  title: string;
  /** The paper's address slug (`ladder-side-tuning-…`). */
  slug: string;
  /** The method's short name (`LST`), when the title has one. */
  shortName?: string | undefined;
}

/**
 * Indices of the papers a query names: an exact slug, else an exact short name (any
 * case), else every title containing the query (any case, any white space).
 */
export function findPapers(papers: ReadonlyArray<FindablePaper>, query: string): number[] {
  const wanted = fold(query);
  const indices = (test: (paper: FindablePaper) => boolean): number[] =>
    papers.flatMap((paper, index) => (test(paper) ? [index] : []));
  const bySlug = indices((paper) => paper.slug === query.trim());
  if (bySlug.length > 0) return bySlug;
  const byShortName = indices((paper) => paper.shortName !== undefined && fold(paper.shortName) === wanted);
  if (byShortName.length > 0) return byShortName;
  return wanted === '' ? [] : indices((paper) => fold(paper.title).includes(wanted));
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
