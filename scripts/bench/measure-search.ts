import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** A static server that logs each answered request with its body size (see serve-static.ts). */
export interface CountingServer {
  /** Root address of the site, ending in its base path and a slash. */
  url: string;
  requests: ReadonlyArray<{ path: string; status: number; bytes: number; pagefind: boolean }>;
}

/** One file fetched while searching. */
export interface FetchedFile {
  path: string;
  bytes: number;
  /** Pagefind's own file (its script, WebAssembly, index), not the site's code or data. */
  pagefind: boolean;
  /** Bytes gzipped at level 6, as a host compressing responses would send them (Pagefind's index files are already compressed). */
  gzipBytes: number;
}

/** What one query cost. */
export interface QueryCost {
  query: string;
  /** From the first keystroke to the results for the whole query on screen (includes the typing itself). */
  milliseconds: number;
  /** From the last keystroke to the results for the whole query on screen: the wait a reader notices. */
  afterLastKey: number;
  /** Bodies downloaded for it, uncompressed. */
  bytes: number;
  /** The same, gzipped as a host would send them. */
  gzipBytes: number;
  /** Of `gzipBytes`, Pagefind's own files (script, WebAssembly, index chunks, fragments). */
  pagefindGzipBytes: number;
  /** Of `gzipBytes`, the site's own code and data (the search script, vocabulary shards). */
  ownGzipBytes: number;
  files: FetchedFile[];
}

/** A cold first query and a second one in the header box, and a cold first query on the search page. */
export interface SearchCost {
  page: string;
  /** The page itself (HTML, CSS, inline script), before any search. */
  pageBytes: number;
  first: QueryCost;
  second: QueryCost;
  /** The first query typed into the search page's own box (`/search/`), in a fresh context. */
  searchPage: QueryCost;
}

/** Options of {@link measureSearch}. */
export interface MeasureSearchOptions {
  /** The built site's folder, to compute gzipped sizes of the files served. */
  dir: string;
  /** Page to search from, below the base (`papers/x/`). */
  page: string;
  /** The first (cold) and the second query. */
  queries: readonly [string, string];
}

/**
 * Measures the header search as a reader meets it: opens a page in a fresh browser
 * context (empty cache), focuses the box, types a query and waits for its results, then
 * types a second one; then the first query on the search page, in another fresh context. Times are taken in the page (first keydown → results rendered);
 * bytes are counted by the server, since Pagefind fetches from a Web Worker.
 */
export async function measureSearch(browser: Browser, server: CountingServer, options: MeasureSearchOptions): Promise<SearchCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = server.requests.length;
    await page.goto(server.url + options.page);
    await page.waitForLoadState('networkidle');
    const pageBytes = sum(server.requests.slice(start).map((request) => request.bytes));
    const first = await measureQuery(page, server, options.dir, options.queries[0], header);
    const second = await measureQuery(page, server, options.dir, options.queries[1], header);
    const searchPage = await measureSearchPage(browser, server, options.dir, options.queries[0]);
    return { page: options.page, pageBytes, first, second, searchPage };
  } finally {
    await context.close();
  }
}

/** Where a query is typed: the header's combobox or the search page's own box. */
interface SearchBox {
  kind: 'header' | 'page';
  input: string;
}

const header: SearchBox = { kind: 'header', input: '#header-search' };
const searchPageBox: SearchBox = { kind: 'page', input: '#search-page-input' };

/** The first query on the search page, from a fresh context (empty cache). */
async function measureSearchPage(browser: Browser, server: CountingServer, dir: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState('networkidle');
    return await measureQuery(page, server, dir, query, searchPageBox);
  } finally {
    await context.close();
  }
}

async function measureQuery(page: Page, server: CountingServer, dir: string, query: string, box: SearchBox): Promise<QueryCost> {
  const input = page.locator(box.input);
  const start = server.requests.length;
  await page.evaluate((selector) => {
    const box = document.querySelector<HTMLInputElement>(selector);
    const keys: number[] = [];
    (window as unknown as { searchKeys: number[] }).searchKeys = keys;
    box?.addEventListener('keydown', () => keys.push(performance.now()));
  }, box.input);
  await input.click();
  await input.selectText().catch(() => undefined);
  await page.keyboard.type(query);
  const [milliseconds, afterLastKey] = await page.evaluate(
    ([wanted, kind]) =>
      new Promise<[number, number]>((resolve) => {
        const done = (query: string) => {
          if (kind === 'page') {
            const summary = document.querySelector('[data-search-summary]')?.textContent ?? '';
            return summary.includes(`“${query}”`) && document.querySelector('[data-search-results] > li') !== null;
          }
          const listbox = document.querySelector<HTMLElement>('#header-search-listbox');
          return listbox?.dataset['query'] === query && listbox.querySelector('[role="option"]') !== null;
        };
        const keys = (window as unknown as { searchKeys: number[] }).searchKeys;
        const finish = () => {
          const now = performance.now();
          resolve([now - (keys[0] ?? now), now - (keys.at(-1) ?? now)]);
        };
        if (done(wanted)) return finish();
        const observer = new MutationObserver(() => {
          if (!done(wanted)) return;
          observer.disconnect();
          finish();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      }),
    [query, box.kind] as const,
  );
  await settle(server);
  const files = server.requests.slice(start).map(({ path, bytes, pagefind }) => ({ path, bytes, pagefind, gzipBytes: gzipSize(dir, server.url, path, bytes) }));
  return {
    query,
    milliseconds: Math.round(milliseconds),
    afterLastKey: Math.round(afterLastKey),
    bytes: sum(files.map((file) => file.bytes)),
    gzipBytes: sum(files.map((file) => file.gzipBytes)),
    pagefindGzipBytes: sum(files.filter((file) => file.pagefind).map((file) => file.gzipBytes)),
    ownGzipBytes: sum(files.filter((file) => !file.pagefind).map((file) => file.gzipBytes)),
    files,
  };
}

/** Waits until the server has answered nothing new for a moment (results may load a few more fragments). */
async function settle(server: CountingServer): Promise<void> {
  let count = -1;
  while (count !== server.requests.length) {
    count = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function gzipSize(dir: string, siteUrl: string, path: string, bytes: number): number {
  const base = new URL(siteUrl).pathname;
  if (!path.startsWith(base)) return bytes;
  const relative = path.slice(base.length);
  try {
    return gzipSync(readFileSync(join(dir, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative)), { level: 6 }).length;
  } catch {
    return bytes;
  }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
