import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { formatsDir } from '../helpers/dist.ts';

/** Runs axe-core with its default rules (WCAG A/AA and best practices) and lists the violations, as axe.test.ts does. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const paths = {
  'paper with authors and a cite box': 'papers/moebius-transformations-for-graph-neural-networks/',
  'paper without an abstract': 'papers/clinical-language-models-for-discharge-summaries-a-multicentre-evaluation-across/',
  'hostile paper': 'papers/import-x-from-y-script-alert-1-script-export-const-a-1/',
  author: 'authors/joerg-mueller/',
  authors: 'authors/',
  venues: 'venues/',
  years: 'years/',
  papers: 'papers/',
};

describe.skipIf(!browserAvailable())('accessibility of the pages an export adds (axe-core)', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(formatsDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(Object.keys(paths) as (keyof typeof paths)[])('the %s page has no violations in either theme', async (name) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(site.server.url + paths[name]);
      expect(await violations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });
});
