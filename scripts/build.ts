/**
 * `npm run build [-- --source doc.txt|listings/ … --year 2024 --taxonomy t.yaml --fresh-topics --name "…" --site https://… --base /atlas --out dist --force]`
 * (`--timings file.json` also writes the time of each step, for `npm run bench`.)
 *
 * Generates the content, builds the static site with Astro (the Pagefind index is
 * written by the integration in astro.config.mjs), then swaps the result into
 * place. A failure at any step leaves src/content/ and the previous site as they were.
 * When the documents, options, code and dependencies are those of the last build and its
 * output and src/content/ are as it left them, there is nothing to do and nothing is done
 * (scripts/pipeline/build-stamp.ts); `--force` builds anyway.
 */
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { reportFailure } from './pipeline/cli-errors.ts';
import { generateFlags, generateOptionsOf } from './pipeline/source-options.ts';
import { reportGenerate } from './pipeline/report-generate.ts';
import { generateDefaults, runGenerate, type RunGenerateOptions } from './pipeline/run-generate.ts';
import { builtCacheDir, countReused, dropStaleReused, recordAstroFiles, repairAfterFailure } from './pipeline/incremental-cache.ts';
import { inputsFingerprint, readStamp, stampFile, treeSignature, upToDate, writeStamp } from './pipeline/build-stamp.ts';
import { swapDirectory } from './write/swap-directory.ts';
import { progressWanted, startProgress, type BuildProgress } from './pipeline/build-progress.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...generateFlags,
    site: { type: 'string' },
    base: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    timings: { type: 'string' },
    force: { type: 'boolean', default: false },
    // Progress lines at least every 10 s; on by default on a terminal outside CI (see progressWanted).
    progress: { type: 'boolean', default: false },
  },
});

const started = performance.now();
// Wall-clock start, to tell the paper pages this build rendered from those it reused (scripts/pipeline/incremental-cache.ts).
const startedAt = Date.now();
const out = resolve(values.out);
const partial = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
const progress = startProgress(progressWanted(values.progress));

/** What `--timings` writes, for `npm run bench`. */
interface Timings {
  papers: number;
  generateMs: number;
  topicMs: number;
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  maxRssKb: number;
  /** Generated files written. */
  written: number;
  rendered: number;
  reused: number;
  /** Whether the build stamp said there was nothing to do. */
  skipped: boolean;
  /** Search index shards, and those copied from the previous build because their pages' indexed part was unchanged. */
  shards: number;
  reusedShards: number;
}

try {
  // Site URL and base path: flags win over ATLAS_SITE / ATLAS_BASE, which win over src/settings.ts.
  if (values.site !== undefined) process.env['ATLAS_SITE'] = values.site;
  if (values.base !== undefined) process.env['ATLAS_BASE'] = values.base;
  const options = generateOptionsOf(values, positionals, generateDefaults.contentDir);
  const { settings } = await import('../src/settings.ts');

  // 0. Nothing to do when this exact build was the last one and its output is untouched.
  const stamp = stampFile(await astroCacheDir());
  const inputs = await inputsFingerprint({
    sources: typeof options.source === 'string' ? [options.source] : options.source,
    taxonomy: options.taxonomy,
    settings: { site: settings.site, base: settings.base },
    flags: { year: options.year, name: options.name, freshTopics: options.freshTopics },
  });
  const last = await readStamp(stamp);
  let timings: Omit<Timings, 'totalMs' | 'maxRssKb'>;
  if (!values.force && upToDate(last, inputs, out, resolve(options.contentDir))) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`nothing changed since the last build of ${values.out}/ (same documents, options and code; it and src/content/ untouched): kept it (${seconds} s; --force builds anyway)`);
    console.log(`paper pages: 0 rendered, ${last.papers} reused from the previous build`);
    timings = { papers: last.papers, generateMs: 0, topicMs: 0, astroMs: 0, pagefindMs: 0, written: 0, rendered: 0, reused: last.papers, skipped: true, shards: 0, reusedShards: 0 };
  } else {
    timings = await buildSite(options, settings, progress);
    await writeStamp(stamp, {
      version: 1,
      inputs,
      out,
      outSignature: treeSignature(out),
      contentSignature: treeSignature(resolve(options.contentDir)),
      papers: timings.papers,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const phase = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `built ${timings.papers} papers into ${values.out}/ (site ${settings.site}, base ${settings.base}) in ${seconds} s: generate ${phase(timings.generateMs)}, Astro ${phase(timings.astroMs)}, search index ${phase(timings.pagefindMs)} (${timings.reusedShards} of ${timings.shards} ${timings.shards === 1 ? 'shard' : 'shards'} unchanged)`,
    );
  }
  await progress.stop();
  if (values.timings !== undefined) {
    const all: Timings = { ...timings, totalMs: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS };
    await writeFile(values.timings, `${JSON.stringify(all)}\n`);
  }
} catch (error) {
  await progress.stop();
  await rm(partial, { recursive: true, force: true });
  const cacheDir = builtCacheDir();
  if (cacheDir !== undefined) repairAfterFailure(cacheDir, startedAt);
  reportFailure(error);
}

/** Generates the content, builds the site into a side folder and swaps it into place; returns what it did. */
async function buildSite(options: RunGenerateOptions, settings: { site: string; base: string }, progress: BuildProgress): Promise<Omit<Timings, 'totalMs' | 'maxRssKb'>> {
  // 1. Generate src/content/ from the document (validated in memory before anything is written).
  //    Astro's own modules load meanwhile (they do not read the content). Only the numbers below are
  //    kept: Astro builds in this process, and holding the collection would add to its peak memory.
  const astro = import('astro');
  progress.phase({ name: 'generate', detail: 'reading the sources' });
  const generated = await runGenerate({ ...options, onStep: (detail) => progress.phase({ name: 'generate', detail }) }).then((content) => {
    for (const line of reportGenerate(content)) console.log(line);
    console.log(`generated ${content.papers.length} papers and ${content.topics.length} topics in ${content.milliseconds.toFixed(0)} ms`);
    return { papers: content.papers.length, generateMs: content.milliseconds, topicMs: content.topicPlan.milliseconds, written: content.sync.written };
  });

  // 2. Build the site and its search index into a side folder; paper pages whose cacheKey and code are
  //    unchanged are copied from the previous build's cache (node_modules/.astro/).
  const { build } = await astro;
  const astroStarted = performance.now();
  // Astro says nothing until it ends: the ticker counts the paper pages it has written so far.
  const rendering = { name: 'astro', detail: 'bundling the site, then rendering pages', countDir: join(partial, 'papers'), total: generated.papers, noun: 'paper pages written' };
  progress.phase(rendering);
  await build({ outDir: partial, site: settings.site, base: settings.base, logLevel: 'warn' });
  const cacheDir = builtCacheDir();
  // A reused page may link a stylesheet or script this build renamed (another page began or stopped
  // sharing a component with it): its cache entry is dropped and Astro builds again, rendering it.
  // Rare, and then it costs a second Astro build (see dropStaleReused for what checking costs).
  const stale = cacheDir === undefined ? 0 : dropStaleReused(cacheDir, partial, startedAt);
  if (stale > 0) {
    console.log(`${stale} reused pages linked /_astro/ files this build no longer has: building again to render them`);
    await rm(partial, { recursive: true, force: true });
    progress.phase({ ...rendering, detail: 'rendering pages again' });
    await build({ outDir: partial, site: settings.site, base: settings.base, logLevel: 'warn' });
  }
  if (cacheDir !== undefined) recordAstroFiles(cacheDir, partial);
  const indexed = performance.getEntriesByName('paper-atlas:pagefind').at(-1) as PerformanceMeasure | undefined;
  const pagefindMs = indexed?.duration ?? 0;
  const shards = (indexed?.detail ?? { shards: 0, reusedShards: 0 }) as { shards: number; reusedShards: number };
  const astroMs = performance.now() - astroStarted - pagefindMs;
  const pages = cacheDir === undefined ? { rendered: generated.papers, reused: 0 } : countReused(cacheDir, startedAt);
  console.log(`paper pages: ${pages.rendered} rendered, ${pages.reused} reused from the previous build`);

  // 3. Swap it into place.
  await swapDirectory(partial, out);
  return { ...generated, astroMs, pagefindMs, ...pages, ...shards, skipped: false };
}

/** Astro's cacheDir as the project's config sets it (`node_modules/.astro/` by default), where the page cache and the build stamp live. */
async function astroCacheDir(): Promise<string> {
  const { default: config } = (await import(pathToFileURL(resolve('astro.config.mjs')).href)) as { default: { cacheDir?: string } };
  return resolve(config.cacheDir ?? 'node_modules/.astro');
}
