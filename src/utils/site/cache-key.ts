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
