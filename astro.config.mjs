// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { afterBuild } from './src/integrations/after-build.ts';
import { readFileSync } from 'node:fs';
import { settings } from './src/settings.ts';
import { sitemapLastmod } from './src/utils/publish/sitemap-lastmod.ts';

/** Listing days by paper slug from the generated atlas.json, read when the sitemap is written (after generation). */
const listedDays = () => {
  try {
    return JSON.parse(readFileSync('src/content/atlas.json', 'utf8')).listed ?? {};
  } catch (error) {
    // No generated content yet (`astro dev` before `npm run generate`): no dates. Anything else is a real failure.
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return {};
    throw error;
  }
};
/** @type {((url: string) => string | undefined) | undefined} */
let lastmodOf;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // afterBuild() writes the Pagefind index and _headers once the pages exist.
  integrations: [
    mdx(),
    sitemap({
      // lastmod where the collection knows a date: papers, day pages, home and /dates/.
      serialize(item) {
        lastmodOf ??= sitemapLastmod(listedDays(), settings.base);
        const lastmod = lastmodOf(item.url);
        return lastmod === undefined ? item : { ...item, lastmod };
      },
    }),
    afterBuild(),
  ],
  experimental: {
    // Reuse the previous build's paper pages when their cacheKey (src/pages/papers/[slug].astro) and
    // code are unchanged; kept in cacheDir (node_modules/.astro/) for the next `npm run build`.
    // Needs build.concurrency 1 (the default): above it Astro turns this off.
    incrementalBuild: true,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with "use astro:head-inject" and rolldown warns,
        // once per page, that it may not keep it (withastro/astro#18087, harmless): at
        // 10,000 papers that is 10,000 warnings hiding the real ones.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
