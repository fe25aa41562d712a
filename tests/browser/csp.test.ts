import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser.ts';
import { distBaseDir, distDir, testBase } from '../helpers/dist.ts';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve-static.ts';
import { readPapers } from '../site/content.ts';
import { headersFor, readHeaders } from '../publish/read-headers.ts';
import { builtDocumentDir, searchTitlesDocument } from '../helpers/build-document.ts';

/** What a page reported while a test used it: CSP violations (page and browser log), errors and warnings, workers started. */
interface Watched {
  problems: string[];
  workers: string[];
}

/**
 * Opens a page that records every sign of a blocked resource: `securitypolicyviolation`
 * events (recorded by a script the browser injects, which the policy does not govern),
 * the browser's own log ("Refused to …"), console errors and warnings, uncaught errors,
 * and the web workers it starts.
 */
async function watchedPage(browser: Browser): Promise<{ page: Page; watched: Watched }> {
  const page = await browser.newPage();
  const watched: Watched = { problems: [], workers: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
  page.on('worker', (worker) => {
    watched.workers.push(worker.url());
    worker.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`worker console.${message.type()}: ${message.text()}`);
    });
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || entry.level === 'warning' || entry.source === 'security') watched.problems.push(`browser ${entry.source}: ${entry.text}`);
  });
  await cdp.send('Log.enable');
  return { page, watched };
}

describe.skipIf(!browserAvailable()).each([
  ['at the root', distDir, '/'],
  [`under ${testBase}`, distBaseDir, testBase],
])('the site under its Content-Security-Policy %s', (_name, dir, base) => {
  const paper = readPapers().find((candidate) => candidate.shortName === 'LST') ?? readPapers()[0]!;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const rules = readHeaders(dir);
    server = await serveStatic(dir, base, (pathname) => headersFor(rules, pathname));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a paper page is served with the policy and its inline scripts and styles run', async () => {
    const { page, watched } = await watchedPage(browser);
    const response = await page.goto(`${server.url}papers/${paper.slug}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.waitForLoadState('load');
    // The inline theme script marks <html> as having JavaScript; the inline menu script reveals its button.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(await page.locator('[data-menu-button]').evaluate((button) => (button as HTMLButtonElement).hidden)).toBe(false);
    // Inline <style> blocks apply: the skip link is positioned off screen by a scoped style.
    expect(await page.locator('.skip-link').evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  test('searching from the header of a paper page finds papers, with Pagefind in its worker, and nothing is blocked', async () => {
    const { page, watched } = await watchedPage(browser);
    await page.goto(`${server.url}papers/${paper.slug}/`);
    const box = page.getByRole('combobox', { name: 'Search papers' });
    await box.click();
    await box.pressSequentially('adapter');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('option').first().textContent()).toBeTruthy();
    expect(watched.workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  test('the search page shows results for a query in the address, and nothing is blocked', async () => {
    const { page, watched } = await watchedPage(browser);
    await page.goto(`${server.url}search/?q=transfer`);
    await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  test('Pagefind’s own API loads, compiles its WebAssembly and searches under the policy', async () => {
    const { page, watched } = await watchedPage(browser);
    await page.goto(`${server.url}papers/${paper.slug}/`);
    const prefix = new URL(server.url).pathname;
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('${prefix}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${prefix}' });
      const search = await pagefind.search('ladder side tuning');
      return Promise.all(search.results.slice(0, 3).map(async (result) => (await result.data()).url));
    })()`)) as string[];
    expect(found).toContain(`${prefix}papers/${paper.slug}/`);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  test('the policy is enforced: a script injected into the page is refused and reported', async () => {
    const { page, watched } = await watchedPage(browser);
    await page.goto(`${server.url}papers/${paper.slug}/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.head.append(script);
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => watched.problems.some((problem) => problem.includes('securitypolicyviolation: script-src'))).toBe(true);
    await page.close();
  });
});

describe.skipIf(!browserAvailable())('formulas under the Content-Security-Policy', () => {
  // Built by tests/global-setup.ts: ICLR 2020 with tests/fixtures/documents/math.txt.
  const dir = builtDocumentDir(searchTitlesDocument.name).dist;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const rules = readHeaders(dir);
    server = await serveStatic(dir, '/', (pathname) => headersFor(rules, pathname));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a paper page with formulas shows them as MathML with the math stylesheet, and nothing is blocked', async () => {
    const { page, watched } = await watchedPage(browser);
    await page.goto(`${server.url}papers/music-machines-textit-autonomous-composition-with-emph-disambiguating-scores/`);
    await page.waitForLoadState('load');
    // The stylesheet applies: text in a formula is set in the text's italic, a display formula on its own line.
    expect(await page.locator('section.abstract mtext.math-text-italic').first().evaluate((element) => getComputedStyle(element).fontStyle)).toBe('italic');
    expect(await page.locator('section.abstract math[display="block"]').evaluate((element) => getComputedStyle(element).display)).toMatch(/^block/);
    expect(await page.locator('section.abstract math').count()).toBe(5);
    expect(watched.problems).toEqual([]);
    await page.close();
  });
});
