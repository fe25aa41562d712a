import type { Taxonomy } from '../../src/schemas/taxonomy.ts';

/** What the previous build left in the content folder: the taxonomy it used and its papers' slugs. */
export interface PreviousBuild {
  taxonomy: Taxonomy;
  papers: ReadonlySet<string>;
}

/** The taxonomy file a build starts from, and a hash of its bytes. */
export interface TaxonomySource {
  file: string;
  sha256: string;
}

/** Share of the papers the automatic topics were made from that may come or go before they are made afresh. */
const drift = 0.1;

/**
 * The previous build's taxonomy, when its automatic topics should be kept for this build:
 * it made them from the same taxonomy file, unchanged, and since then at most 10% of the
 * papers they were made from have come or gone (counting the papers added and removed
 * since the previous build, and how far the collection's size has moved from theirs).
 * Adding a few papers then renames and renumbers nothing, and moves no other paper; a
 * collection that keeps growing gets topics made afresh once it has grown by a tenth.
 * `slugs` are this build's papers. Returns the taxonomy and a line saying what was kept.
 */
export function keptTopics(previous: PreviousBuild | undefined, source: TaxonomySource, slugs: readonly string[]): { taxonomy: Taxonomy; note: string } | undefined {
  const made = previous?.taxonomy.made;
  if (previous === undefined || made === undefined || made.automatic.length === 0) return undefined;
  if (made.from !== source.file || made.sha256 !== source.sha256) return undefined;
  const current = new Set(slugs);
  const added = slugs.filter((slug) => !previous.papers.has(slug)).length;
  const removed = [...previous.papers].filter((slug) => !current.has(slug)).length;
  const room = drift * made.papers;
  if (added + removed > room || Math.abs(current.size - made.papers) > room) return undefined;
  const since = added + removed === 0 ? 'the same papers' : `${added} papers added and ${removed} removed since the previous build`;
  return {
    taxonomy: previous.taxonomy,
    note: `kept the ${made.automatic.length} automatic topics made from ${made.papers} papers (${since}); --fresh-topics makes them afresh`,
  };
}
