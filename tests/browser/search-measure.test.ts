import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureSearch } from '../../scripts/bench/measure-search.ts';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { readPapers } from '../site/content.ts';

const paper = readPapers()[0]!;

describe.skipIf(!browserAvailable())('measuring the header search', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('reports bytes and time for a cold first query and a second one (times reported, not asserted)', async () => {
    const cost = await measureSearch(site.browser, site.server, { dir: distDir, page: `papers/${paper.slug}/`, queries: ['adapter', 'knowledge distillation'] });
    const line = (label: string, query: typeof cost.first) =>
      `${label} “${query.query}”: ${query.milliseconds} ms from first key (${query.afterLastKey} ms after the last), ${query.files.length} files, ${(query.bytes / 1024).toFixed(1)} KB (${(query.gzipBytes / 1024).toFixed(1)} KB gzipped: Pagefind ${(query.pagefindGzipBytes / 1024).toFixed(1)} KB, ours ${(query.ownGzipBytes / 1024).toFixed(1)} KB)`;
    console.info(['search cost', `page: ${(cost.pageBytes / 1024).toFixed(1)} KB`, line('first', cost.first), line('second', cost.second), line('search page first', cost.searchPage)].join('\n  '));
    for (const file of cost.first.files) console.info(`    ${file.path} ${file.bytes} B (${file.gzipBytes} B gzipped)`);

    const paths = cost.first.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
    expect(paths.filter((path) => path.includes('search-vocabulary'))).toEqual([]);
    expect(paths.some((path) => path.endsWith('.pf_index'))).toBe(true);
    // The second query reuses Pagefind, its WebAssembly and the vocabulary.
    expect(cost.second.files.map((file) => file.path).filter((path) => /pagefind\.js|\.pagefind$|vocabulary/.test(path))).toEqual([]);
    expect(cost.second.bytes).toBeLessThan(cost.first.bytes);
    // On top of Pagefind's files, a first query costs at most ~15 KB gzipped of the site's own code and data, at any size.
    expect(cost.first.pagefindGzipBytes + cost.first.ownGzipBytes).toBe(cost.first.gzipBytes);
    expect(cost.first.ownGzipBytes).toBeGreaterThan(0);
    expect(cost.first.ownGzipBytes).toBeLessThanOrEqual(15 * 1024);
    expect(cost.searchPage.ownGzipBytes).toBeLessThanOrEqual(15 * 1024);
  });
});
