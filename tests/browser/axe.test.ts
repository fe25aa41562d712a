import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';

/** Runs axe-core with its default rules (WCAG A/AA and best practices) and lists the violations. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.skipIf(!browserAvailable())('accessibility (axe-core)', () => {
  let site: SiteUnderTest;
  let paths: Record<string, string>;
  beforeAll(async () => {
    site = await openSite(distDir);
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const topic = await page.locator('main [data-topic-list] a').first().getAttribute('href');
    const paper = await page.locator('main [data-paper-list] a').first().getAttribute('href');
    await page.close();
    const local = (href: string | null) => new URL(href ?? '', site.server.url).pathname.slice(1);
    paths = { home: '', papers: 'papers/', paper: local(paper), topics: 'topics/', topic: local(topic), search: 'search/', notFound: '404.html' };
  });
  afterAll(async () => {
    await site?.close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    test.each(['home', 'papers', 'paper', 'topics', 'topic', 'search', 'notFound'])('the %s page has no violations', async (name) => {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(site.server.url + paths[name]);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  });

  test('a paper page has no violations in the dark theme chosen with the toggle', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server.url + paths['paper']);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('a phone page with the menu open has no violations', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.server.url + paths['topic']);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
