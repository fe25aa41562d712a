import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { settings } from '../settings.ts';
import { areaRecords } from '../utils/site/areas.ts';
import { atlas } from '../utils/site/atlas.ts';
import { topicsExport } from '../utils/publish/topics-export.ts';

/** `/topics.json`: the topic taxonomy as data for other tools (format: src/schemas/export.ts, README "Feed and data"). */
export const GET: APIRoute = async () => {
  const topics = (await getCollection('topics')).map((entry) => entry.data);
  return new Response(JSON.stringify(topicsExport(topics, atlas.name, settings.site, areaRecords)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
