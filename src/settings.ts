/**
 * Site settings, in one place.
 *
 * `site` and `base` can be overridden at build time without editing this file:
 * `npm run build -- --site https://example.org --base /atlas`, or the
 * `ATLAS_SITE` / `ATLAS_BASE` environment variables (handy in CI).
 */

const env = globalThis.process?.env ?? {};

/** Normalizes a base path to `/` or `/segment` (leading slash, no trailing slash). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

/** Reads a positive whole number from the environment, or the default; anything else stops the build. */
function positiveInteger(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${raw}: not a positive whole number; set it to e.g. ${fallback} or unset it`);
  return value;
}

export const settings = {
  /** Name of the site, shown in the header and in every `<title>`. */
  title: env['ATLAS_TITLE'] || 'Paper Atlas',
  /** One-line description used on the home page and in meta tags. */
  description:
    env['ATLAS_DESCRIPTION'] ||
    'A browsable, searchable atlas of research papers, built from one plain-text document.',
  /** Absolute URL the site is deployed at (used for canonical URLs, sitemap and feeds). */
  site: env['ATLAS_SITE'] || 'https://example.org',
  /** Sub-path the site is served under, e.g. `/atlas` for a GitHub project site. */
  base: normalizeBase(env['ATLAS_BASE']),
  /**
   * Papers per page of `/papers/`, of each topic page and of each day page. It bounds every listing page's
   * size whatever the collection's (100 papers with excerpts gzip to ~15 KB); the tests
   * lower it (`ATLAS_PAGE_SIZE`) so the small bundled document has several pages.
   */
  pageSize: positiveInteger('ATLAS_PAGE_SIZE', 100),
  /**
   * Most papers drawn as points on one map page. A collection up to this size is one map,
   * every paper a point-link; a larger one gets an overview of the whole (density cells and a
   * link per part) and is split into parts of at most this many papers, each a page
   * (src/utils/map/tile-map.ts). A point costs ~50 bytes gzipped, so 1,500 keep a map page
   * under ~90 KB gzipped, inside the 100 KB every other page keeps to (README, "The map").
   */
  mapTileSize: positiveInteger('ATLAS_MAP_TILE_SIZE', 1500),
} as const;
