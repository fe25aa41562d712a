import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { areasDocument, builtDocumentDir } from '../helpers/build-document.ts';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** The bundled document built with areas (tests/global-setup.ts): the sidebar groups its topics. */
describe.skipIf(!browserAvailable())('the sidebar with areas', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(builtDocumentDir(areasDocument.name).dist);
  });
  afterAll(async () => {
    await site?.close();
  });

  const open = async (path: string, viewport = desktop, javaScriptEnabled = true): Promise<Page> => {
    const context = await site.browser.newContext({ viewport, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    return page;
  };
  const area = (page: Page, id: string) => page.locator(`#sidebar [data-area="${id}"]`);

  test('on a topic page its area is open, with the topic in view, and the other areas are folded', async () => {
    const page = await open('topics/prompt-tuning/');
    expect(await page.locator('#sidebar a[aria-current="page"]').isVisible()).toBe(true);
    expect(await area(page, 'model-reuse').getByRole('link', { name: /Model merging/ }).isVisible()).toBe(false);
    expect(await page.locator('#sidebar details[open]').count()).toBe(1);
    await page.context().close();
  });

  test('a folded area opens with a click and its topic can be followed; there its area is the open one', async () => {
    const page = await open('topics/prompt-tuning/');
    await area(page, 'model-reuse').locator('summary').click();
    const link = area(page, 'model-reuse').getByRole('link', { name: /Model merging/ });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/topics\/model-merging\/$/);
    expect(await area(page, 'model-reuse').locator('details').getAttribute('open')).toBe('');
    expect(await area(page, 'adapting-large-models').locator('details').getAttribute('open')).toBeNull();
    await page.context().close();
  });

  test('an area opens from the keyboard, and its overview leads to the area page', async () => {
    const page = await open('topics/');
    await area(page, 'language-and-text').locator('summary').focus();
    await page.keyboard.press('Enter');
    const overview = area(page, 'language-and-text').getByRole('link', { name: 'Overview of Language and text' });
    expect(await overview.isVisible()).toBe(true);
    await overview.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/areas\/language-and-text\/$/);
    expect(await page.locator('h1').textContent()).toBe('Language and text');
    await page.context().close();
  });

  test('without JavaScript, on a phone, the areas still open and their topics can be followed', async () => {
    const page = await open('', phone, false);
    await area(page, 'distribution-shift').locator('summary').click();
    const link = area(page, 'distribution-shift').getByRole('link', { name: /Continual learning/ });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/topics\/continual-learning\/$/);
    await page.context().close();
  });

  test.each([
    ['the topics index', 'topics/'],
    ['an area page', 'areas/adapting-large-models/'],
    ['a topic page in an area', 'topics/prompt-tuning/'],
    ['a paper page naming its area', 'papers/adanpc-exploring-non-parametric-classifier-for-test-time-adaptation/'],
  ])('%s has no accessibility violations (axe-core)', async (_name, path) => {
    const page = await open(path);
    await page.addScriptTag({ content: axe.source });
    const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
