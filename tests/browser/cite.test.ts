import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, openSite, type SiteUnderTest } from '../helpers/browser.ts';
import { formatsBaseDir, testBase } from '../helpers/dist.ts';

const mobius = 'papers/moebius-transformations-for-graph-neural-networks/';

describe.skipIf(!browserAvailable())('the cite box', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(formatsBaseDir, testBase);
  });
  afterAll(async () => {
    await site?.close();
  });

  test('the BibTeX copy button puts the entry on the clipboard and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${mobius}`);
    const bibtex = (await page.locator('#cite-bibtex-text').textContent()) ?? '';
    expect(bibtex.startsWith('@article{muller_mobius_2021,')).toBe(true);
    const button = page.locator('.cite button[data-copy="cite-bibtex-text"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    expect(await page.locator('.cite [role="status"]').textContent()).toBe('Citation copied to the clipboard.');
    await context.close();
  });

  test('the APA copy button copies the reference; cite.bib is served under the base path', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${mobius}`);
    await page.locator('.cite button[data-copy="cite-apa-text"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Müller, J\., Smith, A\., & van der Berg, P\. \(2021\)\./);
    const href = (await page.locator('.cite a[download]').getAttribute('href')) ?? '';
    expect(href).toBe(`${testBase}/${mobius}cite.bib`);
    const response = await page.request.get(new URL(href, site.server.url).href);
    expect((await response.text()).startsWith('@article{muller_mobius_2021,')).toBe(true);
    await context.close();
  });
});
