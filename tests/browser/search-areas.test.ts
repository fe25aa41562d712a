import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { areaSchema } from '../../src/schemas/area.ts';
import { areasDocument, builtDocumentDir } from '../helpers/build-document.ts';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';

/** Waits for the page to catch up (a cold page loads Pagefind first). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

const built = builtDocumentDir(areasDocument.name);
const areas = areaSchema.array().parse(JSON.parse(readFileSync(join(built.content, 'areas.json'), 'utf8')));
const count = (id: string) => areas.find((area) => area.id === id)!.papers.length;
const union = (...ids: string[]) => new Set(areas.filter((area) => ids.includes(area.id)).flatMap((area) => area.papers)).size;

/** The search page of the bundled document built with areas (tests/global-setup.ts). */
describe.skipIf(!browserAvailable())('the area facet of the search page', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(built.dist);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('an area in the address (by id) lists its papers, and checking a second one adds its papers', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?area=model-reuse`);
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(`${count('model-reuse')} papers in Model reuse.`);
    expect(await page.locator('input[name="area"][value="model-reuse"]').isChecked()).toBe(true);
    await page.locator('input[name="area"][value="language-and-text"]').check();
    await poll(() => page.locator('[data-search-summary]').textContent()).toBe(`${union('model-reuse', 'language-and-text')} papers in Model reuse or Language and text.`);
    expect(new URL(page.url()).search).toBe('?area=model-reuse&area=language-and-text');
    await page.close();
  });

  test('before anything is searched the area facet shows every area’s total', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    const totals = await page.locator('fieldset[data-facet="area"] [data-count]').allTextContents();
    expect(totals).toEqual(areas.toSorted((a, b) => a.order - b.order).map((area) => String(area.papers.length)));
    await page.close();
  });
});
