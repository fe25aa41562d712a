import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { settings } from '../settings.ts';
import { atlas } from '../utils/site/atlas.ts';
import { feedItems } from '../utils/publish/feed-items.ts';
import { getSiteData } from '../utils/site/site-data.ts';
import { absoluteUrl, feedUrl, homeUrl } from '../utils/site/urls.ts';

/** Escapes text for an XML attribute: `customData` is written into the feed as is. */
const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** `/rss.xml`: an RSS 2.0 feed with one item per paper, linked from every page's head. */
export const GET: APIRoute = async () => {
  const { papers, topicById } = await getSiteData();
  const self = absoluteUrl(feedUrl(), settings.site);
  return rss({
    title: `${atlas.name} · ${settings.title}`,
    description: `The ${atlas.paperCount} papers of ${atlas.name}. ${settings.description}`,
    site: absoluteUrl(homeUrl(), settings.site),
    items: feedItems(papers, topicById, settings.site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  });
};
