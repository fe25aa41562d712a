import { describe, expect, test } from 'vitest';
import type { PagefindResponse, PagefindSearchOptions } from '../../src/utils/search/search-papers.ts';
import { shardedPagefind, type MergeablePagefind } from '../../src/utils/search/sharded-pagefind.ts';
import { titleFileOf, titleTableKey, type ShardList } from '../../src/utils/search/search-shards.ts';

/** Three shards of papers, oldest first; a paper is found when its title holds every query word. */
const shardTitles = [['Old graph paper', 'Old vision paper'], ['Middle graph paper', 'Middle speech paper'], ['New vision paper', 'New speech paper']];
const list: ShardList = {
  shards: [
    { path: 'pagefind/shards/0/', papers: 2 },
    { path: 'pagefind/shards/1/', papers: 2 },
    { path: 'pagefind/', papers: 2 },
  ],
  titleFiles: 2,
};

/** A Pagefind stand-in that searches the shards merged so far (the newest from the start), recording merges. */
function fakePagefind() {
  const merged = new Set<number>([2]);
  const merges: string[] = [];
  const shardOf = (path: string) => list.shards.findIndex((shard) => path.endsWith(shard.path));
  const pagefind: MergeablePagefind = {
    async mergeIndex(path) {
      merges.push(path);
      merged.add(shardOf(path));
    },
    async options() {},
    async filters() {
      return { topic: { graphs: 1 } };
    },
    async search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse> {
      const wanted = options?.filters?.['shard'];
      const shards = [...merged].filter((shard) => wanted === undefined || (Array.isArray(wanted) && wanted.includes(String(shard))));
      const titles = shards.flatMap((shard) => shardTitles[shard] ?? []);
      const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const hits = titles.filter((title) => words.every((word) => title.toLowerCase().includes(word)));
      return { results: hits.map((title) => ({ id: title, score: 1, data: async () => ({ url: title, excerpt: title, meta: { title }, filters: {} }) })), filters: { topic: {}, shard: {} } };
    },
  };
  return { pagefind, merges };
}

/** The title table the build writes, for the titles above. */
function loadTitles(url: string): Promise<unknown> {
  const file = Number(/titles\/(\d+)\.json$/.exec(url)?.[1]);
  const table: Record<string, number[]> = {};
  shardTitles.forEach((titles, shard) => {
    for (const title of titles) if (titleFileOf(titleTableKey(title), list.titleFiles) === file) table[titleTableKey(title)] = [shard];
  });
  return Promise.resolve(table);
}

describe('shardedPagefind', () => {
  test('answers from the newest shard when it has enough results, merging nothing', async () => {
    const { pagefind, merges } = fakePagefind();
    const sharded = shardedPagefind(pagefind, list, { root: '/', load: loadTitles, enough: 1 });
    expect((await sharded.search('vision'))?.results.map((result) => result.id)).toEqual(['New vision paper']);
    expect(merges).toEqual([]);
    expect(sharded.coverage()).toEqual({ searched: 2, total: 6 });
  });

  test('merges older shards, newest first, while a query has too few results, at most the limit', async () => {
    const { pagefind, merges } = fakePagefind();
    const sharded = shardedPagefind(pagefind, list, { root: '/site/', load: loadTitles, enough: 2, maxMergedPerQuery: 1 });
    expect((await sharded.search('graph'))?.results.map((result) => result.id)).toEqual(['Middle graph paper']);
    expect(merges).toEqual(['/site/pagefind/shards/1/']);
  });

  test('merges the shard of an exact title first, and no other', async () => {
    const { pagefind, merges } = fakePagefind();
    const sharded = shardedPagefind(pagefind, list, { root: '/', load: loadTitles, enough: 10 });
    expect((await sharded.search('old GRAPH  paper'))?.results.map((result) => result.id)).toEqual(['Old graph paper']);
    expect(merges).toEqual(['/pagefind/shards/0/']);
  });

  test('lists a filter in document order, shard by shard, and hides the shard filter', async () => {
    const { pagefind } = fakePagefind();
    const sharded = shardedPagefind(pagefind, list, { root: '/', load: loadTitles });
    const listing = await sharded.search(null, { filters: {} });
    expect(listing?.results.map((result) => result.id)).toEqual(shardTitles.flat());
    expect(Object.keys(listing?.filters ?? {})).toEqual(['topic']);
    expect(sharded.coverage()).toEqual({ searched: 6, total: 6 });
  });

  test('searches every shard once told to (the search page)', async () => {
    const { pagefind, merges } = fakePagefind();
    const sharded = shardedPagefind(pagefind, list, { root: '/', load: loadTitles });
    sharded.searchEverything();
    expect((await sharded.search('paper'))?.results).toHaveLength(6);
    expect(merges).toHaveLength(2);
  });

  test('is Pagefind as it is for a collection in one index', async () => {
    const { pagefind, merges } = fakePagefind();
    const sharded = shardedPagefind(pagefind, { shards: [{ path: 'pagefind/', papers: 2 }], titleFiles: 0 }, { root: '/', load: loadTitles });
    expect((await sharded.search('speech'))?.results.map((result) => result.id)).toEqual(['New speech paper']);
    expect(merges).toEqual([]);
  });
});
