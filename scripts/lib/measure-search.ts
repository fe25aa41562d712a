import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** A static server that logs each answered request with its body size (see serve-static.ts). */
export interface CountingServer {
  /** Root address of the site, ending in its base path and a slash. */
  url: string;
  requests: ReadonlyArray<{ path: string; status: number; bytes: number }>;
}

/** One file fetched while searching. */
export interface FetchedFile {
  path: string;
  bytes: number;
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
  files: FetchedFile[];
}

/** A cold first query and a second one on the same page. */
export interface SearchCost {
  page: string;
  /** The page itself (HTML, CSS, inline script), before any search. */
  pageBytes: number;
  first: QueryCost;
  second: QueryCost;
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
 * types a second one. Times are taken in the page (first keydown → results rendered);
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
    const first = await measureQuery(page, server, options.dir, options.queries[0]);
    const second = await measureQuery(page, server, options.dir, options.queries[1]);
    return { page: options.page, pageBytes, first, second };
  } finally {
    await context.close();
  }
}

async function measureQuery(page: Page, server: CountingServer, dir: string, query: string): Promise<QueryCost> {
  const input = page.locator('#header-search');
  const start = server.requests.length;
  await page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('#header-search');
    const keys: number[] = [];
    (window as unknown as { searchKeys: number[] }).searchKeys = keys;
    box?.addEventListener('keydown', () => keys.push(performance.now()));
  });
  await input.click();
  await input.selectText().catch(() => undefined);
  await page.keyboard.type(query);
  const [milliseconds, afterLastKey] = await page.evaluate(
    (wanted) =>
      new Promise<[number, number]>((resolve) => {
        const listbox = document.querySelector<HTMLElement>('#header-search-listbox');
        const keys = (window as unknown as { searchKeys: number[] }).searchKeys;
        const done = () => listbox?.dataset['query'] === wanted && listbox.querySelector('[role="option"]') !== null;
        const finish = () => {
          const now = performance.now();
          resolve([now - (keys[0] ?? now), now - (keys.at(-1) ?? now)]);
        };
        if (done()) return finish();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          finish();
        });
        if (listbox) observer.observe(listbox, { childList: true, attributes: true });
      }),
    query,
  );
  await settle(server);
  const files = server.requests.slice(start).map(({ path, bytes }) => ({ path, bytes, gzipBytes: gzipSize(dir, server.url, path, bytes) }));
  return {
    query,
    milliseconds: Math.round(milliseconds),
    afterLastKey: Math.round(afterLastKey),
    bytes: sum(files.map((file) => file.bytes)),
    gzipBytes: sum(files.map((file) => file.gzipBytes)),
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
