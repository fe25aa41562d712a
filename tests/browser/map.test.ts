import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir, distLargeDir } from '../helpers/dist.ts';

/** Runs axe-core with its default rules (WCAG A/AA and best practices) and lists the violations. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.skipIf(!browserAvailable())('the atlas map in a browser', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${site.server.url}map/`);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('has no axe violations with a topic highlighted and the map zoomed in', async () => {
    const page = await site.browser.newPage();
    const topic = await firstTopic(page, site.server.url);
    await page.goto(`${site.server.url}map/?topic=${topic}`);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('a point reached with the keyboard shows its title and is announced by it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}map/`);
    // The skip link comes right before the map, so one Tab after it lands on the first point.
    await page.locator('.skip').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('[data-map-points] a:focus');
    await expect.poll(() => focused.count()).toBe(1);
    const href = await focused.getAttribute('href');
    const title = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() ?? '';
    }, href!);
    expect(title).not.toBe('');
    const tooltip = page.locator('[data-map-tooltip]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(title);
    expect(await page.locator('[data-map-points]').getByRole('link', { name: title, exact: true }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  test('hovering a point shows its title instead of the browser tooltip', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}map/`);
    const point = page.locator('[data-map-points] a').nth(3);
    const title = await point.locator('title').textContent();
    await point.hover();
    await expect.poll(() => page.locator('[data-map-tooltip]').textContent()).toBe(title);
    expect(await point.getAttribute('aria-label')).toBe(title);
    await page.close();
  });

  test('hovering a legend entry highlights its topic, and ?topic= pins one', async () => {
    const page = await site.browser.newPage();
    const topic = await firstTopic(page, site.server.url);
    await page.goto(`${site.server.url}map/`);
    const svg = page.locator('[data-map-svg]');
    expect(await svg.getAttribute('data-highlight')).toBeNull();
    await page.locator(`[data-map-legend] a[data-topic="${topic}"]`).hover();
    expect(await svg.getAttribute('data-highlight')).toBe('');
    expect(await page.locator(`g[data-topic="${topic}"]`).getAttribute('class')).toContain('on');
    await page.goto(`${site.server.url}map/?topic=${topic}`);
    expect(await page.locator(`g[data-topic="${topic}"]`).getAttribute('class')).toContain('on');
    expect(await page.locator('g[data-topic].on').count()).toBe(1);
    await page.close();
  });

  test('zooms in and back out with the buttons', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}map/`);
    const svg = page.locator('[data-map-svg]');
    const initial = await svg.getAttribute('viewBox');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
    expect(zoomed[2]).toBeLessThan(Number(initial!.split(' ')[2]));
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await svg.getAttribute('viewBox')).toBe(initial);
    await page.close();
  });

  test('without JavaScript the map is drawn and its points open their papers', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}map/`);
    const box = await page.locator('[data-map-svg]').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(150);
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(false);
    const point = page.locator('[data-map-points] a').first();
    const href = await point.getAttribute('href');
    await point.click();
    await page.waitForURL((url) => url.pathname === href);
    await context.close();
  });
});

describe.skipIf(!browserAvailable())('a map cut into parts in a browser', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distLargeDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('the overview and a part have no axe violations, highlighted and zoomed in', async () => {
    const page = await site.browser.newPage();
    const topic = await firstTopic(page, site.server.url);
    await page.goto(`${site.server.url}map/?topic=${topic}`);
    expect(await page.locator(`g[data-topic="${topic}"]`).getAttribute('class')).toContain('on');
    expect(await violations(page)).toEqual([]);
    const part = await page.locator('[data-map-points] a').first().getAttribute('href');
    await page.goto(`${site.server.url}${part!.slice(1)}`);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('hovering a part of the overview names it, and selecting it opens its page of points', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}map/`);
    const part = page.locator('[data-map-points] a').first();
    const label = await part.locator('title').textContent();
    await part.hover();
    await expect.poll(() => page.locator('[data-map-tooltip]').textContent()).toBe(label);
    const href = await part.getAttribute('href');
    await part.click();
    await page.waitForURL((url) => url.pathname === href);
    const point = page.locator('[data-map-points] a').nth(3);
    const title = await point.locator('title').textContent();
    await point.hover();
    await expect.poll(() => page.locator('[data-map-tooltip]').textContent()).toBe(title);
    expect(title).not.toBe('');
    await page.close();
  });
});

/** The id of the first topic in the map's legend. */
async function firstTopic(page: Page, url: string): Promise<string> {
  await page.goto(`${url}map/`);
  const topic = await page.locator('[data-map-legend] a[data-topic]').first().getAttribute('data-topic');
  if (!topic) throw new Error('the map has no legend entries');
  return topic;
}
