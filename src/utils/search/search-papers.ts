// search stage: takes a query and Pagefind, gives ranked papers, corrected queries, excerpts and the search state in the address.
import { absentWords } from './absent-words.ts';
import { correctQuery, isKnownWord, wordForms } from './correct-query.ts';
import { matchableWords } from './matchable-words.ts';
import { pickExcerpt, type ExcerptSource } from './pick-excerpt.ts';
import { rankResults } from './rank-results.ts';
import type { SpellingLoader } from './spelling-loader.ts';
import { symbolTitleKey } from './symbol-title-key.ts';

/** The part of Pagefind's JS API (`pagefind.js`) that {@link searchPapers} uses. */
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A Pagefind filter: every listed value required, or `any` of them. */
export type PagefindFilter = string[] | { any: string[] };

/** Options of a Pagefind search. */
export interface PagefindSearchOptions {
  filters?: Record<string, PagefindFilter>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One search hit as Pagefind returns it, its data loaded on demand. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** A hit's loaded data. */
export interface PagefindResultData extends ExcerptSource {
  url: string;
  /** The page's indexed text. */
  content?: string;
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
  /** The title as shown: the plain form of a title with TeX (`VA-RED²`), else the title. */
  shownTitle: string;
  shortName: string | undefined;
  /** `Authors · Venue · Year` when the paper's source says them, else `undefined`. */
  byline: string | undefined;
  /** Names of the paper's topics. */
  topics: string[];
  /** An excerpt, from the abstract where possible: escaped text with `<mark>` around matched words. */
  excerpt: string;
}

/** What {@link searchPapers} found. */
export interface PaperSearch {
  /** The query as typed, trimmed. */
  query: string;
  /** The query as searched, shown to the reader: differs from `query` when spelling correction replaced a word. */
  searched: string;
  /** Words of the query found in no paper, left out so the others could find something. */
  ignored: string[];
  /** Number of papers found. */
  total: number;
  /** The first hits, best first. */
  hits: PaperHit[];
  /** Per filter (`topic`, …) and value, how many of the papers found have it (the count if it were also required). */
  filterCounts: Record<string, Record<string, number>>;
  /** Loads the next `count` hits after those already returned. */
  more(count: number): Promise<PaperHit[]>;
}

/** Options of {@link searchPapers}. */
export interface SearchPapersOptions {
  /** Filter values a paper must have: every listed topic (by name), any listed value of other filters. */
  filters?: Readonly<Record<string, readonly string[]>>;
  /** How many hits to load at first. */
  limit?: number;
  /** Loads candidate words for spelling correction; without it, unknown words are only left out. */
  spelling?: SpellingLoader | undefined;
  /** Search the query as typed, without spelling correction. */
  exact?: boolean;
  /** Words in an excerpt that starts the abstract (Pagefind's own excerpts follow its `excerptLength`). */
  excerptLength?: number;
}

/** Hits loaded and re-ranked at first, so an exact title a little down Pagefind's list still comes first. */
const rankWindow = 10;

/**
 * Searches the papers the way both the header box and the search page do (and the tests
 * check): Pagefind's search with the filters, then exact titles and short names first. An
 * empty query with filters lists their papers in document order. A query that finds nothing
 * is retried until something can match: under the key of a title without letters (`???`),
 * in the form Pagefind indexes (`F^2ed` → `F2ed`), with its unknown words corrected from
 * the collection's vocabulary, and finally without the words found nowhere.
 */
export async function searchPapers(pagefind: PagefindApi, query: string, options: SearchPapersOptions = {}): Promise<PaperSearch> {
  const { limit = 10, spelling, exact = false, excerptLength = 20 } = options;
  const typed = query.trim();
  const filters = pagefindFilters(options.filters ?? {});
  // The Pagefind query behind each response, to count the "any" filters' other values.
  const asked = new Map<PagefindResponse, string | null>();
  const reply = async (searched: string, response: PagefindResponse | null, ignored: string[] = []) =>
    answer({ query: typed, searched, ignored, response: response && (await withOtherValues(pagefind, response, asked.get(response) ?? null, filters)), limit, excerptLength });
  const search = async (text: string | null) => {
    const response = await pagefind.search(text, text === null ? { filters, sort: { order: 'asc' } } : { filters });
    if (response !== null) asked.set(response, text);
    return response;
  };
  if (typed === '' && Object.keys(filters).length === 0) return reply(typed, { results: [], filters: await pagefind.filters() });
  if (typed === '') return reply(typed, await search(null));

  const found = (response: PagefindResponse | null) => (response?.results.length ?? 0) > 0;
  const first = await search(typed);
  if (found(first)) {
    if (exact || spelling === undefined) return reply(typed, first);
    // Pagefind answers misspellings loosely; a word none of the first hits holds is corrected if the vocabulary can.
    const texts = await Promise.all((first?.results ?? []).slice(0, rankWindow).map(async (result) => (await result.data()).content ?? ''));
    const absent = absentWords(typed.split(/\s+/u), texts);
    if (absent.length === 0) return reply(typed, first);
    const corrected = correctWords(typed, absent, await spelling(absent.flatMap(wordForms)));
    if (corrected === typed) return reply(typed, first);
    const response = await search(corrected);
    return found(response) ? reply(corrected, response) : reply(typed, first);
  }

  const key = symbolTitleKey(typed);
  if (key !== undefined) {
    const symbols = await search(key);
    if (found(symbols)) return reply(typed, symbols);
  }
  const words = matchableWords(typed);
  const matchable = words.join(' ');
  if (matchable !== '' && matchable !== typed) {
    const retried = await search(matchable);
    if (found(retried)) return reply(typed, retried);
  }
  if (words.length === 0) return reply(typed, first);

  // Pagefind's loose matching answers even for words the collection lacks, so its vocabulary
  // (only the few shards these words need) decides which words to correct or leave out.
  if (spelling === undefined) return reply(typed, first);
  const vocabulary = await spelling(words.flatMap(wordForms));
  const unknown = new Set(words.filter((word) => !isKnownWord(word, vocabulary)));
  if (unknown.size === 0) return reply(typed, first);
  let searched = typed;
  let kept = words.filter((word) => !unknown.has(word));
  if (!exact) {
    const corrected = correctWords(typed, [...unknown], vocabulary);
    if (corrected !== typed) {
      searched = corrected;
      const correctedWords = matchableWords(corrected);
      const response = await search(correctedWords.join(' '));
      if (found(response)) return reply(searched, response);
      const fixed = new Map(words.map((word, index) => [word, correctedWords[index] ?? word]));
      kept = words.filter((word) => fixed.get(word) !== word || !unknown.has(word)).map((word) => fixed.get(word) ?? word);
    }
  }
  const ignored = words.filter((word) => unknown.has(word) && !kept.includes(word));
  if (kept.length === 0 || ignored.length === 0) return reply(typed, first);
  const rest = await search(kept.join(' '));
  return found(rest) ? reply(searched, rest, ignored) : reply(typed, first);
}

/** `query` with each of `words` that the vocabulary can correct replaced by its correction; the rest as typed. */
function correctWords(query: string, words: readonly string[], vocabulary: ReadonlyMap<string, number>): string {
  const { corrections } = correctQuery(words.join(' '), vocabulary);
  const fixed = new Map(corrections.map(({ from, to }) => [from, to]));
  return query.replace(/[\p{L}\p{N}]+/gu, (word) => fixed.get(word) ?? word);
}

/**
 * Pagefind counts each value as if it were also required, which for an "any" filter (a
 * paper has one month) hides the other values once one is chosen. Their counts come from
 * the same search without that filter instead, so a reader can add a second month.
 */
async function withOtherValues(pagefind: PagefindApi, response: PagefindResponse, text: string | null, filters: Record<string, PagefindFilter>): Promise<PagefindResponse> {
  const counts = { ...response.filters };
  for (const name of Object.keys(filters)) {
    if (Array.isArray(filters[name])) continue;
    const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== name));
    const without = await pagefind.search(text, text === null ? { filters: others, sort: { order: 'asc' } } : { filters: others });
    if (without?.filters[name] !== undefined) counts[name] = without.filters[name];
  }
  return { ...response, filters: counts };
}

/** Pagefind filters for the chosen values: all topics required (a paper has several), any value of other filters. */
function pagefindFilters(chosen: Readonly<Record<string, readonly string[]>>): Record<string, PagefindFilter> {
  const filters: Record<string, PagefindFilter> = {};
  for (const [name, values] of Object.entries(chosen)) {
    if (values.length === 0) continue;
    filters[name] = name === 'topic' ? [...values] : { any: [...values] };
  }
  return filters;
}

interface Answer {
  query: string;
  searched: string;
  ignored: string[];
  response: PagefindResponse | null;
  limit: number;
  excerptLength: number;
}

async function answer({ query, searched, ignored, response, limit, excerptLength }: Answer): Promise<PaperSearch> {
  const results = response?.results ?? [];
  const load = (result: PagefindResult) => loadHit(result, excerptLength);
  const window = await Promise.all(results.slice(0, Math.max(limit, rankWindow)).map(load));
  const ranked = rankResults(searched, window);
  const queue: Array<() => Promise<PaperHit>> = [
    ...ranked.slice(limit).map((hit) => async () => hit),
    ...results.slice(window.length).map((result) => () => load(result)),
  ];
  return {
    query,
    searched,
    ignored,
    total: results.length,
    hits: ranked.slice(0, limit),
    filterCounts: response?.filters ?? {},
    more: (count) => Promise.all(queue.splice(0, count).map((next) => next())),
  };
}

async function loadHit(result: PagefindResult, excerptLength: number): Promise<PaperHit> {
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    shownTitle: data.meta['shownTitle'] ?? data.meta['title'] ?? data.url,
    shortName: data.meta['shortName'],
    byline: data.meta['byline'],
    topics: data.filters['topic'] ?? [],
    excerpt: pickExcerpt(data, excerptLength),
  };
}
