import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { builtDocumentDir, searchTitlesDocument } from '../helpers/build-document.ts';
import { plainTex } from '../../src/utils/math/plain-tex.ts';

/** Waits for the page to catch up (a cold page loads Pagefind first). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

// A sample of the hostile titles of tests/fixtures/documents/search-titles.txt (built with ICLR 2020 by the global setup).
const hardTitles = [
  'F^2ed-Learning: Good Fences Make Good Neighbors',
  'VA-RED$^2$: Video Adaptive Redundancy Reduction',
  'Learning in $\\mathcal{O}(n)$ Time: Linear Attention for Long Sequences',
  'Naïve Bayes at the Café: Accented Words in Retrieval',
  '🦙 Herding Llamas: Emoji as Tokens 🚀',
  '中文预训练语言模型的迁移学习',
  '???',
  '…',
  '"Why Should I Trust You?": Explaining the Predictions of Any Classifier',
];

describe.skipIf(!browserAvailable())('hard titles in the browser', () => {
  let site: SiteUnderTest;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    site = await openSite(builtDocumentDir(searchTitlesDocument.name).dist);
    context = await site.browser.newContext();
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  // A title with TeX is listed in its plain form (`VA-RED²`), every other one as written.
  test.each(hardTitles)('the header box lists %s first', async (title) => {
    if (!page.url().startsWith(site.server.url)) await page.goto(site.server.url);
    const box = page.locator('#header-search');
    await box.fill(title);
    await poll(() => page.locator('#header-search-listbox').getAttribute('data-query')).toBe(title);
    expect(await page.locator('#header-search-listbox [role="option"] .hit-title').first().textContent()).toBe(plainTex(title));
    expect(errors).toEqual([]);
  });

  test.each(hardTitles)('the search page shows %s first', async (title) => {
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(title)}`);
    await poll(() => page.locator('[data-search-results] > li h2').first().textContent()).toBe(plainTex(title));
    expect(await page.locator('[data-search-summary]').textContent()).not.toMatch(/^0 papers/);
    expect(errors).toEqual([]);
  });

  test('a word found nowhere is left out, and the page says so', async () => {
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('good fences qxzvwq neighbors')}`);
    await poll(() => page.locator('[data-search-results] > li h2').first().textContent()).toBe(hardTitles[0]);
    expect(await page.locator('[data-search-note]').textContent()).toBe('No paper has “qxzvwq”; showing papers with the other words.');
    await page.locator('#header-search').fill('good fences qxzvwq neighbors');
    await poll(() => page.locator('[data-search-message]').textContent()).toBe('No paper has “qxzvwq”; showing papers with the other words. ');
    expect(errors).toEqual([]);
  });
});
