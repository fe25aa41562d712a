import type { PaperData } from '../../schemas/paper.ts';
import type { TopicSummary } from './site-data.ts';
import { doiUrl } from './urls.ts';
import { plainTex } from '../math/plain-tex.ts';

/**
 * Schema.org `ScholarlyArticle` structured data for a paper page (https://schema.org/ScholarlyArticle);
 * `datePublished` is the day the paper was first listed, else its year (and month) of publication, when known;
 * an export's authors (with their ORCID iD), venue, DOI and keywords are said too.
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
    // Plain text: `VA-RED$^2$` is said `VA-RED²`.
    headline: plainTex(paper.title),
    name: plainTex(paper.title),
    ...(paper.shortName ? { alternateName: paper.shortName } : {}),
    description: paper.description,
    url,
    mainEntityOfPage: url,
    wordCount: paper.wordCount,
    ...(paper.listed
      ? { datePublished: paper.listed }
      : paper.year !== undefined
        ? { datePublished: paper.month === undefined ? String(paper.year) : `${paper.year}-${String(paper.month).padStart(2, '0')}` }
        : {}),
    ...(paper.authors ? { author: paper.authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.orcid === undefined ? {} : { sameAs: `https://orcid.org/${author.orcid}` }) })) } : {}),
    ...(paper.venue ? { publisher: { '@type': 'Organization', name: paper.venue } } : {}),
    ...(paper.doi ? { sameAs: doiUrl(paper.doi) } : {}),
    about: topics.map((topic) => ({ '@type': 'Thing', name: topic.name })),
    keywords: [...topics.map((topic) => topic.name), ...(paper.keywords ?? [])].join(', '),
    isPartOf: { '@type': 'WebSite', url: siteUrl },
  };
}
