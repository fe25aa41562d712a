// @ts-check
// The plain baseline `npm run bench` compares Paper Atlas with: Astro + @astrojs/mdx,
// a minimal layout, no topics, related papers or search UI. Pagefind runs after it
// as a CLI (`pagefind --site dist`), as most Astro sites do.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  cacheDir: './.cache',
});
