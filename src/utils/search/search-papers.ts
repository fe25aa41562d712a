import { correctQuery } from './correct-query.ts';
import { rankResults } from './rank-results.ts';

/** The part of Pagefind's JS API (`pagefind.js`) that {@link searchPapers} uses. */
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Options of a Pagefind search. */
export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One search hit as Pagefind returns it, its data loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** A hit's loaded data. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A Pagefind search's answer. */
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter value, how many results remain with that value also required. */
  filters: Record<string, Record<string, number>>;
}

/** A paper found by a search, ready to show. */
export interface PaperHit {
  url: string;
  title: string;
  shortName: string | undefined;
  /** Names of the paper's topics. */
  topics: string[];
  /** Pagefind's excerpt: escaped text with `<mark>` around matched words. */
  excerpt: string;
}

/** What {@link searchPapers} found. */
export interface PaperSearch {
  /** The query as typed, trimmed. */
  query: string;
  /** The query actually searched: differs from `query` when spelling correction replaced a word. */
  searched: string;
  /** Number of papers found. */
  total: number;
  /** The first hits, best first. */
  hits: PaperHit[];
  /** Per topic name, how many of the papers found are in it (the count if it were also required). */
  topicCounts: Record<string, number>;
  /** Loads the next `count` hits after those already returned. */
  more(count: number): Promise<PaperHit[]>;
}

/** Options of {@link searchPapers}. */
export interface SearchPapersOptions {
  /** Topic names a paper must all be in. */
  topics?: readonly string[];
  /** How many hits to load at first. */
  limit?: number;
  /** Words of the collection and their counts; enables spelling correction. */
  vocabulary?: ReadonlyMap<string, number> | undefined;
  /** Search the query as typed, without spelling correction. */
  exact?: boolean;
}

/** Hits loaded and re-ranked at first, so an exact title a little down Pagefind's list still comes first. */
const rankWindow = 10;

/**
 * Searches the papers the way both the header box and the search page do (and the
 * tests check): spelling correction from the build's vocabulary, Pagefind's search with
 * topic filters (all required), then exact titles and short names first. An empty query
 * with topics lists those topics' papers in document order.
 */
export async function searchPapers(pagefind: PagefindApi, query: string, options: SearchPapersOptions = {}): Promise<PaperSearch> {
  const { topics = [], limit = 10, vocabulary, exact = false } = options;
  const typed = query.trim();
  const filters = topics.length > 0 ? { topic: [...topics] } : {};
  if (typed === '' && topics.length === 0) {
    const all = await pagefind.filters();
    return { query: typed, searched: typed, total: 0, hits: [], topicCounts: all['topic'] ?? {}, more: async () => [] };
  }
  if (typed === '') return answer(typed, typed, await pagefind.search(null, { filters, sort: { order: 'asc' } }), limit);

  const corrected = exact || vocabulary === undefined ? typed : correctQuery(typed, vocabulary).query;
  let searched = corrected;
  let response = await pagefind.search(corrected, { filters });
  if (corrected !== typed && (response?.results.length ?? 0) === 0) {
    searched = typed;
    response = await pagefind.search(typed, { filters });
  }
  return answer(typed, searched, response, limit);
}

async function answer(query: string, searched: string, response: PagefindResponse | null, limit: number): Promise<PaperSearch> {
  const results = response?.results ?? [];
  const window = await Promise.all(results.slice(0, Math.max(limit, rankWindow)).map(loadHit));
  const ranked = rankResults(searched, window);
  const queue: Array<() => Promise<PaperHit>> = [
    ...ranked.slice(limit).map((hit) => async () => hit),
    ...results.slice(window.length).map((result) => () => loadHit(result)),
  ];
  return {
    query,
    searched,
    total: results.length,
    hits: ranked.slice(0, limit),
    topicCounts: response?.filters['topic'] ?? {},
    more: (count) => Promise.all(queue.splice(0, count).map((load) => load())),
  };
}

async function loadHit(result: PagefindResult): Promise<PaperHit> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    shortName: data.meta['shortName'],
    topics: data.filters['topic'] ?? [],
    excerpt: data.excerpt,
  };
}
