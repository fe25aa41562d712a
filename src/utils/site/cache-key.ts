import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: the SHA-256 of everything the page shows,
 * given as one JSON-serializable value. Two builds reuse a page only when this key (and the
 * page's code) is unchanged, so every datum the page renders must be in `shown`.
 */
export function cacheKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}

/** A topic or area as a page's navigation shows it: without its papers and their count, which change with every paper added. */
export function withoutMembers<T extends { papers: unknown; count: number }>(item: T): Omit<T, 'papers' | 'count'> {
  const { papers: _papers, count: _count, ...rest } = item;
  return rest;
}
