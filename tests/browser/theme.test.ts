import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';

/** The page background, which tells light from dark whatever sets it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const white = 'rgb(255, 255, 255)';

describe.skipIf(!browserAvailable())('light and dark themes', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('the theme follows the system setting when the reader has not chosen', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    expect(await background(page)).not.toBe(white);
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    await page.emulateMedia({ colorScheme: 'light' });
    // The page reacts to the media change in an event listener: wait for it.
    await expect.poll(() => background(page)).toBe(white);
    await expect.poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  test('the toggle switches the theme and the choice persists across pages', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    expect(await background(page)).toBe(white);

    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background(page)).not.toBe(white);
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');

    await page.locator('main [data-topic-list] a').first().click();
    await page.waitForURL(/\/topics\//);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background(page)).not.toBe(white);
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await background(page)).toBe(white);
    await context.close();
  });

  test('a saved choice is applied before the body is parsed, so the wrong theme never flashes', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.evaluate(() => localStorage.setItem('atlas-theme', 'dark'));
    // Record the theme at the moment <body> is created, before anything below it can paint.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.server.url}papers/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
    await context.close();
  });
});
