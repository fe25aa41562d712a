import type { APIRoute } from 'astro';
import { settings } from '../settings.ts';
import { atlas } from '../utils/site/atlas.ts';
import { ogCard, ogImageSize } from '../utils/publish/og-card.ts';
import { renderPng } from '../utils/publish/render-png.ts';
import { getSiteData } from '../utils/site/site-data.ts';

/**
 * `/og.png`: one social preview image for the whole site, made at build time.
 * One per paper would cost more than the rest of the build at 687 papers (README "Social previews").
 */
export const GET: APIRoute = async () => {
  const { topics } = await getSiteData();
  const card = ogCard({ site: settings.title, name: atlas.name, paperCount: atlas.paperCount, topicCount: topics.length });
  return new Response(await renderPng(card, ogImageSize), { headers: { 'Content-Type': 'image/png' } });
};
