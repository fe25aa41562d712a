import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { attr, findAll, pagePath, readPages, type Element } from './dist-html.ts';

/** Attributes that point at other resources, per element. */
const urlAttributes: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src'], form: ['action'], source: ['src'] };

function references(element: Element): string[] {
  return (urlAttributes[element.tagName] ?? []).flatMap((name) => attr(element, name) ?? []);
}

/** Whether a URL path below the base names a file of the build (directories through their index.html). */
function resolves(dir: string, path: string): boolean {
  const file = join(dir, decodeURIComponent(path));
  if (path === '' || path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

describe.each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, `${testBase}/`],
])('links and assets %s', (_name, dir, prefix) => {
  const origin = 'http://site.test';
  const pages = readPages(dir);

  test('the build has pages', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test('every internal link and asset resolves to a file of the build', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(prefix + pagePath(page.file), origin);
      for (const element of findAll(page.document, (element) => element.tagName in urlAttributes)) {
        for (const reference of references(element)) {
          const url = new URL(reference, pageUrl);
          if (url.origin !== origin) continue;
          if (!url.pathname.startsWith(prefix) || !resolves(dir, url.pathname.slice(prefix.length))) {
            broken.push(`${page.file}: <${element.tagName}> ${reference}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every internal address is written with the base path, not relative to the page', () => {
    const unprefixed: string[] = [];
    for (const page of pages) {
      for (const element of findAll(page.document, (element) => element.tagName in urlAttributes)) {
        for (const reference of references(element)) {
          if (/^[a-z]+:|^#/.test(reference)) continue;
          if (!reference.startsWith(prefix)) unprefixed.push(`${page.file}: ${reference}`);
        }
      }
    }
    expect(unprefixed).toEqual([]);
  });

  test('in-page anchors point at existing ids', () => {
    const missing: string[] = [];
    for (const page of pages) {
      const ids = new Set(findAll(page.document, (element) => attr(element, 'id') !== undefined).map((element) => attr(element, 'id')));
      for (const anchor of findAll(page.document, (element) => element.tagName === 'a' && (attr(element, 'href') ?? '').startsWith('#'))) {
        const id = attr(anchor, 'href')!.slice(1);
        if (!ids.has(id)) missing.push(`${page.file}: #${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
