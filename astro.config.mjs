// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { afterBuild } from './src/integrations/after-build.ts';
import { settings } from './src/settings.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // afterBuild() writes the Pagefind index and _headers once the pages exist.
  integrations: [mdx(), sitemap(), afterBuild()],
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
