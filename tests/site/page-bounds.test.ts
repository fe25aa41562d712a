import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { settings } from '../../src/settings.ts';
import { distLargeDir, largeDocumentSize } from '../helpers/dist.ts';
import { attr, by, findAll, listFiles, pagePath } from './dist-html.ts';
import { walkListing } from './listing-pages.ts';

/**
 * Page sizes of a large build: a synthetic document of {@link largeDocumentSize} papers with 61
 * topics, one of them holding most papers, built with the default page size.
 *
 * Why this proves the bound at 10,000 papers without building 10,000: a page's size is its
 * chrome, which grows with the number of topics (sidebar) and not with the number of papers,
 * plus the papers it lists. The second test shows no page lists or links more than one page
 * size of papers (a map page: one map tile's), so at 10,000 papers a page holds no more than
 * here; the first shows the largest of them is far below the bound (the README reports the
 * same measure at 10,000). With more papers than a map page draws, the map is cut into parts
 * (tests/site/map-tiles.test.ts), so it keeps to the bound too.
 */
const limit = 100 * 1024;
const pages = listFiles(distLargeDir).filter((file) => file.endsWith('.html'));
const isMap = (file: string) => file.startsWith('map/');
const collection = JSON.parse(readFileSync(join(distLargeDir, 'topics.json'), 'utf8')) as { topics: { id: string; papers: string[] }[] };
const allPapers = (JSON.parse(readFileSync(join(distLargeDir, 'papers.json'), 'utf8')) as { papers: { slug: string }[] }).papers;

describe(`a build of ${largeDocumentSize} papers with a topic of most of them`, () => {
  test('has a topic of at least 15% of the papers and 60 topics, as automatic topics give', () => {
    expect(allPapers.length).toBe(largeDocumentSize);
    expect(Math.max(...collection.topics.map((topic) => topic.papers.length))).toBeGreaterThanOrEqual(0.15 * largeDocumentSize);
    expect(collection.topics.length).toBeGreaterThanOrEqual(60);
  });

  test('no HTML page, the map’s included, weighs more than 100 KB gzipped', () => {
    const sizes = pages.map((file) => ({ file, gzip: gzipSync(readFileSync(join(distLargeDir, file)), { level: 9 }).length }));
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.info(`largest page of ${pages.length}: ${largest.file}, ${(largest.gzip / 1024).toFixed(1)} KB gzipped`);
    expect(sizes.filter(({ gzip }) => gzip > limit)).toEqual([]);
  });

  test('no page links more than one page size of papers (a map page: one map tile), so pages do not grow with the collection', () => {
    const over: string[] = [];
    for (const file of pages) {
      const document = parse(readFileSync(join(distLargeDir, file), 'utf8'));
      const self = `/${pagePath(file)}`;
      const papers = new Set(
        findAll(document, by('a'))
          .map((a) => attr(a, 'href') ?? '')
          .filter((href) => /^\/papers\/[^/]+\/$/.test(href) && !/^\/papers\/\d+\/$/.test(href) && href !== self),
      );
      if (papers.size > (isMap(file) ? settings.mapTileSize : settings.pageSize)) over.push(`${file}: ${papers.size} paper links`);
    }
    expect(over).toEqual([]);
  });

  test('the largest topic and the paper list are split into pages of the default size that hold all their papers', () => {
    const largest = collection.topics.reduce((a, b) => (b.papers.length > a.papers.length ? b : a));
    const topicPages = walkListing(distLargeDir, '/', `topics/${largest.id}/`);
    expect(topicPages).toHaveLength(Math.ceil(largest.papers.length / settings.pageSize));
    expect(topicPages.flatMap((page) => page.papers)).toEqual(largest.papers.map((slug) => `/papers/${slug}/`));
    const paperPages = walkListing(distLargeDir, '/', 'papers/');
    expect(paperPages).toHaveLength(Math.ceil(largeDocumentSize / settings.pageSize));
    expect(paperPages.flatMap((page) => page.papers)).toEqual(allPapers.map((paper) => `/papers/${paper.slug}/`));
  });
});
