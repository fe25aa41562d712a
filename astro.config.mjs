// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { settings } from './src/settings.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  integrations: [mdx()],
});
