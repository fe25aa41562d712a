import type { RSSFeedItem } from '@astrojs/rss';
import type { PaperSummary, TopicSummary } from '../site/site-data.ts';
import { absoluteUrl, paperUrl } from '../site/urls.ts';

/**
 * One RSS item per paper, newest listing day first (document order within a day, undated
 * papers last): title, page URL, first sentence, topic names and, when the paper has a
 * listing day, `pubDate` (midnight UTC of that day). The description is the first sentence,
 * not the whole abstract, so a feed of 10,000 papers stays a few MB for readers that
 * poll it; the full abstracts are in `papers.json`.
 */
export function feedItems(papers: readonly PaperSummary[], topicById: ReadonlyMap<string, TopicSummary>, site: string): RSSFeedItem[] {
  // A stable sort keeps document order within a day and for a collection without dates.
  const newestFirst = papers.toSorted((a, b) => (a.listed === b.listed ? 0 : a.listed === undefined ? 1 : b.listed === undefined ? -1 : a.listed < b.listed ? 1 : -1));
  return newestFirst.map((paper) => ({
    title: paper.title,
    link: absoluteUrl(paperUrl(paper.slug), site),
    description: paper.description,
    categories: paper.topics.flatMap((id) => topicById.get(id)?.name ?? []),
    ...(paper.listed === undefined ? {} : { pubDate: new Date(`${paper.listed}T00:00:00Z`) }),
  }));
}
