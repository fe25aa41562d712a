import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve.ts';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; undefined when neither exists. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

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

/**
 * Launches headless Chromium. Playwright gives it a fresh temporary profile and deletes it on
 * `close()`; each `browser.newContext()` is isolated (own storage), so tests do not leak state.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found; set CHROMIUM_PATH.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
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
