import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distDir, testOutDir } from '../helpers/dist.ts';
import { readPapers, readTopics } from '../site/content.ts';

/** Waits for the page to catch up (a cold page loads Pagefind first). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

// A small fixture page set: the bundled site with a second Pagefind filter, `month`, added to every paper page.
const dir = join(testOutDir, 'month-facet');
const months = ['2023-12', '2024-01', '2024-03'];
const papers = readPapers();
const monthOf = (order: number) => months[order % months.length]!;
const peft = readTopics().find((topic) => topic.id === 'parameter-efficient-fine-tuning')!;

describe.skipIf(!browserAvailable())('facets for every filter Pagefind reports', () => {
  let site: SiteUnderTest;
  let context: BrowserContext;
  beforeAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await cp(distDir, dir, { recursive: true });
    await rm(join(dir, 'pagefind'), { recursive: true });
    for (const paper of papers) {
      const file = join(dir, 'papers', paper.slug, 'index.html');
      const html = await readFile(file, 'utf8');
      await writeFile(file, html.replace(/(<article[^>]*data-pagefind-body[^>]*>)/, `$1<span hidden data-pagefind-filter="month">${monthOf(paper.order)}</span>`));
    }
    await writeSearchIndex(dir);
    site = await openSite(dir);
    context = await site.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  test('a month from the address filters the papers, and the months read “March 2024”, newest first, after the topics', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?month=2024-03`);
    const march = papers.filter((paper) => monthOf(paper.order) === '2024-03');
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(`${march.length} papers in March 2024.`);
    expect(await page.locator('[data-search-facets] legend').allTextContents()).toEqual(['Topics', 'Months']);
    const group = page.locator('fieldset[data-facet="month"]');
    expect(await group.locator('.name').allTextContents()).toEqual(['March 2024', 'January 2024', 'December 2023']);
    expect(await group.locator('input[value="2024-03"]').isChecked()).toBe(true);
    expect(await group.locator('input[value="2024-03"] ~ .count [data-count]').textContent()).toBe(String(march.length));
    await page.close();
  });

  test('checking a second month adds its papers and keeps both in the address; a topic narrows them', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?month=2024-03`);
    const group = page.locator('fieldset[data-facet="month"]');
    await poll(() => group.locator('input[value="2024-01"]').count()).toBe(1);
    await group.locator('input[value="2024-01"]').check();
    const both = papers.filter((paper) => ['2024-03', '2024-01'].includes(monthOf(paper.order)));
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(`${both.length} papers in March 2024 or January 2024.`);
    expect(new URL(page.url()).search).toBe('?month=2024-03&month=2024-01');
    await page.locator(`input[name="topic"][value="${peft.id}"]`).check();
    const narrowed = both.filter((paper) => paper.topics.includes(peft.id));
    const summary = `${narrowed.length} ${narrowed.length === 1 ? 'paper' : 'papers'} in ${peft.name}, March 2024 or January 2024.`;
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(summary);
    expect(await page.locator('[data-search-results] > li').count()).toBe(Math.min(narrowed.length, 20));
    expect(new URL(page.url()).search).toBe(`?topic=${peft.id}&month=2024-03&month=2024-01`);
    await page.reload();
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(summary);
    expect(await group.locator('input[value="2024-01"]').isChecked()).toBe(true);
    await page.close();
  });
});
