import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchPapers } from '../../src/utils/search/search-papers.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { hitPath, openPagefind, type NodePagefind } from '../helpers/pagefind.ts';
import { excerptParts } from '../../src/utils/search/excerpt-parts.ts';
import { spellingLoader } from '../../src/utils/search/spelling-loader.ts';
import { readAtlas, readPapers, readTopics } from '../site/content.ts';
import { meaningQueries, topicalQueries, type ExpectedQuery } from './queries.ts';

const papers = readPapers();
const topics = readTopics();
const slugOf = (url: string) => hitPath(url).replace(/^\/(?:atlas\/)?papers\/([^/]+)\/$/, '$1');

describe('searching the built site with Pagefind in Node', () => {
  let site: NodePagefind;
  beforeAll(async () => {
    site = await openPagefind(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });
  const search = (query: string, topicNames: string[] = [], limit = 5) =>
    searchPapers(site.pagefind, query, { filters: { topic: topicNames }, limit, spelling: site.spelling });

  test('every paper is found first by its exact title', async () => {
    const misses: string[] = [];
    for (const paper of papers) {
      const found = await search(paper.title, [], 1);
      if (slugOf(found.hits[0]?.url ?? '') !== paper.slug) misses.push(`${paper.title} → ${found.hits[0]?.title}`);
    }
    expect(misses).toEqual([]);
    expect(papers).toHaveLength(69);
  });

  test('every paper with a short name is found first by it', async () => {
    const named = papers.filter((paper) => paper.shortName !== undefined);
    expect(named.length).toBeGreaterThan(10);
    const misses: string[] = [];
    for (const paper of named) {
      const found = await search(paper.shortName ?? '', [], 1);
      if (slugOf(found.hits[0]?.url ?? '') !== paper.slug) misses.push(`${paper.shortName} → ${found.hits[0]?.title}`);
    }
    expect(misses).toEqual([]);
  });

  test('Pagefind alone already ranks every exact title first, so the re-rank is only a safety net', async () => {
    const misses: string[] = [];
    for (const paper of papers) {
      const response = await site.pagefind.search(paper.title);
      const first = await response?.results[0]?.data();
      if (slugOf(first?.url ?? '') !== paper.slug) misses.push(paper.title);
    }
    expect(misses).toEqual([]);
  });

  test('a topic filter with an empty query returns exactly that topic’s papers, in document order', async () => {
    for (const topic of topics) {
      const found = await search('', [topic.name], 1000);
      // topics.json lists a topic's papers most about it first; the search lists them in document order.
      const inOrder = papers.filter((paper) => topic.papers.includes(paper.slug)).map((paper) => paper.slug);
      expect(found.hits.map((hit) => slugOf(hit.url)), topic.id).toEqual(inOrder);
      expect(found.total, topic.id).toBe(topic.papers.length);
    }
  });

  test('a topic filter keeps only that topic’s papers among a query’s hits, and counts hits per topic', async () => {
    const topic = topics.find((candidate) => candidate.id === 'parameter-efficient-fine-tuning');
    expect(topic).toBeDefined();
    const all = await search('transfer', [], 1000);
    const filtered = await search('transfer', [topic?.name ?? ''], 1000);
    const expected = all.hits.map((hit) => slugOf(hit.url)).filter((slug) => topic?.papers.includes(slug));
    expect(filtered.hits.map((hit) => slugOf(hit.url)).sort()).toEqual(expected.sort());
    expect(all.filterCounts['topic']?.[topic?.name ?? '']).toBe(expected.length);
  });

  test('several topics together keep only the papers in all of them', async () => {
    const [a, b] = ['parameter-efficient-fine-tuning', 'vision-language'].map((id) => topics.find((topic) => topic.id === id));
    const both = papers.filter((paper) => a?.papers.includes(paper.slug) && b?.papers.includes(paper.slug)).map((paper) => paper.slug);
    expect(both.length).toBeGreaterThan(0);
    const found = await search('', [a?.name ?? '', b?.name ?? ''], 1000);
    expect(found.hits.map((hit) => slugOf(hit.url))).toEqual(both);
  });

  test('a paper in several topics is found under each of them', async () => {
    const paper = papers.find((candidate) => candidate.topics.length >= 3);
    expect(paper).toBeDefined();
    for (const id of paper?.topics ?? []) {
      const name = topics.find((topic) => topic.id === id)?.name ?? id;
      const found = await search('', [name], 1000);
      expect(found.hits.map((hit) => slugOf(hit.url)), id).toContain(paper?.slug);
    }
  });

  test('a hit carries what the results show: title, short name, topics and a highlighted excerpt', async () => {
    const found = await search('ladder side network');
    const hit = found.hits[0];
    expect(hit?.title).toBe('LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning');
    expect(hit?.shortName).toBe('LST');
    expect(hit?.topics).toContain('Parameter-efficient fine-tuning');
    expect(hit?.excerpt).toMatch(/<mark>(ladder|side|network)/i);
  });

  const expectTopFive = async ({ query, expect: slugs }: ExpectedQuery) => {
    const found = await search(query);
    const top = found.hits.map((hit) => slugOf(hit.url));
    expect(slugs.filter((slug) => !top.includes(slug)), `${query} → ${top.join(', ')}`).toEqual([]);
  };

  test.each(topicalQueries)('a topical query finds what a researcher expects: $query', expectTopFive);

  test.each(meaningQueries)('a reader is understood ($kind): $query', expectTopFive);

  test('a misspelled word is searched as the word it most likely is, and the typed query is kept', async () => {
    const found = await search('knowlege distillation');
    expect(found.query).toBe('knowlege distillation');
    expect(found.searched).toBe('knowledge distillation');
    const exact = await searchPapers(site.pagefind, 'knowlege distillation', { spelling: site.spelling, exact: true });
    expect(exact.searched).toBe('knowlege distillation');
  });

  test('a query that finds something loads no vocabulary; a misspelling loads only a few small shards', async () => {
    const fetched: string[] = [];
    const spelling = spellingLoader(site.server.url, async (url) => {
      fetched.push(url.slice(site.server.url.length));
      return (await fetch(url)).json();
    });
    await searchPapers(site.pagefind, 'adapter', { spelling });
    await searchPapers(site.pagefind, 'knowledge distillation', { spelling });
    expect(fetched).toEqual([]);
    const found = await searchPapers(site.pagefind, 'knowlege distillation', { spelling });
    expect(found.searched).toBe('knowledge distillation');
    expect(fetched[0]).toBe('search-vocabulary/index.json');
    expect(fetched.length).toBeGreaterThan(1);
    expect(fetched.length).toBeLessThanOrEqual(1 + 2 * 3);
  });

  test('excerpts come from the abstract, never from the “Also indexed as” list', async () => {
    const terms = readAtlas().searchTerms;
    const leaks: string[] = [];
    for (const { query } of [...topicalQueries, ...meaningQueries]) {
      for (const hit of (await search(query)).hits) {
        const text = excerptParts(hit.excerpt).map((part) => part.text).join('');
        const listed = terms[slugOf(hit.url)] ?? [];
        if (listed.some((term, index) => index > 0 && text.includes(`${listed[index - 1]} · ${term}`))) leaks.push(`${query} → ${text}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('an empty search finds nothing and reports each topic’s total', async () => {
    const found = await search('');
    expect(found.total).toBe(0);
    for (const topic of topics) expect(found.filterCounts['topic']?.[topic.name], topic.id).toBe(topic.papers.length);
  });

  test('more hits load in order after the first ones, without repeats', async () => {
    const found = await search('transfer', [], 5);
    const rest = await found.more(1000);
    const slugs = [...found.hits, ...rest].map((hit) => slugOf(hit.url));
    expect(slugs).toHaveLength(found.total);
    expect(new Set(slugs).size).toBe(found.total);
  });
});

describe(`searching the site built under ${testBase}`, () => {
  let site: NodePagefind;
  beforeAll(async () => {
    site = await openPagefind(distBaseDir, testBase);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('result addresses include the base path', async () => {
    const paper = papers[0];
    const found = await searchPapers(site.pagefind, paper?.title ?? '', { limit: 1, spelling: site.spelling });
    expect(hitPath(found.hits[0]?.url ?? '')).toBe(`${testBase}/papers/${paper?.slug}/`);
  });
});
