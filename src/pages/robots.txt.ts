import type { APIRoute } from 'astro';
import { settings } from '../settings.ts';
import { absoluteUrl, withBase } from '../utils/site/urls.ts';

/** `robots.txt` that allows everything and points to the sitemap, honouring `site` and `base`. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'), settings.site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
