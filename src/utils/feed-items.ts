import type { RSSFeedItem } from '@astrojs/rss';
import type { PaperSummary, TopicSummary } from './site-data.ts';
import { absoluteUrl, paperUrl } from './urls.ts';

/**
 * One RSS item per paper, in document order: title, page URL, first sentence, topic names.
 *
 * No `pubDate`: the source document has no dates. The description is the first sentence,
 * not the whole abstract, so a feed of 10,000 papers stays a few MB for readers that
 * poll it; the full abstracts are in `papers.json`.
 */
export function feedItems(papers: readonly PaperSummary[], topicById: ReadonlyMap<string, TopicSummary>, site: string): RSSFeedItem[] {
  return papers.map((paper) => ({
    title: paper.title,
    link: absoluteUrl(paperUrl(paper.slug), site),
    description: paper.description,
    categories: paper.topics.flatMap((id) => topicById.get(id)?.name ?? []),
  }));
}
