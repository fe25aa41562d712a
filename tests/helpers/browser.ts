import type { Browser } from 'playwright-core';
import { findChromium, launchBrowser } from '../../scripts/bench/launch-browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve-static.ts';

export { findChromium, launchBrowser };

/**
 * Whether browser tests can run. Without Chromium they are skipped with a loud warning,
 * except in CI (`CI` set), where a missing browser must fail the run instead of passing silently.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  const message = 'Chromium not found (set CHROMIUM_PATH or `apt-get install chromium`)';
  if (process.env['CI']) throw new Error(`${message}; browser tests cannot be skipped in CI.`);
  console.warn(`\n⚠️  ${message}: SKIPPING browser tests.\n`);
  return false;
}

/** A built site served on 127.0.0.1 together with a browser to look at it. */
export interface SiteUnderTest {
  browser: Browser;
  server: StaticServer;
  close: () => Promise<void>;
}

/** Serves `dir` under `base` and launches Chromium; call `close` in `afterAll`. */
export async function openSite(dir: string, base = '/'): Promise<SiteUnderTest> {
  const server = await serveStatic(dir, base);
  const browser = await launchBrowser();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
