import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from './search-papers.ts';
import { titleFileOf, titleTableKey, type ShardList, type TitleTable } from './search-shards.ts';
import type { FetchJson } from './spelling-loader.ts';

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
  /** Papers in the shards searched so far, and in all of them. */
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
  /** Older shards one query may merge beyond those it found titles in, so a query for a rare word costs at most this many. */
  maxMergedPerQuery?: number;
}

/**
 * Searches a collection split into shards (search-shards.ts) while loading only what a query
 * needs: Pagefind starts with the newest shard; before a query, the shards holding a paper whose
 * title or short name is the query are merged (so an exact title is found first wherever it is);
 * otherwise, while the merged shards give fewer than `enough` results, the next older shard is merged,
 * at most `maxMergedPerQuery` for one query. Filter-only listings, facet counts and the search page
 * ({@link ShardedPagefind.searchEverything}) merge every shard, so their counts are whole.
 * Without a shard list (a collection small enough for one index) it is Pagefind as it is.
 */
export function shardedPagefind(pagefind: MergeablePagefind, list: ShardList | undefined, options: ShardedPagefindOptions): ShardedPagefind {
  const { root, load, enough = 10, maxMergedPerQuery = 2, mergeOptions = {} } = options;
  const shards = list?.shards ?? [];
  const total = shards.reduce((sum, shard) => sum + shard.papers, 0);
  const newest = shards.length - 1;
  // The newest shard is Pagefind's own index, loaded by init.
  const merged = new Map<number, Promise<void>>([[newest, shards.length > 1 ? pagefind.options({ mergeFilter: { [shardFilter]: String(newest) } }) : Promise.resolve()]]);
  const titleFiles = new Map<number, Promise<TitleTable>>();
  let everything = shards.length <= 1;

  const merge = (shard: number) => {
    let pending = merged.get(shard);
    if (pending === undefined) {
      pending = pagefind.mergeIndex(`${root}${shards[shard]?.path ?? ''}`, { ...mergeOptions, mergeFilter: { [shardFilter]: String(shard) } });
      merged.set(shard, pending);
    }
    return pending;
  };
  const mergeAll = () => Promise.all(shards.map((_, shard) => merge(shard)));
  /** The shards holding a paper whose title or short name is `term`, from the title table (one small file). */
  const titleShards = async (term: string): Promise<number[]> => {
    if (list === undefined || list.titleFiles === 0) return [];
    const key = titleTableKey(term);
    const file = titleFileOf(key, list.titleFiles);
    let table = titleFiles.get(file);
    if (table === undefined) {
      table = load(`${root}search-shards/titles/${file}.json`)
        .then((json) => (json ?? {}) as TitleTable)
        .catch(() => ({}));
      titleFiles.set(file, table);
    }
    return (await table)[key] ?? [];
  };

  return {
    searchEverything() {
      everything = true;
    },
    coverage() {
      const searched = everything ? total : [...merged.keys()].reduce((sum, shard) => sum + (shards[shard]?.papers ?? 0), 0);
      return { searched, total };
    },
    async filters() {
      await mergeAll();
      return withoutShardFilter(await pagefind.filters());
    },
    async search(term: string | null, searchOptions?: PagefindSearchOptions): Promise<PagefindResponse | null> {
      if (shards.length <= 1) return pagefind.search(term, searchOptions);
      if (term === null) {
        await mergeAll();
        return listInOrder(pagefind, shards.length, searchOptions);
      }
      if (everything) {
        await mergeAll();
        return withoutShard(await pagefind.search(term, searchOptions));
      }
      const titled = await titleShards(term);
      await Promise.all(titled.map(merge));
      let response = await pagefind.search(term, searchOptions);
      // A query that is a title is answered where that title is; other shards would only add looser matches.
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
