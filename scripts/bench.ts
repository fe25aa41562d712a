/**
 * `npm run bench [-- --sizes 69,687,2000,5000,10000,year --runs 3 --no-baseline]`
 * (`year`: a synthetic year of daily listings, 365 files, 15,000 papers, many repeated.)
 *
 * Builds documents of several sizes with Paper Atlas and with a plain Astro + MDX
 * + Pagefind baseline, prints a table and writes bench/results.json.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDocument, benchListings, yearOfListingsPapers } from './bench/bench-document.ts';
import { measureDist, median, type DistMeasures } from './bench/measure-dist.ts';
import { runTimed } from './bench/run-timed.ts';
import { findChromium, launchBrowser } from './bench/launch-browser.ts';
import { measureSearch, type SearchCost } from './bench/measure-search.ts';
import { serveStatic } from './bench/serve-static.ts';
import { cleanBuildState, makeAtlasWorkspace, makeBaselineWorkspace } from './bench/workspace.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '69,687,2000,5000,10000' },
    runs: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    'no-baseline': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
  },
});

const project = resolve('.');
const work = resolve('bench/work');
const atlasDir = join(work, 'atlas');
const baselineDir = join(work, 'baseline');
const node = process.execPath;
/** `year` stands for the year of daily listings, measured at its number of unique papers. */
const sizes = values.sizes.split(',').map((size) => (size === 'year' ? -yearOfListingsPapers : Number(size)));
/** Repeated runs where affordable: three below 5,000 papers, one above, unless --runs says. */
const runsFor = (size: number) => (values.runs === undefined ? (Math.abs(size) < 5000 ? 3 : 1) : Number(values.runs));

interface AtlasRun { generateMs: number; topicMs: number; astroMs: number; pagefindMs: number; totalMs: number; maxRssKb: number }
interface BaselineRun { astroMs: number; pagefindMs: number; totalMs: number; maxRssKb: number | undefined }

/** One cold Paper Atlas build of a document, with its step timings. */
async function buildAtlas(source: string): Promise<AtlasRun> {
  await cleanBuildState(atlasDir);
  const timings = join(work, 'timings.json');
  const run = await runTimed(node, ['scripts/build.ts', '--source', source, '--out', 'dist', '--timings', timings], atlasDir);
  const step = JSON.parse(await readFile(timings, 'utf8')) as AtlasRun;
  return { ...step, totalMs: run.milliseconds, maxRssKb: Math.max(step.maxRssKb, run.maxRssKb ?? 0) };
}

/** One cold baseline build of the pages Paper Atlas just generated: astro build, then pagefind --site. */
async function buildBaseline(): Promise<BaselineRun> {
  await cleanBuildState(baselineDir);
  await cp(join(atlasDir, 'src/content/papers'), join(baselineDir, 'src/content/papers'), { recursive: true });
  const astro = await runTimed(node, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], baselineDir);
  const pagefind = await runTimed(node, [join(project, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--silent'], baselineDir);
  return { astroMs: astro.milliseconds, pagefindMs: pagefind.milliseconds, totalMs: astro.milliseconds + pagefind.milliseconds, maxRssKb: astro.maxRssKb };
}

/**
 * The header search on a paper page in Chromium, cold and then warm (bytes counted by
 * the server, since Pagefind fetches from a Web Worker); undefined without Chromium.
 */
async function measureSearchCost(dist: string): Promise<SearchCost | undefined> {
  if (findChromium() === undefined) return undefined;
  const [paper] = (await readdir(join(dist, 'papers'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    return await measureSearch(browser, server, { dir: dist, page: `papers/${paper}/`, queries: ['transfer learning', 'knowledge distillation'] });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Median of one field over runs. */
const med = <T,>(runs: readonly T[], pick: (run: T) => number | undefined) => median(runs.map(pick).filter((value): value is number => value !== undefined));

interface Row {
  papers: number;
  /** Daily listing files the papers came from (the `year` case). */
  listings?: number;
  runs: number;
  atlas: { generateMs: number; topicMs: number; astroMs: number; pagefindMs: number; totalMs: number; maxRssMb: number; perPaperMs: number; generateShare: number; dist: DistMeasures; search?: SearchCost };
  baseline?: { astroMs: number; pagefindMs: number; totalMs: number; maxRssMb: number; dist: DistMeasures; ratio: number };
}

const rows: Row[] = [];
let incremental: { papers: number; firstMs: number; rebuildMs: number; filesRewritten: number; rendered: number; reused: number } | undefined;
await mkdir(work, { recursive: true });
// Fresh scratch copies of the project and of the baseline site.
await makeAtlasWorkspace(project, atlasDir);
if (!values['no-baseline']) await makeBaselineWorkspace(project, baselineDir);

for (const size of sizes) {
  // The document: bundled, ICLR 2020, or synthetic from their vocabulary.
  const source = size < 0 ? await benchListings(project, join(work, 'documents')) : await benchDocument(project, size, join(work, 'documents'));
  const atlasRuns: AtlasRun[] = [];
  const baselineRuns: BaselineRun[] = [];
  for (let run = 0; run < runsFor(size); run++) {
    atlasRuns.push(await buildAtlas(source));
    if (!values['no-baseline']) baselineRuns.push(await buildBaseline());
    process.stderr.write(`  ${Math.abs(size)} papers${size < 0 ? ' (a year of listings)' : ''}, run ${run + 1}: atlas ${(atlasRuns.at(-1)!.totalMs / 1000).toFixed(1)} s` + (baselineRuns.length ? `, baseline ${(baselineRuns.at(-1)!.totalMs / 1000).toFixed(1)} s\n` : '\n'));
  }
  const totalMs = med(atlasRuns, (run) => run.totalMs);
  const generateMs = med(atlasRuns, (run) => run.generateMs);
  const row: Row = {
    papers: Math.abs(size),
    ...(size < 0 ? { listings: 365 } : {}),
    runs: atlasRuns.length,
    atlas: {
      generateMs,
      // Part of generate: deciding, finding and assigning the topics.
      topicMs: med(atlasRuns, (run) => run.topicMs ?? 0),
      astroMs: med(atlasRuns, (run) => run.astroMs),
      pagefindMs: med(atlasRuns, (run) => run.pagefindMs),
      totalMs,
      maxRssMb: med(atlasRuns, (run) => run.maxRssKb) / 1024,
      perPaperMs: totalMs / Math.abs(size),
      generateShare: generateMs / totalMs,
      dist: await measureDist(join(atlasDir, 'dist')),
    },
  };
  const search = await measureSearchCost(join(atlasDir, 'dist'));
  if (search !== undefined) row.atlas.search = search;
  if (baselineRuns.length > 0) {
    const baselineTotal = med(baselineRuns, (run) => run.totalMs);
    row.baseline = {
      astroMs: med(baselineRuns, (run) => run.astroMs),
      pagefindMs: med(baselineRuns, (run) => run.pagefindMs),
      totalMs: baselineTotal,
      maxRssMb: med(baselineRuns, (run) => run.maxRssKb) / 1024,
      dist: await measureDist(join(baselineDir, 'dist')),
      ratio: totalMs / baselineTotal,
    };
  }
  rows.push(row);

  // Change one abstract and rebuild with warm caches, at 5,000 papers (or the largest size below it).
  if (!values['no-incremental'] && size > 0 && size === Math.max(...sizes.filter((s) => s <= 5000))) {
    const first = await buildAtlas(source);
    // Same file name as the original: the name is part of every generated file's banner.
    await mkdir(join(work, 'edited'), { recursive: true });
    const edited = join(work, 'edited', basename(source));
    const text = await readFile(source, 'utf8');
    const blocks = text.split('\n\n');
    const abstract = blocks.findIndex((block) => block.length > 300);
    blocks[abstract] = `${blocks[abstract]} This sentence was added by the benchmark.`;
    await writeFile(edited, blocks.join('\n\n'));
    const timings = join(work, 'timings.json');
    const rebuild = await runTimed(node, ['scripts/build.ts', '--source', edited, '--out', 'dist', '--timings', timings], atlasDir);
    const step = JSON.parse(await readFile(timings, 'utf8')) as { written: number; rendered: number; reused: number };
    incremental = { papers: size, firstMs: first.totalMs, rebuildMs: rebuild.milliseconds, filesRewritten: step.written, rendered: step.rendered, reused: step.reused };
  }
}

// The table, then the JSON.
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const header = ['papers', 'runs', 'generate s', 'topics s', 'astro s', 'pagefind s', 'total s', 'gen %', 'ms/paper', 'peak MB', 'dist MB', 'files', 'page gz KB', 'largest gz KB (not /map/)', 'index MB', 'q1 KB', 'q1 pf KB', 'q1 own KB', 'q1 ms', 'q2 KB', 'q2 ms', 'sp q1 pf KB', 'sp q1 own KB', 'baseline s', 'ratio'];
const table = rows.map((row) => [
  `${row.papers}${row.listings ? ` in ${row.listings} days` : ''}`,
  String(row.runs),
  seconds(row.atlas.generateMs),
  seconds(row.atlas.topicMs),
  seconds(row.atlas.astroMs),
  seconds(row.atlas.pagefindMs),
  seconds(row.atlas.totalMs),
  (100 * row.atlas.generateShare).toFixed(1),
  row.atlas.perPaperMs.toFixed(1),
  row.atlas.maxRssMb.toFixed(0),
  (row.atlas.dist.bytes / 1e6).toFixed(1),
  String(row.atlas.dist.files),
  kb(row.atlas.dist.medianPaperGzip),
  `${kb(row.atlas.dist.largestPage.gzip)} ${row.atlas.dist.largestPage.file}`,
  (row.atlas.dist.indexBytes / 1e6).toFixed(2),
  row.atlas.search ? kb(row.atlas.search.first.gzipBytes) : '-',
  row.atlas.search ? kb(row.atlas.search.first.pagefindGzipBytes) : '-',
  row.atlas.search ? kb(row.atlas.search.first.ownGzipBytes) : '-',
  row.atlas.search ? row.atlas.search.first.afterLastKey.toFixed(0) : '-',
  row.atlas.search ? kb(row.atlas.search.second.gzipBytes) : '-',
  row.atlas.search ? row.atlas.search.second.afterLastKey.toFixed(0) : '-',
  row.atlas.search ? kb(row.atlas.search.searchPage.pagefindGzipBytes) : '-',
  row.atlas.search ? kb(row.atlas.search.searchPage.ownGzipBytes) : '-',
  row.baseline ? seconds(row.baseline.totalMs) : '-',
  row.baseline ? row.baseline.ratio.toFixed(2) : '-',
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column]?.length ?? 0)));
console.log([header, ...table].map((cells) => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  ')).join('\n'));
console.log(`max page gz: the largest HTML page but /map/, gzipped (at the largest size: ${rows.at(-1)?.atlas.dist.largestPage.file ?? '-'}).`);
console.log('q1/q2: the first (cold) and a second query in the header box of a paper page: KB downloaded (gzipped) and ms from the last keystroke to results;');
console.log('  pf = Pagefind\'s own files (script, WebAssembly, index), own = the site\'s code and data; sp = the first query on the search page.');
if (incremental) {
  console.log(`incremental at ${incremental.papers} papers: one abstract changed → ${incremental.filesRewritten} generated files rewritten, ${incremental.rendered} paper pages rendered and ${incremental.reused} reused, rebuild ${seconds(incremental.rebuildMs)} s vs first build ${seconds(incremental.firstMs)} s`);
}
await mkdir(resolve(values.out, '..'), { recursive: true });
await writeFile(values.out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, incremental }, null, 2)}\n`);
console.log(`wrote ${values.out}`);
