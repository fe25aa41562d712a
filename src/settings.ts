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
} as const;
