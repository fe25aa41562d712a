/**
 * Saves PNGs of the built site (home, the topics index, an area when there are areas, a topic, a paper,
 * the map; light and dark; desktop and phone)
 * to `screenshots/`, so anyone can look at the site without serving it.
 *
 * Usage: `npm run build && npm run screenshots [-- --dir dist --base /atlas --out screenshots]`
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './bench/launch-browser.ts';
import { serveStatic } from './bench/serve-static.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string' }, out: { type: 'string', default: 'screenshots' } },
});
const dir = resolve(values.dir);
const out = resolve(values.out);
const started = performance.now();

// 1. Check there is a build to look at, and find the base path it was built for.
const home = join(dir, 'index.html');
if (!existsSync(home)) {
  console.error(`${home}: no built site; run \`npm run build\` first (or pass --dir).`);
  process.exit(1);
}
const base = values.base ?? readFileSync(home, 'utf8').match(/<link rel="icon" href="([^"]*)favicon\.svg"/)?.[1] ?? '/';

// 2. Serve it and pick a topic and a paper from the home page's lists.
const server = await serveStatic(dir, base);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(server.url);
const topicHref = await page.locator('[data-topic-list] a').first().getAttribute('href');
const paperHref = await page.locator('[data-paper-list] a').first().getAttribute('href');
// With areas, the home page groups its topics under them: the first group's heading links to its area.
const areaHref = await page.locator('[data-area-group] :is(h2, h3) a').first().getAttribute('href', { timeout: 1000 }).catch(() => null);
const targets = {
  home: server.url,
  topics: new URL('topics/', server.url).href,
  ...(areaHref === null ? {} : { area: new URL(areaHref, server.url).href }),
  topic: new URL(topicHref ?? '', server.url).href,
  paper: new URL(paperHref ?? '', server.url).href,
  map: new URL('map/', server.url).href,
};

// 3. Photograph each page in each theme and width.
mkdirSync(out, { recursive: true });
const devices = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
let count = 0;
for (const [device, viewport] of Object.entries(devices)) {
  await page.setViewportSize(viewport);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [name, url] of Object.entries(targets)) {
      await page.goto(url);
      await page.screenshot({ path: join(out, `${name}-${theme}-${device}.png`), fullPage: true });
      count += 1;
    }
  }
}
await browser.close();
await server.close();
console.log(`Saved ${count} screenshots to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
