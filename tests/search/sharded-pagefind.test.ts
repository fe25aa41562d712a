import { describe, expect, test } from 'vitest';
import type { PagefindResponse, PagefindSearchOptions } from '../../src/utils/search/search-papers.ts';
import { shardedPagefind, type MergeablePagefind } from '../../src/utils/search/sharded-pagefind.ts';
import { titleFileOf, titleTableKey, type ShardList } from '../../src/utils/search/search-shards.ts';
import { encodeShards } from '../../src/utils/search/word-routes.ts';

/** Three shards of papers, oldest first; a paper is found when its title holds every query word. */
const shardTitles = [['Old graph paper', 'Old vision paper'], ['Middle graph paper', 'Middle speech paper'], ['New vision paper', 'New speech paper']];
const list: ShardList = {
  shards: [
    { path: 'pagefind/shards/0/', papers: 2 },
    { path: 'pagefind/shards/1/', papers: 2 },
    { path: 'pagefind/', papers: 2 },
  ],
  titleFiles: 2,
  wordFiles: 0,
};

/**
 * A Pagefind stand-in that searches the shards merged so far (the newest from the start), recording merges.
 * `loose`: as Pagefind does, a shard ignores a query word none of its pages holds, so it answers with loose matches.
 */
function fakePagefind({ loose = false } = {}) {
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
      const allowed = wanted === undefined ? undefined : Array.isArray(wanted) ? wanted : wanted.any;
      const shards = [...merged].filter((shard) => allowed === undefined || allowed.includes(String(shard)));
      const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const hits = shards.flatMap((shard) => {
        const titles = shardTitles[shard] ?? [];
        const held = words.filter((word) => !loose || titles.some((title) => title.toLowerCase().includes(word)));
        return titles.filter((title) => held.every((word) => title.toLowerCase().includes(word)));
      });
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

/** The word table the build writes for the titles above: each word not in every shard, with its shards as a bit mask. */
const words: Record<string, string> = { old: encodeShards([0]), middle: encodeShards([1]), new: encodeShards([2]), graph: encodeShards([0, 1]), vision: encodeShards([0, 2]), speech: encodeShards([1, 2]) };
const routedList: ShardList = { ...list, wordFiles: 1 };
const loadTables = (url: string) => (url.endsWith('/words/0.json') ? Promise.resolve(words) : loadTitles(url));

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
    const sharded = shardedPagefind(pagefind, { shards: [{ path: 'pagefind/', papers: 2 }], titleFiles: 0, wordFiles: 0 }, { root: '/', load: loadTitles });
    expect((await sharded.search('speech'))?.results.map((result) => result.id)).toEqual(['New speech paper']);
    expect(merges).toEqual([]);
  });

  test('answers a word only an old shard holds from that shard, without the newest shard\'s loose matches', async () => {
    const { pagefind, merges } = fakePagefind({ loose: true });
    const sharded = shardedPagefind(pagefind, routedList, { root: '/', load: loadTables });
    expect((await sharded.search('old'))?.results.map((result) => result.id)).toEqual(['Old graph paper', 'Old vision paper']);
    expect(merges).toEqual(['/pagefind/shards/0/']);
    // The other shards cannot hold the word, so the answer is whole.
    expect(sharded.coverage()).toEqual({ searched: 6, total: 6 });
  });

  test('merges the shards holding a word newest first while too few are found, at most maxRoutedPerQuery', async () => {
    const { pagefind, merges } = fakePagefind({ loose: true });
    const sharded = shardedPagefind(pagefind, routedList, { root: '/', load: loadTables, maxRoutedPerQuery: 1 });
    expect((await sharded.search('graph'))?.results.map((result) => result.id)).toEqual(['Middle graph paper']);
    expect(merges).toEqual(['/pagefind/shards/1/']);
    expect(sharded.coverage()).toEqual({ searched: 4, total: 6 });
    expect((await sharded.search('graph'))?.results.map((result) => result.id)).toEqual(['Middle graph paper', 'Old graph paper']);
    expect(sharded.coverage()).toEqual({ searched: 6, total: 6 });
  });

  test('answers words no shard holds together with nothing, merging nothing', async () => {
    const { pagefind, merges } = fakePagefind({ loose: true });
    const sharded = shardedPagefind(pagefind, routedList, { root: '/', load: loadTables });
    expect((await sharded.search('old speech'))?.results).toEqual([]);
    expect(merges).toEqual([]);
  });

  test('routes by the words the table lists and ignores the others (everywhere or nowhere)', async () => {
    const { pagefind, merges } = fakePagefind({ loose: true });
    const sharded = shardedPagefind(pagefind, routedList, { root: '/', load: loadTables });
    expect((await sharded.search('speech paper'))?.results.map((result) => result.id)).toEqual(['New speech paper', 'Middle speech paper']);
    expect(merges).toEqual(['/pagefind/shards/1/']);
  });
});
