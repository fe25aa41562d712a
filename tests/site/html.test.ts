import { describe, expect, test } from 'vitest';
import { distBaseDir, distDir } from '../helpers/dist.ts';
import { attr, by, findAll, readPages } from './dist-html.ts';

describe.each([
  ['at the root', distDir],
  ['under a base path', distBaseDir],
])('HTML %s', (_name, dir) => {
  const pages = readPages(dir);

  test('every page is well-formed HTML', () => {
    const errors = pages.flatMap((page) =>
      page.errors.map((error) => `${page.file}:${error.startLine}:${error.startCol}: ${error.code}`),
    );
    expect(errors).toEqual([]);
  });

  test('every page declares its language, a title and one h1', () => {
    for (const page of pages) {
      const html = findAll(page.document, by('html'))[0]!;
      expect(attr(html, 'lang'), page.file).toBe('en');
      // Only the document's own title: the map's SVG points carry <title>s of their own.
      expect(findAll(findAll(page.document, by('head'))[0]!, by('title')), page.file).toHaveLength(1);
      expect(findAll(page.document, by('h1')), page.file).toHaveLength(1);
    }
  });

  test('every page has the landmarks and a skip link to the main content', () => {
    for (const page of pages) {
      for (const tag of ['header', 'nav', 'main', 'footer']) {
        expect(findAll(page.document, by(tag)).length, `${page.file} <${tag}>`).toBeGreaterThan(0);
      }
      expect(findAll(page.document, by('main')), page.file).toHaveLength(1);
      const skip = findAll(page.document, by('a', 'class', 'skip-link'))[0];
      expect(skip && attr(skip, 'href'), page.file).toBe('#main');
      expect(attr(findAll(page.document, by('main'))[0]!, 'id'), page.file).toBe('main');
    }
  });

  test('ids are unique on every page', () => {
    for (const page of pages) {
      const ids = findAll(page.document, (element) => attr(element, 'id') !== undefined).map((element) => attr(element, 'id'));
      expect(ids.length, page.file).toBe(new Set(ids).size);
    }
  });

  test('the theme is applied by an inline script before any stylesheet, so it never flashes', () => {
    for (const page of pages) {
      const head = findAll(page.document, by('head'))[0]!;
      const order = head.childNodes.flatMap((node) =>
        'tagName' in node && (node.tagName === 'script' || (node.tagName === 'link' && attr(node, 'rel') === 'stylesheet') || node.tagName === 'style')
          ? [node]
          : [],
      );
      const first = order[0];
      expect(first?.tagName, page.file).toBe('script');
      expect(first && attr(first, 'src'), page.file).toBeUndefined();
    }
  });
});
