import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';

describe.skipIf(!browserAvailable())('printing', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a paper page prints its title and abstract without header, sidebar, search or navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.locator('main [data-paper-list] a').first().click();
    await page.waitForURL(/\/papers\//);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#sidebar', '[data-site-search]', '.breadcrumbs', '.prev-next', '.site-footer', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.abstract').isVisible()).toBe(true);
    await page.close();
  });
});
