import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { formatsBaseDir, testBase } from '../helpers/dist.ts';

/** Waits for the page to catch up (a cold page loads Pagefind first). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

describe.skipIf(!browserAvailable())('venue and year filters of a site built from exports, under a base path', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(formatsBaseDir, testBase);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a year link from a paper page opens its papers in search, with Years and Venues facets and bylines', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}papers/moebius-transformations-for-graph-neural-networks/`);
    await page.locator('.source a', { hasText: 'March 2021' }).click();
    await page.waitForURL(/\/atlas\/search\/\?year=2021$/);
    await poll(() => page.locator('[data-search-summary]').textContent()).toMatch(/^2 papers/);
    expect(await page.locator('[data-search-facets] legend').allTextContents()).toEqual(['Topics', 'Venues', 'Years']);
    expect(await page.locator('fieldset[data-facet="year"] input[value="2021"]').isChecked()).toBe(true);
    expect(await page.locator('.results .byline').allTextContents()).toContain('Jörg Müller, Anne Smith, Piet van der Berg · Nature Communications · 2021');
    await page.close();
  });

  test('an author’s page links back to the paper under the base path', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}authors/joerg-mueller/`);
    await page.locator('[data-paper-list] a', { hasText: 'Attention Budgets' }).click();
    await page.waitForURL(/\/atlas\/papers\/attention-budgets-for-efficient-transformers\/$/);
    expect(await page.locator('h1').textContent()).toBe('Attention Budgets for Efficient Transformers');
    await page.close();
  });
});
