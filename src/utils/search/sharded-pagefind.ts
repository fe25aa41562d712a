import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from './search-papers.ts';
import { titleFileOf, titleTableKey, type ShardList, type TitleTable } from './search-shards.ts';
import type { FetchJson } from './spelling-loader.ts';
import { decodeShards, fallbackKey, queryKeys, type WordTable } from './word-routes.ts';

/** Pagefind's JS API with `mergeIndex`, which adds another index to every later search, and `options`. */
export interface MergeablePagefind extends PagefindApi {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
}

/** The filter each shard's pages carry in the browser only (Pagefind's `mergeFilter`), to list papers shard by shard in document order. */
const shardFilter = 'shard';

/** Pagefind over a split collection, as {@link searchPapers} uses it, and how much of it a search has covered. */
export interface ShardedPagefind extends PagefindApi {
  /** Search every shard from now on (the search page, which shows counts and facets), rather than only the newest ones a query needs. */
  searchEverything(): void;
  /** Papers the last query was answered over (the shards searched, and those the word table says cannot match), and all papers. */
  coverage(): { searched: number; total: number };
}

/** Options of {@link shardedPagefind}. */
export interface ShardedPagefindOptions {
  /** The site's root address, ending in `/`: shard folders and the title table are below it. */
  root: string;
  /** Fetches the title table's files (undefined when missing). */
  load: FetchJson;
  /** Results a query should have before no older shard is merged for it: the window searchPapers re-ranks. */
  enough?: number;
  /** Pagefind options each merged shard gets, as the first index got them (`baseUrl`, `excerptLength`). */
  mergeOptions?: Record<string, unknown>;
  /** Older shards a query whose words every shard holds may merge, so such a query costs at most this many. */
  maxMergedPerQuery?: number;
  /** Shards a query routed by the word table may merge: each holds papers with the query's words, so it may take a few more. */
  maxRoutedPerQuery?: number;
}

/**
 * Searches a collection split into shards (search-shards.ts) while loading only what a query
 * needs: Pagefind starts with the newest shard; before a query, the shards holding a paper whose
 * title or short name is the query are merged (so an exact title is found first wherever it is).
 * Otherwise the word table (word-routes.ts) names the shards holding every word of the query that
 * not all shards hold: the query is answered from those only, newest first, merging them while
 * fewer than `enough` papers are found (so a rare word is found wherever its papers are, and other
 * shards' loose matches do not crowd them out), at most `maxRoutedPerQuery` of them for one query.
 * A query whose words every shard holds (or none) merges the next older shard while it has fewer
 * than `enough` results, at most `maxMergedPerQuery` for one query. Filter-only listings, facet counts and the
 * search page ({@link ShardedPagefind.searchEverything}) merge every shard, so their counts are whole.
 * Without a shard list (a collection small enough for one index) it is Pagefind as it is.
 */
export function shardedPagefind(pagefind: MergeablePagefind, list: ShardList | undefined, options: ShardedPagefindOptions): ShardedPagefind {
  const { root, load, enough = 10, maxMergedPerQuery = 2, maxRoutedPerQuery = 4, mergeOptions = {} } = options;
  const shards = list?.shards ?? [];
  const papersIn = (indexes: Iterable<number>) => [...indexes].reduce((sum, shard) => sum + (shards[shard]?.papers ?? 0), 0);
  const total = papersIn(shards.keys());
  const newest = shards.length - 1;
  // The newest shard is Pagefind's own index, loaded by init.
  const merged = new Map<number, Promise<void>>([[newest, shards.length > 1 ? pagefind.options({ mergeFilter: { [shardFilter]: String(newest) } }) : Promise.resolve()]]);
  const files = new Map<string, Promise<Record<string, unknown>>>();
  let everything = shards.length <= 1;
  /** Papers the last query was answered over, when that is not simply the shards merged so far. */
  let answeredOver: number | undefined;

  const merge = (shard: number) => {
    let pending = merged.get(shard);
    if (pending === undefined) {
      pending = pagefind.mergeIndex(`${root}${shards[shard]?.path ?? ''}`, { ...mergeOptions, mergeFilter: { [shardFilter]: String(shard) } });
      merged.set(shard, pending);
    }
    return pending;
  };
  const mergeAll = () => Promise.all(shards.map((_, shard) => merge(shard)));
  /** One file of the title or word table, fetched once. */
  const table = (path: string): Promise<Record<string, unknown>> => {
    let file = files.get(path);
    if (file === undefined) {
      file = load(`${root}search-shards/${path}`)
        .then((json) => (json ?? {}) as Record<string, unknown>)
        .catch(() => ({}));
      files.set(path, file);
    }
    return file;
  };
  /** The shards holding a paper whose title or short name is `term`, from the title table (one small file). */
  const titleShards = async (term: string): Promise<number[]> => {
    if (list === undefined || list.titleFiles === 0) return [];
    const key = titleTableKey(term);
    return ((await table(`titles/${titleFileOf(key, list.titleFiles)}.json`)) as TitleTable)[key] ?? [];
  };
  /** The shards a word's key is in, or undefined when the table does not list it (every shard has it, or none). */
  const keyShards = async (key: string, files: number): Promise<number[] | undefined> => {
    const mask = ((await table(`words/${titleFileOf(key, files)}.json`)) as WordTable)[key];
    if (mask !== undefined) return decodeShards(mask);
    const other = fallbackKey(key);
    return other === undefined ? undefined : keyShards(other, files);
  };
  /** The shards holding every word of `term` the word table lists (one small file a word), or undefined when it lists none. */
  const wordShards = async (term: string): Promise<number[] | undefined> => {
    const files = list?.wordFiles ?? 0;
    if (files === 0) return undefined;
    const routes = (await Promise.all(queryKeys(term).map((key) => keyShards(key, files)))).filter((route) => route !== undefined);
    if (routes.length === 0) return undefined;
    return routes.reduce((common, route) => common.filter((shard) => route.includes(shard)));
  };
  /** Answers `term` from the shards that can (newest first), merging them while too few are found. */
  const routedSearch = async (term: string, routed: readonly number[], searchOptions: PagefindSearchOptions): Promise<PagefindResponse | null> => {
    const candidates = [...routed].sort((a, b) => b - a);
    const using = candidates.filter((shard) => merged.has(shard));
    const waiting = candidates.filter((shard) => !merged.has(shard));
    // Only the candidates' pages: another shard lacks a word of the query, and Pagefind would answer it loosely.
    const ask = async () => (using.length === 0 ? null : pagefind.search(term, { ...searchOptions, filters: { ...searchOptions.filters, [shardFilter]: { any: using.map(String) } } }));
    await Promise.all(using.map(merge));
    let response = await ask();
    for (let added = 0; added < maxRoutedPerQuery && waiting.length > 0 && (response?.results.length ?? 0) < enough; added++) {
      const next = waiting.shift() as number;
      await merge(next);
      using.push(next);
      response = await ask();
    }
    answeredOver = total - papersIn(waiting);
    return withoutShard(response ?? { results: [], filters: {} });
  };

  return {
    searchEverything() {
      everything = true;
    },
    coverage() {
      const searched = everything ? total : (answeredOver ?? papersIn(merged.keys()));
      return { searched, total };
    },
    async filters() {
      await mergeAll();
      return withoutShardFilter(await pagefind.filters());
    },
    async search(term: string | null, searchOptions: PagefindSearchOptions = {}): Promise<PagefindResponse | null> {
      if (shards.length <= 1) return pagefind.search(term, searchOptions);
      answeredOver = undefined;
      if (term === null) {
        await mergeAll();
        return listInOrder(pagefind, shards.length, searchOptions);
      }
      if (everything) {
        await mergeAll();
        return withoutShard(await pagefind.search(term, searchOptions));
      }
      const [titled, routed] = await Promise.all([titleShards(term), wordShards(term)]);
      if (titled.length === 0 && routed !== undefined) return routedSearch(term, routed, searchOptions);
      await Promise.all(titled.map(merge));
      // A query that is a title is answered where that title is, and where its words are; other shards would only add looser matches.
      const within = titled.length > 0 && routed !== undefined ? [...new Set([...titled, ...routed.filter((shard) => merged.has(shard))])] : undefined;
      let response = await pagefind.search(term, within === undefined ? searchOptions : { ...searchOptions, filters: { ...searchOptions.filters, [shardFilter]: { any: within.map(String) } } });
      const fill = titled.length === 0 ? maxMergedPerQuery : 0;
      for (let added = 0; added < fill && (response?.results.length ?? 0) < enough; added++) {
        const older = [...shards.keys()].reverse().find((shard) => !merged.has(shard));
        if (older === undefined) break;
        await merge(older);
        response = await pagefind.search(term, searchOptions);
      }
      return withoutShard(response);
    },
  };
}

/**
 * A filter-only listing in document order: Pagefind sorts each index's results but merges
 * indexes by score, so each shard is asked on its own, oldest first, and the answers joined.
 */
async function listInOrder(pagefind: PagefindApi, count: number, options: PagefindSearchOptions = {}): Promise<PagefindResponse | null> {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, shard) => pagefind.search(null, { ...options, filters: { ...options.filters, [shardFilter]: [String(shard)] } })),
  );
  const filters: Record<string, Record<string, number>> = {};
  for (const answer of answers) {
    for (const [name, values] of Object.entries(answer?.filters ?? {})) {
      const counts = (filters[name] ??= {});
      for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
    }
  }
  return withoutShard({ results: answers.flatMap((answer) => answer?.results ?? []), filters });
}

function withoutShard(response: PagefindResponse | null): PagefindResponse | null {
  return response === null ? null : { ...response, filters: withoutShardFilter(response.filters) };
}

function withoutShardFilter(filters: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const { [shardFilter]: _shard, ...rest } = filters;
  return rest;
}
