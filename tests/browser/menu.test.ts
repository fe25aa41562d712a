import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

describe.skipIf(!browserAvailable())('the phone menu', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  const open = async (viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> => {
    const context = await site.browser.newContext({ viewport, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.server.url}topics/`);
    return page;
  };

  test('on a phone the sidebar is folded behind the menu button', async () => {
    const page = await open(phone);
    const button = page.getByRole('button', { name: 'Menu' });
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#sidebar').isVisible()).toBe(false);

    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#sidebar').isVisible()).toBe(true);

    await button.click();
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    await page.context().close();
  });

  test('the menu opens from the keyboard with focus inside it, and Escape closes it and returns focus to the button', async () => {
    const page = await open(phone);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // menu button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('sidebar');
    await page.keyboard.press('Enter');
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#sidebar') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#sidebar') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('sidebar');
    await page.context().close();
  });

  test('a topic in the open menu can be followed', async () => {
    const page = await open(phone);
    await page.getByRole('button', { name: 'Menu' }).click();
    const link = page.locator('#sidebar .topics a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(new URL(href ?? '', site.server.url).href);
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    await page.context().close();
  });

  test('on a wide screen the sidebar is always shown and the menu button is not', async () => {
    const page = await open(desktop);
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await page.context().close();
  });

  test('without JavaScript a phone still shows the topics, and no dead menu button', async () => {
    const page = await open(phone, false);
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.locator('[data-menu-button]').isVisible()).toBe(false);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await page.context().close();
  });
});
