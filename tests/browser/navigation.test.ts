import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distBaseDir, distDir, testBase, testPageSize } from '../helpers/dist.ts';

describe.skipIf(!browserAvailable()).each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, testBase],
])('reading the site %s', (_name, dir, base) => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('a reader goes from home to a topic, a paper and a related paper by clicking', async () => {
    const page = await site.browser.newPage();
    const serverFailuresBefore = site.server.failures.length;
    const failed: string[] = [];
    // A request the browser itself dropped because the reader clicked on before it finished (the
    // favicon, under load) is no fault of the site; anything the server failed is counted below.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.failure()?.errorText} ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(site.server.url);
    const topicLink = page.locator('main [data-topic-list] a').first();
    const topicName = (await topicLink.textContent())?.trim();
    await topicLink.click();
    await page.waitForURL(/\/topics\/[^/]+\/$/);
    expect(page.url().startsWith(site.server.url)).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(topicName);
    expect(await page.locator('#sidebar a[aria-current="page"] .name').textContent()).toBe(topicName);

    const paperLink = page.locator('main [data-paper-list] a').first();
    const paperTitle = (await paperLink.textContent())?.trim();
    await paperLink.click();
    await page.waitForURL(/\/papers\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())?.trim()).toBe(paperTitle);
    await expect.poll(() => page.locator('[data-pagefind-filter="topic"]').allTextContents()).toContain(topicName);

    const paperUrl = page.url();
    const relatedLink = page.locator('.related a').first();
    const relatedTitle = (await relatedLink.textContent())?.trim();
    await relatedLink.click();
    await page.waitForURL((url) => url.pathname.includes('/papers/') && url.href !== paperUrl);
    expect((await page.locator('h1').textContent())?.trim()).toBe(relatedTitle);

    expect(failed).toEqual([]);
    expect(site.server.failures.slice(serverFailuresBefore)).toEqual([]);
    await page.close();
  });

  test('the stylesheet applies, so assets load under the base path', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const sidebarWidth = await page.locator('#sidebar').evaluate((element) => element.getBoundingClientRect().width);
    expect(sidebarWidth).toBeGreaterThan(150);
    expect(await page.locator('.skip-link').evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
    await page.close();
  });

  test('the skip link is the first stop for the keyboard and moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}topics/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    expect(await page.locator('.skip-link').evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  test('the search box sends the query to the search page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.fill('#header-search', 'adapter');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=adapter$/);
    expect(new URL(page.url()).pathname).toBe(`${base === '/' ? '' : base}/search/`);
    await page.close();
  });

  test('an unknown address shows the helpful 404 page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.url}papers/no-such-paper/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.locator('main a', { hasText: 'Papers by topic' }).click();
    await page.waitForURL(`${site.server.url}topics/`);
    await page.close();
  });

  test('a reader pages through all papers and back with the page links, JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const titles = () => page.locator('main [data-paper-list] h2 a').allTextContents();
    await page.goto(`${site.server.url}papers/`);
    const first = await titles();
    expect(first).toHaveLength(testPageSize);

    await page.locator('nav[data-pagination] a[rel="next"]').click();
    await page.waitForURL(`${site.server.url}papers/2/`);
    expect(await page.locator('nav[data-pagination] a[aria-current="page"]').textContent()).toBe('Page 2');
    expect(await page.title()).toContain('page 2 of');
    const second = await titles();
    expect(second).toHaveLength(testPageSize);
    expect(second.filter((title) => first.includes(title))).toEqual([]);

    await page.locator('nav[data-pagination] a[rel="prev"]').click();
    await page.waitForURL(`${site.server.url}papers/`);
    expect(await titles()).toEqual(first);
    await page.locator('nav[data-pagination] a', { hasText: /^Page 2$/ }).click();
    await page.waitForURL(`${site.server.url}papers/2/`);
    await page.goBack();
    await page.waitForURL(`${site.server.url}papers/`);
    expect(await titles()).toEqual(first);
    await context.close();
  });
});
