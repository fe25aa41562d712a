import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { readPapers } from './content.ts';
import { attr, by, findAll, readPage, readPages, text } from './dist-html.ts';

const papers = readPapers();

describe('markup for the search index', () => {
  test('a paper page marks its title, short name, abstract and topics as the searchable body', () => {
    for (const paper of papers) {
      const { document } = readPage(distDir, `papers/${paper.slug}/index.html`);
      const bodies = findAll(document, by(undefined, 'data-pagefind-body'));
      expect(bodies, paper.slug).toHaveLength(1);
      const body = bodies[0]!;
      const h1 = findAll(body, by('h1'))[0]!;
      expect(attr(h1, 'data-pagefind-weight'), paper.slug).toBe('10');
      expect(attr(h1, 'data-pagefind-meta'), paper.slug).toBe('title');
      expect(findAll(body, by(undefined, 'data-pagefind-filter', 'topic')), paper.slug).toHaveLength(paper.topics.length);
      expect(text(body), paper.slug).toContain(paper.description.slice(0, 40));
    }
  });

  test('related papers and previous/next links are kept out of the index', () => {
    const paper = papers.find((candidate) => candidate.order > 1) ?? papers[0]!;
    const { document } = readPage(distDir, `papers/${paper.slug}/index.html`);
    const body = findAll(document, by(undefined, 'data-pagefind-body'))[0]!;
    const outside = (element: Parameters<typeof attr>[0]) =>
      !findAll(body, (candidate) => candidate === element).length || attr(element, 'data-pagefind-ignore') !== undefined;
    for (const element of findAll(document, (e) => e.tagName === 'nav' || attr(e, 'class') === 'related')) {
      expect(outside(element)).toBe(true);
    }
    expect(findAll(body, by('a', 'rel')).length).toBe(0);
  });

  test('pages other than paper pages have no searchable body', () => {
    for (const page of readPages(distDir)) {
      if (page.file.startsWith('papers/') && page.file !== 'papers/index.html') continue;
      expect(findAll(page.document, by(undefined, 'data-pagefind-body')), page.file).toEqual([]);
    }
  });

  test('every page has a search box that works without JavaScript', () => {
    for (const page of readPages(distDir)) {
      const forms = findAll(page.document, by('form', 'data-site-search'));
      expect(forms.length, page.file).toBeGreaterThan(0);
      for (const form of forms) {
        expect(attr(form, 'action'), page.file).toBe('/search/');
        expect(attr(form, 'method'), page.file).toBe('get');
        expect(findAll(form, by('input', 'name', 'q')), page.file).toHaveLength(1);
      }
    }
  });
});
