import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import porter2 from 'wink-porter2-stemmer';
import { searchPapers } from '../../src/utils/search/search-papers.ts';
import type { ShardList } from '../../src/utils/search/search-shards.ts';
import { builtDocumentDir, splitSearchDocument } from '../helpers/build-document.ts';
import { hitPath, openPagefind, type NodePagefind } from '../helpers/pagefind.ts';

// Built by tests/global-setup.ts: ICLR 2020 and the hostile titles, the index split into shards of 100 papers.
const built = builtDocumentDir(splitSearchDocument.name);
const papers = parseDocument(readFileSync(built.source, 'utf8'), built.source).papers;
const list = () => JSON.parse(readFileSync(join(built.dist, 'search-shards', 'index.json'), 'utf8')) as ShardList;
const slugsInOrder = () => (JSON.parse(readFileSync(join(built.dist, 'papers.json'), 'utf8')) as { papers: Array<{ slug: string }> }).papers.map((paper) => paper.slug);

describe('a search index split into shards', () => {
  test('has the newest papers in pagefind/ and the older ones in shards of 100, listed in search-shards/index.json', () => {
    const { shards, titleFiles } = list();
    const full = Math.floor(papers.length / 100);
    const expected = [...Array.from({ length: full }, () => 100), papers.length - 100 * full].filter((count) => count > 0);
    expect(papers.length).toBeGreaterThan(600);
    expect(shards.map((shard) => shard.papers)).toEqual(expected);
    expect(shards.at(-1)?.path).toBe('pagefind/');
    expect(shards[0]?.path).toBe('pagefind/shards/0/');
    expect(titleFiles).toBeGreaterThan(1);
    // Merged shards need only their index: Pagefind's script and WebAssembly come once, from pagefind/.
    expect(() => readFileSync(join(built.dist, 'pagefind/shards/0/pagefind.js'))).toThrow();
    expect(readFileSync(join(built.dist, 'pagefind/shards/0/pagefind-entry.json'), 'utf8')).toContain('"page_count":100');
  });

  describe('searched as the header box does', () => {
    let site: NodePagefind;
    beforeAll(async () => {
      site = await openPagefind(built.dist);
    });
    afterAll(async () => {
      await site?.close();
    });

    test('a title in the oldest shard is found first, merging only the shard the title table names', async () => {
      const oldest = papers[3]!.title;
      const found = await searchPapers(site.pagefind, oldest, { limit: 1, spelling: site.spelling });
      expect(found.hits[0]?.title).toBe(oldest);
      // The oldest shard and the newest (pagefind/, always loaded): the newest holds what is left over 100s.
      const newest = papers.length % 100 || 100;
      expect(site.pagefind.coverage()).toEqual({ searched: 100 + newest, total: papers.length });
    });

    test('every exact title finds its paper first', async () => {
      const misses: string[] = [];
      for (const { title } of papers) {
        const found = (await searchPapers(site.pagefind, title, { limit: 1, spelling: site.spelling })).hits[0]?.title;
        if (found !== title) misses.push(`${title} → ${found}`);
      }
      expect(misses).toEqual([]);
    }, 300_000);

    test('a filter-only listing comes in document order across the shards, without the shards as a filter', async () => {
      const filters = await site.pagefind.filters();
      expect(Object.keys(filters)).not.toContain('shard');
      const [topic, count] = Object.entries(filters['topic'] ?? {}).sort(([, a], [, b]) => b - a)[0]!;
      const listing = await searchPapers(site.pagefind, '', { filters: { topic: [topic] }, limit: 1000 });
      expect(listing.total).toBe(count);
      const order = slugsInOrder();
      const positions = listing.hits.map((hit) => order.indexOf(hitPath(hit.url).split('/')[2] ?? ''));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(Object.keys(listing.filterCounts)).not.toContain('shard');
    });
  });

  test('a rare word only the oldest shard holds finds its papers there, merging no other shard', async () => {
    // A word only papers of the oldest shard write (Pagefind matches every word its stem begins, so no other paper writes that stem).
    const texts = papers.map((paper) => `${paper.title} ${paper.abstract}`.toLowerCase());
    const holders = (stem: string) => texts.flatMap((text, index) => (text.includes(stem) ? [index] : []));
    const rare = [...new Set(texts.slice(0, 100).flatMap((text) => text.match(/\p{L}{9,}/gu) ?? []))].find((word) => {
      const found = holders(porter2(word));
      return found.length > 0 && found.every((index) => index < 100);
    });
    expect(rare).toBeDefined();
    const writers = holders(porter2(rare!)).map((index) => papers[index]!.title);
    const site = await openPagefind(built.dist);
    try {
      const found = await searchPapers(site.pagefind, rare!, { limit: 20, spelling: site.spelling });
      expect(found.hits.map((hit) => hit.title).sort()).toEqual([...writers].sort());
      // The word table said no other shard holds it: the answer is whole, and no other shard was merged.
      expect(site.pagefind.coverage()).toEqual({ searched: papers.length, total: papers.length });
      expect(site.shardFiles.filter((file) => file.startsWith('search-shards/words/'))).toHaveLength(1);
    } finally {
      await site.close();
    }
  });

  test('the search page searches every shard', async () => {
    const site = await openPagefind(built.dist);
    try {
      site.pagefind.searchEverything();
      const found = await searchPapers(site.pagefind, 'hyperbolic', { spelling: site.spelling });
      expect(found.total).toBeGreaterThan(0);
      expect(site.pagefind.coverage().searched).toBe(papers.length);
    } finally {
      await site.close();
    }
  });
});
