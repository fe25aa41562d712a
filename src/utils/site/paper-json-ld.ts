import type { PaperData } from '../../schemas/paper.ts';
import type { TopicSummary } from './site-data.ts';

/**
 * Schema.org `ScholarlyArticle` structured data for a paper page (https://schema.org/ScholarlyArticle);
 * `datePublished` is the day the paper was first listed, when known.
 */
export function paperJsonLd(
  paper: PaperData,
  topics: readonly TopicSummary[],
  url: string,
  siteUrl: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: paper.title,
    name: paper.title,
    ...(paper.shortName ? { alternateName: paper.shortName } : {}),
    description: paper.description,
    url,
    mainEntityOfPage: url,
    wordCount: paper.wordCount,
    ...(paper.listed ? { datePublished: paper.listed } : {}),
    about: topics.map((topic) => ({ '@type': 'Thing', name: topic.name })),
    keywords: topics.map((topic) => topic.name).join(', '),
    isPartOf: { '@type': 'WebSite', url: siteUrl },
  };
}
