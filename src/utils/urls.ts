/**
 * The one place that knows how the site's addresses are formed.
 *
 * Every internal link goes through {@link withBase}, so the site works when it
 * is deployed under a sub-path (`--base /atlas`). Addresses end in a slash to
 * match `trailingSlash: 'always'` in `astro.config.mjs`.
 */

/** Joins a base path (`/`, `/atlas` or `/atlas/`) and a site path (`papers/x/`) into `/atlas/papers/x/`. */
export function joinBase(base: string, path: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return prefix + path.replace(/^\/+/, '');
}

/** A site path (`topics/`) as an address that honours Astro's `base`. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Address of the home page. */
export const homeUrl = (): string => withBase('');

/** Address of the list of all papers. */
export const papersUrl = (): string => withBase('papers/');

/** Address of one paper's page. */
export const paperUrl = (slug: string): string => withBase(`papers/${slug}/`);

/** Address of the topic taxonomy. */
export const topicsUrl = (): string => withBase('topics/');

/** Address of one topic's page. */
export const topicUrl = (id: string): string => withBase(`topics/${id}/`);

/** Address of the search page. */
export const searchUrl = (): string => withBase('search/');

/** Absolute URL of an address produced above, for canonical links, OpenGraph and the sitemap. */
export function absoluteUrl(address: string, site: string | URL): string {
  return new URL(address, site).href;
}
