import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distBaseDir, distDir, testBase, testPageSize } from '../helpers/dist.ts';
import { readPapers, readTopics } from './content.ts';
import { attr, by, findAll, pagePath, text } from './dist-html.ts';
import { walkListing, type ListingPage } from './listing-pages.ts';

const papers = readPapers();
const topics = readTopics();

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('paginated listings %s', (_name, dir, prefix) => {
  const paperHref = (slug: string) => `${prefix}papers/${slug}/`;
  const allPapers = walkListing(dir, prefix, 'papers/');

  /** What every paginated listing must hold to: sizes, order, addresses and its navigation. */
  function expectListing(pages: ListingPage[], first: string, expected: string[]) {
    const lastPage = Math.max(1, Math.ceil(expected.length / testPageSize));
    expect(pages.map(({ page }) => pagePath(page.file))).toEqual(Array.from({ length: lastPage }, (_, i) => (i === 0 ? first : `${first}${i + 1}/`)));
    expect(pages.flatMap((page) => page.papers)).toEqual(expected);
    expect(existsSync(join(dir, first, '1')), `${first}1/ must not exist: page 1 is ${first}`).toBe(false);
    pages.forEach(({ page, papers, nav }, index) => {
      const n = index + 1;
      const here = `${prefix}${pagePath(page.file)}`;
      expect(papers.length, page.file).toBeLessThanOrEqual(testPageSize);
      if (lastPage === 1) {
        expect(nav, page.file).toBeUndefined();
        return;
      }
      expect(nav?.label, page.file).toBeTruthy();
      expect(nav!.numbers.filter(([, , current]) => current === 'page'), page.file).toEqual([[`Page ${n}`, here, 'page']]);
      expect(nav!.numbers.map(([label]) => label).at(0), page.file).toBe('Page 1');
      expect(nav!.numbers.map(([label]) => label).at(-1), page.file).toBe(`Page ${lastPage}`);
      expect(nav!.prev, page.file).toBe(n === 1 ? undefined : `${prefix}${pagePath(pages[index - 1]!.page.file)}`);
      const title = text(findAll(page.document, by('title'))[0]!);
      if (n > 1) expect(title, page.file).toContain(`page ${n} of ${lastPage}`);
      const canonical = findAll(page.document, by('link', 'rel', 'canonical'))[0];
      expect(new URL(attr(canonical!, 'href')!).pathname, page.file).toBe(here);
    });
  }

  test('the paper list keeps /papers/ as its first page and lists each paper on exactly one page, in document order', () => {
    expect(allPapers.length).toBeGreaterThan(1);
    expectListing(allPapers, 'papers/', papers.map((paper) => paperHref(paper.slug)));
  });

  test("a topic's pages list exactly its papers, in the order of topics.json, its first page at /topics/<slug>/", () => {
    expect(topics.some((topic) => topic.papers.length > testPageSize), 'no topic spans two pages; lower testPageSize').toBe(true);
    for (const topic of topics) {
      const pages = walkListing(dir, prefix, `topics/${topic.id}/`);
      expectListing(pages, `topics/${topic.id}/`, topic.papers.map(paperHref));
    }
  });

  test('the first page of a topic has its map preview and related topics; later pages do not', () => {
    const topic = topics.find((candidate) => candidate.papers.length > testPageSize && candidate.related.length > 0)!;
    const [first, second] = walkListing(dir, prefix, `topics/${topic.id}/`);
    const has = (listing: ListingPage) => ({
      preview: findAll(listing.page.document, by(undefined, 'class', 'map-preview')).length > 0,
      related: findAll(listing.page.document, by('h2', 'id', 'related-topics-heading')).length > 0,
    });
    expect(has(first!)).toEqual({ preview: true, related: true });
    expect(has(second!)).toEqual({ preview: false, related: false });
  });
});
