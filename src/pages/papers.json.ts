import type { APIRoute } from 'astro';
import { settings } from '../settings.ts';
import { atlas } from '../utils/site/atlas.ts';
import { papersExport } from '../utils/publish/papers-export.ts';
import { getSiteData } from '../utils/site/site-data.ts';

/** `/papers.json`: every paper as data for other tools (format: src/schemas/export.ts, README "Feed and data"). */
export const GET: APIRoute = async () => {
  const { entries, topics } = await getSiteData();
  const areaOf = new Map(topics.flatMap((topic) => (topic.area === undefined ? [] : [[topic.id, topic.area] as const])));
  return new Response(JSON.stringify(papersExport(entries, atlas.name, settings.site, areaOf)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
