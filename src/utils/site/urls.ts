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

/**
 * Address of page `n` of a paginated listing, from the address of its first page:
 * page 1 keeps the listing's own address (`/papers/`), later ones add the number (`/papers/2/`),
 * as Astro's `paginate()` does for a `[...page]` route.
 */
export function listingPageUrl(firstPage: string, n: number): string {
  return n <= 1 ? firstPage : `${firstPage.replace(/\/?$/, '/')}${n}/`;
}

/** Address of the topic taxonomy. */
export const topicsUrl = (): string => withBase('topics/');

/** Address of one topic's page. */
export const topicUrl = (id: string): string => withBase(`topics/${id}/`);

/** Address of one area's page (its topics and papers). */
export const areaUrl = (id: string): string => withBase(`areas/${id}/`);

/** Address of the archive of listing days. */
export const datesUrl = (): string => withBase('dates/');

/** Address of one listing day's papers (`2024-03-14`). */
export const dayUrl = (day: string): string => withBase(`dates/${day}/`);

/** Address of the static BibTeX file of one paper (`/papers/<slug>/cite.bib`). */
export const citeBibUrl = (slug: string): string => withBase(`papers/${slug}/cite.bib`);

/** Address of the authors index, page 1. */
export const authorsUrl = (): string => withBase('authors/');

/** Address of one author's papers. */
export const authorUrl = (slug: string): string => withBase(`authors/${slug}/`);

/** Address of the venues index. */
export const venuesUrl = (): string => withBase('venues/');

/** Address of the years index. */
export const yearsUrl = (): string => withBase('years/');

/** Address of the search page showing the papers with one value of a filter (`venue`, `year`). */
export const filterUrl = (filter: string, value: string): string => `${withBase('search/')}?${new URLSearchParams({ [filter]: value }).toString()}`;

/** The DOI resolver's address for a DOI (`10.1000/xyz` → `https://doi.org/10.1000/xyz`), characters a URL cannot hold escaped. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map((part) => encodeURIComponent(part)).join('/')}`;
}

/** Address of the search page. */
export const searchUrl = (): string => withBase('search/');

/** Address of the atlas map; with a topic id, the map opens with that topic highlighted. */
export const mapUrl = (topic?: string): string => withBase('map/') + (topic === undefined ? '' : `?topic=${encodeURIComponent(topic)}`);

/** Address of one part of a map too large for one page (a tile of src/utils/map/tile-map.ts). */
export const mapTileUrl = (tile: string): string => withBase(`map/${tile}/`);

/** Address of the RSS feed of the collection. */
export const feedUrl = (): string => withBase('rss.xml');

/** Address of the site's social preview image (OpenGraph / Twitter card). */
export const ogImageUrl = (): string => withBase('og.png');

/** Absolute URL of an address produced above, for canonical links, OpenGraph and the sitemap. */
export function absoluteUrl(address: string, site: string | URL): string {
  return new URL(address, site).href;
}
