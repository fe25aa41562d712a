import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { serveStatic } from '../../scripts/bench/serve-static.ts';
import { headersFor, readHeaders } from '../publish/read-headers.ts';
import { readPapers, readTopics } from '../site/content.ts';

const papers = readPapers();
/** Waits for the page to catch up (a cold page loads Pagefind first); generous, since this is a wait and not a timing check. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
const topics = readTopics();
const lst = papers.find((paper) => paper.shortName === 'LST')!;
const peft = topics.find((topic) => topic.id === 'parameter-efficient-fine-tuning')!;

/** Runs axe-core with its default rules (WCAG A/AA and best practices) and lists the violations. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.skipIf(!browserAvailable()).each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, testBase],
])('searching in the browser %s', (_name, dir, base) => {
  let site: SiteUnderTest;
  let context: BrowserContext;
  let errors: string[];
  const prefix = base === '/' ? '' : base;
  const open = async (path: string) => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(site.server.url + path);
    return page;
  };
  const header = (page: Page) => page.locator('#header-search');
  const options = (page: Page) => page.locator('#header-search-listbox [role="option"]');

  beforeAll(async () => {
    site = await openSite(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });
  beforeAll(async () => {
    context = await site.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });
  afterEach(() => {
    expect(errors).toEqual([]);
  });
  beforeAll(() => {
    errors = [];
  });

  test('a reader types a title in the header box, sees the paper first and opens it with Enter', async () => {
    errors = [];
    const page = await open(`papers/${papers[0]!.slug}/`);
    await header(page).click();
    await header(page).pressSequentially(lst.title.slice(0, 40));
    await poll(() => options(page).first().locator('.hit-title').textContent()).toBe(lst.title);
    expect(await header(page).getAttribute('aria-expanded')).toBe('true');
    expect(await options(page).first().getAttribute('aria-selected')).toBe('true');
    await header(page).press('Enter');
    await page.waitForURL(`${site.server.url}papers/${lst.slug}/`);
    await page.close();
  });

  test('a click on a result opens it, and result addresses keep the base path', async () => {
    errors = [];
    const page = await open('');
    await header(page).fill('ladder side-tuning');
    await poll(() => options(page).count()).toBeGreaterThan(1);
    await options(page).first().click();
    await page.waitForURL(`${site.server.url}papers/${lst.slug}/`);
    expect(new URL(page.url()).pathname).toBe(`${prefix}/papers/${lst.slug}/`);
    await page.close();
  });

  test('arrow keys move through the results and Escape closes the list, then clears the box', async () => {
    errors = [];
    const page = await open('topics/');
    await header(page).fill('adapter');
    await poll(() => options(page).count()).toBeGreaterThan(2);
    const active = () => header(page).getAttribute('aria-activedescendant');
    const first = await active();
    await header(page).press('ArrowDown');
    const second = await active();
    expect(second).not.toBe(first);
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    await header(page).press('ArrowUp');
    expect(await active()).toBe(first);
    await header(page).press('ArrowUp');
    expect(await active()).toBe(await options(page).last().getAttribute('id'));
    expect(await options(page).last().textContent()).toMatch(/^See all \d+ results for “adapter”$/);
    await header(page).press('Escape');
    expect(await header(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#header-search-listbox').isVisible()).toBe(false);
    await header(page).press('Escape');
    expect(await header(page).inputValue()).toBe('');
    await page.close();
  });

  test('the last result leads to the search page with the query', async () => {
    errors = [];
    const page = await open('');
    await header(page).fill('adapter');
    await poll(() => options(page).count()).toBeGreaterThan(2);
    await options(page).last().click();
    await page.waitForURL(/\/search\/\?q=adapter$/);
    expect(await page.locator('#search-page-input').inputValue()).toBe('adapter');
    await page.close();
  });

  test('/ and Ctrl+K focus the header box from anywhere on the page', async () => {
    errors = [];
    const page = await open(`papers/${lst.slug}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    await page.keyboard.type('KD');
    await poll(() => options(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('header-search');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd)).toBe(2);
    await page.close();
  });

  test('a misspelled query shows the results for the word it most likely is', async () => {
    errors = [];
    const page = await open('');
    await header(page).fill('knowlege distilation');
    await poll(() => page.locator('[data-search-message]').textContent()).toBe('Showing results for “knowledge distillation”. ');
    await poll(() => options(page).allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('ProKD')]));
    await page.close();
  });

  test('the search page restores a shared address: query, topics, count and results', async () => {
    errors = [];
    const page = await open(`search/?q=adapter&topic=${peft.id}`);
    await poll(() => page.locator('[data-search-summary]').textContent()).toMatch(new RegExp(`^\\d+ papers? for “adapter” in ${peft.name}\\.$`));
    expect(await page.locator('#search-page-input').inputValue()).toBe('adapter');
    expect(await page.locator(`input[name="topic"][value="${peft.id}"]`).isChecked()).toBe(true);
    const count = Number((await page.locator('[data-search-summary]').textContent())?.match(/^\d+/)?.[0]);
    const results = page.locator('[data-search-results] > li');
    expect(await results.count()).toBe(count);
    for (const topicsLine of await results.locator('.topics').allTextContents()) expect(topicsLine).toContain(peft.name);
    expect(await page.locator(`input[name="topic"][value="${peft.id}"] ~ .count [data-count]`).textContent()).toBe(String(count));

    // Opening a result and coming back keeps the search.
    const firstTitle = await results.first().locator('a').textContent();
    await results.first().locator('a').click();
    await page.waitForURL(/\/papers\//);
    expect(await page.locator('h1').textContent()).toBe(firstTitle);
    await page.goBack();
    await poll(() => page.locator('[data-search-results] > li').count()).toBe(count);
    expect(await page.locator('#search-page-input').inputValue()).toBe('adapter');
    await page.close();
  });

  test('the search page keeps typing and topic choices in the address, so a reload restores them', async () => {
    errors = [];
    const page = await open('search/');
    expect(await page.locator('[data-search-summary]').textContent()).toBe('Type a query, or check topics to browse their papers.');
    await page.locator(`input[name="topic"][value="${peft.id}"]`).check();
    await poll(() => page.locator('[data-search-results] > li').count()).toBe(peft.papers.length);
    expect(new URL(page.url()).search).toBe(`?topic=${peft.id}`);
    await page.locator('#search-page-input').fill('memory');
    await poll(() => new URL(page.url()).search).toBe(`?q=memory&topic=${peft.id}`);
    await poll(() => page.locator('[data-search-summary]').textContent()).toMatch(/for “memory”/);
    const titles = await page.locator('[data-search-results] > li h2').allTextContents();
    await page.reload();
    await poll(() => page.locator('[data-search-results] > li h2').allTextContents()).toEqual(titles);
    expect(await page.locator('#search-page-input').inputValue()).toBe('memory');
    await page.close();
  });
});

describe.skipIf(!browserAvailable())('search loading, accessibility and no-JavaScript fallback', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(distDir);
  });
  afterAll(async () => {
    await site?.close();
  });
  const searchRequests = (from: number) =>
    site.server.requests.slice(from).filter((request) => /\/pagefind\/|search-vocabulary|header-search/.test(request.path));

  test('nothing of the search code or index is downloaded until the reader focuses the box', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const before = site.server.requests.length;
    await page.goto(`${site.server.url}papers/${lst.slug}/`);
    await page.waitForLoadState('networkidle');
    expect(searchRequests(before)).toEqual([]);
    await page.locator('#header-search').focus();
    await page.keyboard.type('adapter');
    await poll(() => page.locator('#header-search-listbox [role="option"]').count()).toBeGreaterThan(1);
    const paths = searchRequests(before).map((request) => request.path);
    expect(paths).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
    // The spelling vocabulary loads only for a query that finds nothing, and then only a few shards.
    expect(paths.filter((path) => path.includes('search-vocabulary'))).toEqual([]);
    const misspelt = site.server.requests.length;
    await page.locator('#header-search').fill('knowlege distilation');
    await poll(() => page.locator('[data-search-message]').textContent()).toBe('Showing results for “knowledge distillation”. ');
    const shards = searchRequests(misspelt).map((request) => request.path).filter((path) => path.includes('search-vocabulary'));
    expect(shards[0]).toBe('/search-vocabulary/index.json');
    expect(shards.length).toBeLessThanOrEqual(1 + 2 * 3);
    await context.close();
  });

  test('the open header search has no axe violations, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}papers/${lst.slug}/`);
      await page.locator('#header-search').fill('knowlege distilation');
      await poll(() => page.locator('#header-search-listbox [role="option"]').count()).toBeGreaterThan(1);
      await page.locator('#header-search').press('ArrowDown');
      expect(await violations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  test('the search page with results, a correction and facets has no axe violations', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=multilingal&topic=cross-lingual-transfer`);
    await poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-search-correction]').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('a correction can be refused: “search instead” searches the words as typed', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=multilingal`);
    await poll(() => page.locator('[data-search-summary]').textContent()).toMatch(/for “multilingual”/);
    await page.locator('[data-search-correction] a').click();
    await poll(() => page.locator('[data-search-summary]').textContent()).toMatch(/for “multilingal”/);
    expect(new URL(page.url()).search).toBe('?q=multilingal&exact');
    expect(await page.locator('[data-search-correction]').isVisible()).toBe(false);
    await context.close();
  });

  test('without JavaScript the header shows a link to the topic pages and no search box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}papers/${lst.slug}/`);
    const fallback = page.locator('header a.fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await page.locator('#header-search').isVisible()).toBe(false);
    expect(await page.locator('header form[role="search"]').isVisible()).toBe(false);
    await fallback.click();
    await page.waitForURL(`${site.server.url}topics/`);
    await page.goto(`${site.server.url}search/`);
    expect(await page.locator('#search-page-input').isVisible()).toBe(false);
    expect(await page.locator('noscript').count()).toBe(1);
    await context.close();
  });

  test('search works under the Content-Security-Policy the build writes into _headers', async () => {
    const rules = readHeaders(distDir);
    const server = await serveStatic(distDir, '/', (pathname) => headersFor(rules, pathname));
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(`${server.url}papers/${lst.slug}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('#header-search').fill('knowlege distilation');
    await poll(() => page.locator('#header-search-listbox [role="option"]').count()).toBeGreaterThan(1);
    await page.goto(`${server.url}search/?q=adapter&topic=${peft.id}`);
    await poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await context.close();
    await server.close();
  });
});

