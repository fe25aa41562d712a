// publish stage: takes the collection, gives what other tools read: papers.json, topics.json, the RSS feed, the social preview image.
import { exportVersion, papersExportSchema, type PapersExport } from '../../schemas/export.ts';
import type { PaperData } from '../../schemas/paper.ts';
import { abstractText } from './abstract-text.ts';
import { absoluteUrl, homeUrl, paperUrl } from '../site/urls.ts';

/** What {@link papersExport} reads from a paper's content entry. */
export interface PaperEntryLike {
  data: PaperData;
  /** The MDX body of the page (Astro's `entry.body`). */
  body?: string | undefined;
}

/**
 * Builds `/papers.json` from the paper entries, in document order, and validates it against its
 * schema; `areaOf` gives each topic's area (topics in none are not in it).
 */
export function papersExport(entries: readonly PaperEntryLike[], name: string, site: string, areaOf: ReadonlyMap<string, string> = new Map()): PapersExport {
  const papers = entries.map(({ data, body }) => {
    if (body === undefined && !data.noAbstract) throw new Error(`src/content/papers/${data.slug}.mdx: the page has no body to read the abstract from; run \`npm run generate\` again`);
    const abstract = data.noAbstract || body === undefined ? '' : abstractText(body);
    const key = data.csl.id;
    return {
      title: data.title,
      shortName: data.shortName ?? null,
      slug: data.slug,
      url: absoluteUrl(paperUrl(data.slug), site),
      topics: data.topics,
      areas: [...new Set(data.topics.flatMap((id) => areaOf.get(id) ?? []))],
      links: data.links,
      abstract,
      listed: data.listed ?? null,
      authors: (data.authors ?? []).map((author) => author.name),
      venue: data.venue ?? null,
      year: data.year ?? null,
      doi: data.doi ?? null,
      csl: { ...data.csl, id: data.slug, ...(typeof key === 'string' && key !== data.slug ? { 'citation-key': key } : {}), ...(abstract === '' ? {} : { abstract }) },
    };
  });
  return papersExportSchema.parse({ version: exportVersion, name, home: absoluteUrl(homeUrl(), site), paperCount: papers.length, papers });
}
