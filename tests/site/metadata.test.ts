import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { settings } from '../../src/settings.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { readPapers, readTopics } from './content.ts';
import { attr, by, findAll, pagePath, readPage, readPages, text, type Page } from './dist-html.ts';

const papers = readPapers();
const topics = readTopics();
const site = settings.site;

const meta = (page: Page, key: string) => {
  const element = findAll(page.document, (e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key))[0];
  return element && attr(element, 'content');
};
const canonical = (page: Page) => {
  const link = findAll(page.document, by('link', 'rel', 'canonical'))[0];
  return link && attr(link, 'href');
};

describe('metadata', () => {
  test('a paper page has its title, first sentence as description and social cards', () => {
    for (const paper of papers) {
      const page = readPage(distDir, `papers/${paper.slug}/index.html`);
      expect(text(findAll(page.document, by('title'))[0]!), paper.slug).toBe(`${paper.title} · ${settings.title}`);
      expect(meta(page, 'description'), paper.slug).toBe(paper.description);
      expect(meta(page, 'og:title'), paper.slug).toBe(paper.title);
      expect(meta(page, 'og:description'), paper.slug).toBe(paper.description);
      expect(meta(page, 'og:type'), paper.slug).toBe('article');
      expect(meta(page, 'og:url'), paper.slug).toBe(new URL(`/papers/${paper.slug}/`, site).href);
      expect(meta(page, 'twitter:card'), paper.slug).toBe('summary_large_image');
      expect(meta(page, 'twitter:title'), paper.slug).toBe(paper.title);
    }
  });

  test('a paper page describes itself as a ScholarlyArticle in JSON-LD', () => {
    const topicNames = new Map(topics.map((topic) => [topic.id, topic.name]));
    for (const paper of papers) {
      const page = readPage(distDir, `papers/${paper.slug}/index.html`);
      const scripts = findAll(page.document, by('script', 'type', 'application/ld+json'));
      expect(scripts, paper.slug).toHaveLength(1);
      const data = JSON.parse(text(scripts[0]!)) as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('ScholarlyArticle');
      expect(data['headline']).toBe(paper.title);
      expect(data['url']).toBe(new URL(`/papers/${paper.slug}/`, site).href);
      expect(data['keywords']).toBe(paper.topics.map((id) => topicNames.get(id)).join(', '));
      if (paper.shortName) expect(data['alternateName']).toBe(paper.shortName);
    }
  });

  test('every indexable page has a description and a canonical URL that includes the base', () => {
    for (const [dir, prefix] of [
      [distDir, '/'],
      [distBaseDir, `${testBase}/`],
    ] as const) {
      for (const page of readPages(dir)) {
        expect(meta(page, 'description')?.length, page.file).toBeGreaterThan(10);
        if (page.file === '404.html') {
          expect(meta(page, 'robots')).toBe('noindex');
          continue;
        }
        expect(canonical(page), page.file).toBe(new URL(prefix + pagePath(page.file), site).href);
      }
    }
  });

  test.each([
    ['at the root', distDir, '/'],
    ['under a base path', distBaseDir, `${testBase}/`],
  ])('the sitemap lists every indexable page %s', (_name, dir, prefix) => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${new URL(`${prefix}sitemap-0.xml`, site).href}</loc>`);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
    const expected = readPages(dir)
      .filter((page) => page.file !== '404.html')
      .map((page) => new URL(prefix + pagePath(page.file), site).href)
      .sort();
    expect(locations).toEqual(expected);
  });

  test.each([
    ['at the root', distDir, '/'],
    ['under a base path', distBaseDir, `${testBase}/`],
  ])('robots.txt points to the sitemap %s', (_name, dir, prefix) => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${new URL(`${prefix}sitemap-index.xml`, site).href}`);
  });
});
