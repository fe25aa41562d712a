// site stage: takes the content collections, gives what pages show: papers and topics in order, addresses, excerpts, JSON-LD.
import { getCollection, type CollectionEntry } from 'astro:content';
import { otherTopicSlug } from '../../schemas/taxonomy.ts';
import { areaRecords } from './areas.ts';
import { byline } from './byline.ts';

/** What lists, chips, previous/next and related links need to know about a paper. */
export interface PaperSummary {
  slug: string;
  title: string;
  shortName: string | undefined;
  order: number;
  description: string;
  /** Topic ids, main topic first. */
  topics: string[];
  /** Whether the abstract links to source code. */
  hasCode: boolean;
  /** ISO day of the paper's first listing, when it has one. */
  listed: string | undefined;
  /** `Authors · Venue · Year`, or `''` when the source says none of them. */
  byline: string;
  /** Year of publication, when the export gives it. */
  year: number | undefined;
  /** The journal or conference, when the export gives it. */
  venue: string | undefined;
}

/** One author (a person, whose name may be written several ways) and their papers. */
export interface AuthorSummary {
  slug: string;
  /** The name their page shows: the fullest they are written with. */
  name: string;
  /** The surname with its particles, what the index sorts by. */
  family: string;
  /** The other ways papers write their name (`R. Altwegg` for `Res Altwegg`), in code point order. */
  variants: string[];
  /** Their ORCID iD, when known. */
  orcid: string | undefined;
  /** Their papers, in document order. */
  papers: PaperSummary[];
}

/** A venue or a year, with how many papers it has. */
export interface CountSummary {
  value: string;
  count: number;
}

/** One listing day and the papers first listed on it. */
export interface DaySummary {
  /** ISO day, `2024-03-14`. */
  date: string;
  /** Its papers, in document order. */
  papers: PaperSummary[];
}

/** What the sidebar, chips and topic lists need to know about a topic. */
export interface TopicSummary {
  id: string;
  name: string;
  description: string;
  /** Id of the topic's area, or `undefined` when it is in none. */
  area?: string | undefined;
  /** Paper slugs in document order. */
  papers: string[];
  /** Related topic ids, most papers shared first. */
  related: string[];
  count: number;
}

/** What the sidebar, `/topics/` and area pages need to know about an area. */
export interface AreaSummary {
  id: string;
  name: string;
  description: string;
  /** Topic ids, in taxonomy order. */
  topics: string[];
  /** Paper slugs in document order, each once. */
  papers: string[];
  count: number;
}

/** The whole collection, sorted and indexed once per build. */
export interface SiteData {
  /** Paper entries in document order (for rendering their MDX). */
  entries: CollectionEntry<'papers'>[];
  /** Paper summaries in document order. */
  papers: PaperSummary[];
  paperBySlug: ReadonlyMap<string, PaperSummary>;
  /** Topics in taxonomy order. */
  topics: TopicSummary[];
  topicById: ReadonlyMap<string, TopicSummary>;
  /** Areas in taxonomy order; empty when the taxonomy declares none. */
  areas: AreaSummary[];
  areaById: ReadonlyMap<string, AreaSummary>;
  /** Listing days, newest first; empty when no paper has a date. */
  days: DaySummary[];
  /** Topics by name, the catch-all "Other" last: how the sidebar lists them, so a reader finds one among dozens. */
  topicsByName: TopicSummary[];
  /** Authors by surname, then name; empty when no paper has authors. */
  authors: AuthorSummary[];
  /** Venues by name, with their number of papers; empty when no paper has one. */
  venues: CountSummary[];
  /** Years, newest first, with their number of papers; empty when no paper has one. */
  years: CountSummary[];
}

let cached: Promise<SiteData> | undefined;

/**
 * Loads, sorts and indexes papers and topics once; every page shares the result.
 *
 * Pages must not do O(collection) work each, or a 10,000-paper build becomes
 * quadratic (see the scale issue), so this is a module-level cache.
 */
export function getSiteData(): Promise<SiteData> {
  cached ??= loadSiteData();
  return cached;
}

async function loadSiteData(): Promise<SiteData> {
  const [paperEntries, topicEntries] = await Promise.all([getCollection('papers'), getCollection('topics')]);
  const entries = paperEntries.toSorted((a, b) => a.data.order - b.data.order);
  const papers = entries.map(({ data }) => ({
    slug: data.slug,
    title: data.title,
    shortName: data.shortName,
    order: data.order,
    description: data.description,
    topics: data.topics,
    hasCode: data.links.some((link) => link.kind === 'code'),
    listed: data.listed,
    byline: byline(data),
    year: data.year,
    venue: data.venue,
  }));
  const topics = topicEntries
    .map((entry) => entry.data)
    .toSorted((a, b) => a.order - b.order)
    .map((topic) => ({
      id: topic.id,
      name: topic.name,
      description: topic.description,
      area: topic.area ?? undefined,
      papers: topic.papers,
      related: topic.related,
      count: topic.papers.length,
    }));
  const areas = areaRecords.map((area) => ({ id: area.id, name: area.name, description: area.description, topics: area.topics, papers: area.papers, count: area.papers.length }));
  const paperBySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const areaById = new Map(areas.map((area) => [area.id, area]));
  checkReferences(papers, topics, paperBySlug, topicById);
  checkAreas(areas, topics, paperBySlug, topicById, areaById);
  const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const topicsByName = topics.toSorted((a, b) => Number(a.id === otherTopicSlug) - Number(b.id === otherTopicSlug) || byName.compare(a.name, b.name));
  return { entries, papers, paperBySlug, topics, topicById, areas, areaById, topicsByName, days: groupDays(papers), authors: groupAuthors(entries, papers), ...countVenuesAndYears(papers) };
}

/** Each author's papers, authors sorted by surname then name (accents and case ignored), each with the other ways their name is written. */
function groupAuthors(entries: readonly CollectionEntry<'papers'>[], papers: readonly PaperSummary[]): AuthorSummary[] {
  const bySlug = new Map<string, AuthorSummary & { written: Set<string> }>();
  entries.forEach((entry, index) => {
    const paper = papers[index];
    if (paper === undefined) return;
    for (const author of entry.data.authors ?? []) {
      let known = bySlug.get(author.slug);
      if (known === undefined) bySlug.set(author.slug, (known = { slug: author.slug, name: author.person ?? author.name, family: author.family, variants: [], orcid: author.orcid, written: new Set(), papers: [] }));
      // The surname to sort by is the one written with the name the page shows.
      if (author.person === undefined) known.family = author.family;
      known.written.add(author.name);
      // An author listed twice on one paper gets it once.
      if (known.papers.at(-1) !== paper) known.papers.push(paper);
    }
  });
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...bySlug.values()]
    .map(({ written, ...author }) => ({ ...author, variants: [...written].filter((name) => name !== author.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) }))
    .sort((a, b) => collator.compare(a.family, b.family) || collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/** Venues by name and years newest first, each with its number of papers. */
function countVenuesAndYears(papers: readonly PaperSummary[]): { venues: CountSummary[]; years: CountSummary[] } {
  const venues = new Map<string, number>();
  const years = new Map<string, number>();
  for (const paper of papers) {
    if (paper.venue !== undefined) venues.set(paper.venue, (venues.get(paper.venue) ?? 0) + 1);
    if (paper.year !== undefined) years.set(String(paper.year), (years.get(String(paper.year)) ?? 0) + 1);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return {
    venues: [...venues].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value)),
    years: [...years].map(([value, count]) => ({ value, count })).sort((a, b) => Number(b.value) - Number(a.value)),
  };
}

/** Groups dated papers by listing day, newest day first, papers in document order. */
function groupDays(papers: readonly PaperSummary[]): DaySummary[] {
  const byDay = new Map<string, PaperSummary[]>();
  for (const paper of papers) {
    if (paper.listed === undefined) continue;
    const day = byDay.get(paper.listed);
    if (day === undefined) byDay.set(paper.listed, [paper]);
    else day.push(paper);
  }
  return [...byDay].map(([date, dayPapers]) => ({ date, papers: dayPapers })).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * Previous and next paper of each paper, in document order among the papers of the same
 * listing day (undated papers form one run of their own), so reading a day stays on it.
 */
export function dayNeighbours(papers: readonly PaperSummary[]): { prev: PaperSummary | undefined; next: PaperSummary | undefined }[] {
  const runs = new Map<string | undefined, number[]>();
  papers.forEach((paper, index) => {
    const run = runs.get(paper.listed);
    if (run === undefined) runs.set(paper.listed, [index]);
    else run.push(index);
  });
  const neighbours = papers.map(() => ({ prev: undefined as PaperSummary | undefined, next: undefined as PaperSummary | undefined }));
  for (const run of runs.values()) {
    run.forEach((index, position) => {
      const at = neighbours[index];
      if (at === undefined) return;
      at.prev = papers[run[position - 1] ?? -1];
      at.next = papers[run[position + 1] ?? -1];
    });
  }
  return neighbours;
}

/** Fails the build with every dangling reference at once, instead of rendering broken links. */
function checkReferences(
  papers: PaperSummary[],
  topics: TopicSummary[],
  paperBySlug: ReadonlyMap<string, PaperSummary>,
  topicById: ReadonlyMap<string, TopicSummary>,
): void {
  const problems: string[] = [];
  for (const paper of papers) {
    for (const id of paper.topics) {
      if (!topicById.has(id)) problems.push(`src/content/papers/${paper.slug}.mdx: topic "${id}" is not in topics.json`);
    }
  }
  for (const topic of topics) {
    for (const slug of topic.papers) {
      if (!paperBySlug.has(slug)) problems.push(`src/content/topics.json: topic "${topic.id}" lists paper "${slug}", which has no page`);
    }
    for (const id of topic.related) {
      if (!topicById.has(id)) problems.push(`src/content/topics.json: topic "${topic.id}" relates to unknown topic "${id}"`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The generated content has ${problems.length} dangling reference(s); run \`npm run generate\` again:\n${problems.join('\n')}`);
  }
}

/** Fails the build with every reference between areas and topics that does not hold, like {@link checkReferences}. */
function checkAreas(
  areas: AreaSummary[],
  topics: TopicSummary[],
  paperBySlug: ReadonlyMap<string, PaperSummary>,
  topicById: ReadonlyMap<string, TopicSummary>,
  areaById: ReadonlyMap<string, AreaSummary>,
): void {
  const problems: string[] = [];
  for (const topic of topics) {
    if (topic.area !== undefined && !areaById.get(topic.area)?.topics.includes(topic.id)) {
      problems.push(`src/content/topics.json: topic "${topic.id}" names area "${topic.area}", which does not list it in areas.json`);
    }
  }
  for (const area of areas) {
    for (const id of area.topics) {
      if (topicById.get(id)?.area !== area.id) problems.push(`src/content/areas.json: area "${area.id}" lists topic "${id}", which is not in it in topics.json`);
    }
    for (const slug of area.papers) {
      if (!paperBySlug.has(slug)) problems.push(`src/content/areas.json: area "${area.id}" lists paper "${slug}", which has no page`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The generated areas have ${problems.length} dangling reference(s); run \`npm run generate\` again:\n${problems.join('\n')}`);
  }
}

/** Looks up summaries by key, skipping keys that have none. */
export function pick<T>(keys: readonly string[], byKey: ReadonlyMap<string, T>): T[] {
  return keys.flatMap((key) => {
    const value = byKey.get(key);
    return value === undefined ? [] : [value];
  });
}
