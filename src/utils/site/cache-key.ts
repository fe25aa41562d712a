import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: the SHA-256 of everything the page shows,
 * given as one JSON-serializable value. Two builds reuse a page only when this key (and the
 * page's code) is unchanged, so every datum the page renders must be in `shown`.
 */
export function cacheKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}

/** A topic as links, chips and the sidebar show it: not its papers, count, description or related topics, which change as papers come. */
export function shownTopic({ id, name, area }: { id: string; name: string; area?: string | undefined }): { id: string; name: string; area: string | undefined } {
  return { id, name, area };
}

/** An area as links, chips and the sidebar show it. */
export function shownArea({ id, name }: { id: string; name: string }): { id: string; name: string } {
  return { id, name };
}

/** A paper as a link to it shows it (RelatedPapers, PrevNext): showing more of it there means adding that here. */
export function shownLink(paper: { slug: string; title: string } | undefined): { slug: string; title: string } | undefined {
  return paper && { slug: paper.slug, title: paper.title };
}

/**
 * What every page that hides the sidebar's counts shows of the collection around its own content:
 * settings, the collection's name, source and listing date, and the sidebar without counts.
 * Nothing here changes when a paper is added.
 */
export function shownChrome(site: {
  settings: unknown;
  atlas: { name: string; source: string; listingDate?: string | undefined };
  days: readonly unknown[];
  topicsByName: ReadonlyArray<{ id: string; name: string; area?: string | undefined }>;
  areas: ReadonlyArray<{ id: string; name: string }>;
}): unknown {
  return {
    settings: site.settings,
    name: site.atlas.name,
    source: site.atlas.source,
    listingDate: site.atlas.listingDate,
    hasDates: site.days.length > 0,
    topics: site.topicsByName.map(shownTopic),
    areas: site.areas.map(shownArea),
  };
}
