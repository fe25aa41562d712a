/**
 * `npm run build [-- --source doc.txt|listings/ … --year 2024 --taxonomy t.yaml --fresh-topics --name "…" --site https://… --base /atlas --out dist]`
 * (`--timings file.json` also writes the time of each step, for `npm run bench`.)
 *
 * Generates the content, builds the static site with Astro (the Pagefind index is
 * written by the integration in astro.config.mjs), then swaps the result into
 * place. A failure at any step leaves src/content/ and the previous site as they were.
 */
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure } from './pipeline/cli-errors.ts';
import { generateFlags, generateOptionsOf } from './pipeline/source-options.ts';
import { reportGenerate } from './pipeline/report-generate.ts';
import { generateDefaults, runGenerate } from './pipeline/run-generate.ts';
import { builtCacheDir, countReused, dropStaleReused, recordAstroFiles, repairAfterFailure } from './pipeline/incremental-cache.ts';
import { swapDirectory } from './write/swap-directory.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...generateFlags,
    site: { type: 'string' },
    base: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    timings: { type: 'string' },
  },
});

const started = performance.now();
// Wall-clock start, to tell the paper pages this build rendered from those it reused (scripts/pipeline/incremental-cache.ts).
const startedAt = Date.now();
const out = resolve(values.out);
const partial = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);

try {
  // Site URL and base path: flags win over ATLAS_SITE / ATLAS_BASE, which win over src/settings.ts.
  if (values.site !== undefined) process.env['ATLAS_SITE'] = values.site;
  if (values.base !== undefined) process.env['ATLAS_BASE'] = values.base;

  // 1. Generate src/content/ from the document (validated in memory before anything is written).
  const generated = await runGenerate(generateOptionsOf(values, positionals, generateDefaults.contentDir));
  for (const line of reportGenerate(generated)) console.log(line);
  console.log(`generated ${generated.papers.length} papers and ${generated.topics.length} topics in ${generated.milliseconds.toFixed(0)} ms`);

  // 2. Build the site and its search index into a side folder; paper pages whose cacheKey and code are
  //    unchanged are copied from the previous build's cache (node_modules/.astro/).
  const { build } = await import('astro');
  const { settings } = await import('../src/settings.ts');
  const astroStarted = performance.now();
  await build({ outDir: partial, site: settings.site, base: settings.base, logLevel: 'warn' });
  const cacheDir = builtCacheDir();
  // A reused page may link a stylesheet or script this build renamed (another page began or stopped
  // sharing a component with it): its cache entry is dropped and Astro builds again, rendering it.
  // Rare, and then it costs a second Astro build (see dropStaleReused for what checking costs).
  const stale = cacheDir === undefined ? 0 : dropStaleReused(cacheDir, partial, startedAt);
  if (stale > 0) {
    console.log(`${stale} reused pages linked /_astro/ files this build no longer has: building again to render them`);
    await rm(partial, { recursive: true, force: true });
    await build({ outDir: partial, site: settings.site, base: settings.base, logLevel: 'warn' });
  }
  if (cacheDir !== undefined) recordAstroFiles(cacheDir, partial);
  const astroMs = performance.now() - astroStarted;
  const pages = cacheDir === undefined ? { rendered: generated.papers.length, reused: 0 } : countReused(cacheDir, startedAt);
  console.log(`paper pages: ${pages.rendered} rendered, ${pages.reused} reused from the previous build`);

  // 3. Swap it into place.
  await swapDirectory(partial, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`built ${generated.papers.length} papers into ${values.out}/ (site ${settings.site}, base ${settings.base}) in ${seconds} s`);
  if (values.timings !== undefined) {
    const pagefindMs = performance.getEntriesByName('paper-atlas:pagefind').at(-1)?.duration ?? 0;
    const timings = {
      papers: generated.papers.length,
      generateMs: generated.milliseconds,
      topicMs: generated.topicPlan.milliseconds,
      astroMs: astroMs - pagefindMs,
      pagefindMs,
      totalMs: performance.now() - started,
      maxRssKb: process.resourceUsage().maxRSS,
      written: generated.sync.written,
      rendered: pages.rendered,
      reused: pages.reused,
    };
    await writeFile(values.timings, `${JSON.stringify(timings)}\n`);
  }
} catch (error) {
  await rm(partial, { recursive: true, force: true });
  const cacheDir = builtCacheDir();
  if (cacheDir !== undefined) repairAfterFailure(cacheDir, startedAt);
  reportFailure(error);
}
