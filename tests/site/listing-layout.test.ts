import { describe, expect, test } from 'vitest';
import { builtDocumentDir, areasDocument } from '../helpers/build-document.ts';
import { distDir, formatsBaseDir, listingsDir } from '../helpers/dist.ts';
import { attr, by, findAll, listFiles, pagePath, readPage, text, type Element } from './dist-html.ts';

/** Every page of a build that lists something: papers and their pages, authors, years, venues, dates, topics, areas. */
const listingFiles = (dir: string) => listFiles(dir).filter((file) => /^(papers\/(\d+\/)?|authors\/(.*\/)?|years\/|venues\/|dates\/(.*\/)?|topics\/(.*\/)?|areas\/.*\/)index\.html$/.test(file));
const children = (element: Element) => element.childNodes.filter((node): node is Element => 'tagName' in node);
const classes = (element: Element) => (attr(element, 'class') ?? '').split(/\s+/);

describe.each([
  ['the bundled document', distDir],
  ['exports with authors, venues and years', formatsBaseDir],
  ['daily listings', listingsDir],
  ['a taxonomy with areas', builtDocumentDir(areasDocument.name).dist],
])('listing pages of %s', (_name, dir) => {
  const files = listingFiles(dir);

  test('every listing page opens the same way: breadcrumbs from Home to it, its name as heading and title, then a lead', () => {
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const { document } = readPage(dir, file);
      const [trail, heading, lead] = children(findAll(document, by('main'))[0]!);
      expect([trail?.tagName, trail && attr(trail, 'aria-label'), heading?.tagName], file).toEqual(['nav', 'Breadcrumb', 'h1']);
      // A topic's first page sets its lead beside the map preview.
      const leadParagraph = lead?.tagName === 'div' ? children(lead)[0] : lead;
      expect([leadParagraph?.tagName, classes(leadParagraph!).includes('lead')], file).toEqual(['p', true]);
      const name = text(heading!);
      const crumbs = findAll(trail!, by('li')).map(text);
      const later = /\/(\d+)\/$/.exec(`/${pagePath(file)}`)?.[1];
      expect(crumbs[0], file).toBe('Home');
      expect(crumbs.slice(-2), file).toEqual(later === undefined ? [crumbs.at(-2), name] : [name, `Page ${later}`]);
      expect(text(findAll(document, by('title'))[0]!).startsWith(later === undefined ? `${name} · ` : `${name}, page ${later} of `), file).toBe(true);
    }
  });

});

// The builds with listings longer than a page (the exports' build keeps the default page size).
describe.each([
  ['the bundled document', distDir],
  ['daily listings', listingsDir],
  ['a taxonomy with areas', builtDocumentDir(areasDocument.name).dist],
])('paginated listings of %s', (_name, dir) => {
  test('every page of a paginated listing says which part of the list it shows, in the same words', () => {
    const paged = listingFiles(dir).filter((file) => findAll(readPage(dir, file).document, by('nav', 'data-pagination')).length > 0);
    expect(paged.length).toBeGreaterThan(0);
    for (const file of paged) {
      const main = findAll(readPage(dir, file).document, by('main'))[0]!;
      const said = /(papers|authors) (\d+)–(\d+), page (\d+) of (\d+)\./i.exec(text(main));
      expect(said?.[4], file).toBe(/\/(\d+)\/$/.exec(`/${pagePath(file)}`)?.[1] ?? '1');
    }
  });
});
