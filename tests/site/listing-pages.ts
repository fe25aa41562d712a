/**
 * Walking a paginated listing of a build the way a reader without JavaScript does: from its
 * first page along the `rel="next"` links. Not a test file itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attr, by, findAll, readPage, text, type Page } from './dist-html.ts';

/** One page of a listing: the page, the paper links of its list and its pagination links. */
export interface ListingPage {
  page: Page;
  /** The `href`s of the papers it lists, in order. */
  papers: string[];
  /** The pagination landmark's label, numbered links (`[text, href, aria-current]`) and rel links. */
  nav: { label: string | undefined; numbers: [string, string, string | undefined][]; prev: string | undefined; next: string | undefined } | undefined;
}

/**
 * Reads the pages of a listing, starting at `first` (a path below the base such as `papers/`)
 * and following each page's next link; `prefix` is the base path the links carry (`/` or `/atlas/`).
 */
export function walkListing(dir: string, prefix: string, first: string): ListingPage[] {
  const pages: ListingPage[] = [];
  for (let path: string | undefined = first; path !== undefined; ) {
    const file = `${path}index.html`;
    if (!existsSync(join(dir, file))) throw new Error(`${file}: no such page in ${dir}`);
    if (pages.length > 10_000) throw new Error(`${first}: the next links go round in circles`);
    const page = readPage(dir, file);
    const lists = findAll(page.document, by('ol', 'data-paper-list'));
    if (lists.length !== 1) throw new Error(`${file}: expected one paper list, found ${lists.length}`);
    const papers = findAll(lists[0]!, by('a')).map((a) => attr(a, 'href') ?? '');
    const navElement = findAll(page.document, by('nav', 'data-pagination'))[0];
    const nav = navElement && {
      label: attr(navElement, 'aria-label'),
      numbers: findAll(findAll(navElement, by('ol'))[0]!, by('a')).map((a): [string, string, string | undefined] => [text(a), attr(a, 'href') ?? '', attr(a, 'aria-current')]),
      prev: findAll(navElement, by('a', 'rel', 'prev')).map((a) => attr(a, 'href'))[0],
      next: findAll(navElement, by('a', 'rel', 'next')).map((a) => attr(a, 'href'))[0],
    };
    pages.push({ page, papers, nav });
    path = nav?.next === undefined ? undefined : nav.next.slice(prefix.length);
  }
  return pages;
}
