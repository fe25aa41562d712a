import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { listingsBaseDir, listingsDir, testBase } from '../helpers/dist.ts';

describe.skipIf(!browserAvailable()).each([
  ['at the root', listingsDir, '/'],
  [`under ${testBase}`, listingsBaseDir, testBase],
])('browsing daily listings by date %s', (_name, dir, base) => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a reader goes from the home page’s latest day to a paper and back to its day', async () => {
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(site.server.url);
    await page.locator('#latest-heading a').click();
    await page.waitForURL(/\/dates\/2024-03-14\/$/);
    expect((await page.locator('h1').textContent())?.trim()).toBe('14 March 2024');

    const paperLink = page.locator('main [data-paper-list] a').first();
    const title = (await paperLink.textContent())?.trim();
    await paperLink.click();
    await page.waitForURL(/\/papers\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())?.trim()).toBe(title);
    expect((await page.locator('.listed').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Listed 14 March 2024');

    await page.locator('.listed a').click();
    await page.waitForURL(/\/dates\/2024-03-14\/$/);
    expect(await page.locator('main [data-paper-list] a').allTextContents()).toContain(title);
    expect(failed).toEqual([]);
    await page.close();
  });
});
