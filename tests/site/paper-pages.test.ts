import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { readAtlas, readPapers, readTopics } from './content.ts';
import { attr, by, findAll, readPage, text } from './dist-html.ts';
import { walkListing } from './listing-pages.ts';

const papers = readPapers();
const topics = new Map(readTopics().map((topic) => [topic.id, topic]));
const atlas = readAtlas();
const pageOf = (slug: string) => readPage(distDir, `papers/${slug}/index.html`);

describe('paper pages', () => {
  test('each paper of the document has exactly one page', () => {
    expect(papers.length).toBe(atlas.paperCount);
    const built = readdirSync(join(distDir, 'papers'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(built).toEqual(papers.map((paper) => paper.slug).sort());
    const titles = papers.map((paper) => text(findAll(pageOf(paper.slug).document, by('h1'))[0] ?? pageOf(paper.slug).document));
    expect(titles).toEqual(papers.map((paper) => paper.title));
  });

  test('every paper page has exactly one h1', () => {
    for (const paper of papers) {
      expect(findAll(pageOf(paper.slug).document, by('h1')), paper.slug).toHaveLength(1);
    }
  });

  test('a paper page shows its short name, abstract and topic chips in order', () => {
    for (const paper of papers) {
      const { document } = pageOf(paper.slug);
      const shortName = findAll(document, by(undefined, 'data-pagefind-meta', 'shortName'))[0];
      expect(shortName && text(shortName), paper.slug).toBe(paper.shortName);
      const abstract = text(findAll(document, by('section', 'class', 'abstract'))[0] ?? document);
      expect(abstract, paper.slug).toContain(paper.description.slice(0, 40));
      const chips = findAll(document, by('span', 'data-pagefind-filter', 'topic')).map(text);
      expect(chips, paper.slug).toEqual(paper.topics.map((id) => topics.get(id)?.name));
    }
  });

  test('a paper page links each of its code and project links', () => {
    for (const paper of papers) {
      const hrefs = findAll(pageOf(paper.slug).document, by('a')).map((a) => attr(a, 'href'));
      for (const link of paper.links) expect(hrefs, paper.slug).toContain(link.url);
    }
  });

  test('the breadcrumb ends at the main topic, then the paper', () => {
    for (const paper of papers) {
      const trail = findAll(pageOf(paper.slug).document, by('nav', 'aria-label', 'Breadcrumb'))[0];
      expect(trail, paper.slug).toBeDefined();
      const links = findAll(trail!, by('a')).map((a) => attr(a, 'href'));
      expect(links.at(-1), paper.slug).toBe(`/topics/${paper.topics[0]}/`);
    }
  });

  test('previous and next links follow the document order', () => {
    papers.forEach((paper, index) => {
      const { document } = pageOf(paper.slug);
      const prev = findAll(document, by('a', 'rel', 'prev')).map((a) => attr(a, 'href'));
      const next = findAll(document, by('a', 'rel', 'next')).map((a) => attr(a, 'href'));
      expect(prev, paper.slug).toEqual(index > 0 ? [`/papers/${papers[index - 1]!.slug}/`] : []);
      expect(next, paper.slug).toEqual(index < papers.length - 1 ? [`/papers/${papers[index + 1]!.slug}/`] : []);
    });
  });

  test('related papers are the ones the generator computed, in order', () => {
    for (const paper of papers) {
      const section = findAll(pageOf(paper.slug).document, by('section', 'class', 'related'))[0];
      const related = section ? findAll(section, by('a')).map((a) => attr(a, 'href')) : [];
      expect(related, paper.slug).toEqual((atlas.related[paper.slug] ?? []).map((slug) => `/papers/${slug}/`));
    }
  });

  test('the site has a home, paper list, topic list, search and 404 page', () => {
    for (const file of ['index.html', 'papers/index.html', 'topics/index.html', 'search/index.html', '404.html']) {
      expect(existsSync(join(distDir, file)), file).toBe(true);
    }
  });

  test('the paper list links every paper once, in document order, over its pages', () => {
    const hrefs = walkListing(distDir, '/', 'papers/').flatMap((page) => page.papers);
    expect(hrefs).toEqual(papers.map((paper) => `/papers/${paper.slug}/`));
  });
});
