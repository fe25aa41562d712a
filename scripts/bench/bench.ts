/**
 * `npm run bench [-- --sizes 69,687,2000,5000,10000,year,50000,100000 --runs 3 --no-baseline --no-incremental --out bench/results.json --work bench/work]`
 * (`year`: a synthetic year of daily listings, 365 files, 15,000 papers, many repeated. Sizes other than
 * 69 and 687 are synthetic documents; 100,000 needs about 12 GB and 25 minutes on 2 cores.)
 *
 * Memory is reported twice: the largest single process (GNU time) and all processes of the build
 * together (RSS summed over its process tree, sampled every 250 ms: Node and Pagefind's binary overlap).
 *
 * Builds documents of several sizes with Paper Atlas and with a plain Astro + MDX
 * + Pagefind baseline, cold; then, unless --no-incremental, builds each again in the same
 * workspace: unchanged (the build stamp keeps dist/), unchanged with --force (Astro's
 * incremental build alone), and with one day added (the year's last listing, or 40 new
 * papers appended to a document). Prints tables and writes bench/results.json.
 */
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDocument, benchListings, realPapers, yearOfListingsPapers } from './bench-document.ts';
import { synthesizeDocument } from './synthesize-document.ts';
import { measureDist, median, type DistMeasures } from './measure-dist.ts';
import { runTimed } from './run-timed.ts';
import { findChromium, launchBrowser } from './launch-browser.ts';
import { measureSearch, type SearchCost } from './measure-search.ts';
import { serveStatic } from './serve-static.ts';
import { cleanBuildState, makeAtlasWorkspace, makeBaselineWorkspace } from './workspace.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '69,687,2000,5000,10000' },
    runs: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    // Scratch folder for the workspaces, documents and timings (a test runs the bench in its own).
    work: { type: 'string', default: 'bench/work' },
    'no-baseline': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
  },
});

const project = resolve('.');
const work = resolve(values.work);
const atlasDir = join(work, 'atlas');
const baselineDir = join(work, 'baseline');
const node = process.execPath;
/** `year` stands for the year of daily listings, measured at its number of unique papers. */
const sizes = values.sizes.split(',').map((size) => (size === 'year' ? -yearOfListingsPapers : Number(size)));
/** Repeated runs where affordable: three below 5,000 papers, one above, unless --runs says. */
const runsFor = (size: number) => (values.runs === undefined ? (Math.abs(size) < 5000 ? 3 : 1) : Number(values.runs));

interface AtlasRun { generateMs: number; topicMs: number; astroMs: number; pagefindMs: number; totalMs: number; maxRssKb: number; treeRssKb: number | undefined; rendered: number; reused: number; papers: number; skipped: boolean }
interface BaselineRun { astroMs: number; pagefindMs: number; totalMs: number; maxRssKb: number | undefined }

/** One Paper Atlas build of a document, cold unless `warm` (then after the previous one, with its cache and stamp), with its step timings. */
async function buildAtlas(source: string, { warm = false, force = false } = {}): Promise<AtlasRun> {
  if (!warm) await cleanBuildState(atlasDir);
  const timings = join(work, 'timings.json');
  const run = await runTimed(node, ['scripts/build.ts', '--source', source, '--out', 'dist', '--timings', timings, ...(force ? ['--force'] : [])], atlasDir);
  const step = JSON.parse(await readFile(timings, 'utf8')) as AtlasRun;
  return { ...step, totalMs: run.milliseconds, maxRssKb: Math.max(step.maxRssKb, run.maxRssKb ?? 0), treeRssKb: run.peakTreeRssKb };
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

/** A warm rebuild after the cold runs, and its time against the full build's median. */
interface Rebuild { papers: number; totalMs: number; ratio: number; rendered: number; reused: number; generateMs: number; topicMs: number; astroMs: number; pagefindMs: number; maxRssMb: number; treeRssMb: number | undefined; skipped: boolean }

const asRebuild = (run: AtlasRun, fullMs: number): Rebuild => ({
  papers: run.papers,
  totalMs: run.totalMs,
  ratio: run.totalMs / fullMs,
  rendered: run.rendered,
  reused: run.reused,
  generateMs: run.generateMs,
  topicMs: run.topicMs,
  astroMs: run.astroMs,
  pagefindMs: run.pagefindMs,
  maxRssMb: run.maxRssKb / 1024,
  treeRssMb: run.treeRssKb === undefined ? undefined : run.treeRssKb / 1024,
  skipped: run.skipped,
});

/**
 * The day-to-day builds after a full one, in its workspace: the same input again (kept by the build
 * stamp), the same with --force (what Astro's incremental build alone saves), then one day added.
 * `addDay` changes the input and returns the source to build with the day.
 */
async function rebuilds(source: string, fullMs: number, addDay: () => Promise<string>): Promise<Record<'unchanged' | 'forced' | 'dayAdded', Rebuild>> {
  // The workspace is as the last full build of `source` left it.
  const unchanged = asRebuild(await buildAtlas(source, { warm: true }), fullMs);
  const forced = asRebuild(await buildAtlas(source, { warm: true, force: true }), fullMs);
  const dayAdded = asRebuild(await buildAtlas(await addDay(), { warm: true }), fullMs);
  return { unchanged, forced, dayAdded };
}

/** Papers a day adds to a document (a day of the year of listings adds about as many). */
const papersPerDay = 40;

interface Row {
  papers: number;
  /** Daily listing files the papers came from (the `year` case). */
  listings?: number;
  runs: number;
  atlas: {
    generateMs: number;
    topicMs: number;
    astroMs: number;
    pagefindMs: number;
    totalMs: number;
    /** The largest single process (GNU time). */
    maxRssMb: number;
    /** All processes of the build together (sum of RSS over the process tree, sampled every 250 ms). */
    treeRssMb: number | undefined;
    perPaperMs: number;
    generateShare: number;
    dist: DistMeasures;
    search?: SearchCost;
  };
  baseline?: { astroMs: number; pagefindMs: number; totalMs: number; maxRssMb: number; dist: DistMeasures; ratio: number };
  rebuilds?: Record<'unchanged' | 'forced' | 'dayAdded', Rebuild>;
}

const rows: Row[] = [];
await mkdir(work, { recursive: true });
// Fresh scratch copies of the project and of the baseline site.
await makeAtlasWorkspace(project, atlasDir);
if (!values['no-baseline']) await makeBaselineWorkspace(project, baselineDir);

for (const size of sizes) {
  // The document: bundled, ICLR 2020, or synthetic from their vocabulary; the year of listings
  // without its last day, which a rebuild below adds.
  const source = size < 0 ? await benchListings(project, join(work, 'documents')) : await benchDocument(project, size, join(work, 'documents'));
  const heldOut = join(work, 'documents', 'held-out-day');
  await rm(heldOut, { recursive: true, force: true });
  if (size < 0) {
    const lastDay = (await readdir(source)).sort().at(-1) as string;
    await mkdir(heldOut, { recursive: true });
    await rename(join(source, lastDay), join(heldOut, lastDay));
  }
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
      treeRssMb: atlasRuns.some((run) => run.treeRssKb !== undefined) ? med(atlasRuns, (run) => run.treeRssKb) / 1024 : undefined,
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

  if (!values['no-incremental']) {
    row.rebuilds = await rebuilds(source, totalMs, async () => {
      if (size < 0) {
        // The year's last listing, back in its folder.
        const [lastDay] = await readdir(heldOut);
        await rename(join(heldOut, lastDay as string), join(source, lastDay as string));
        return source;
      }
      // Papers appended to the document, under its own file name (the name is in every page's banner).
      const extra = synthesizeDocument(await realPapers(project), papersPerDay, 7);
      const edited = join(work, 'edited', basename(source));
      await mkdir(join(work, 'edited'), { recursive: true });
      await writeFile(edited, `${(await readFile(source, 'utf8')).trimEnd()}\n\n${extra}`);
      return edited;
    });
  }
}

// The table, then the JSON.
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const header = ['papers', 'runs', 'generate s', 'topics s', 'astro s', 'pagefind s', 'total s', 'gen %', 'ms/paper', 'peak MB', 'all MB', 'dist MB', 'files', 'page gz KB', 'largest gz KB', 'not map gz KB', 'map gz KB', 'index MB', 'q1 KB', 'q1 pf KB', 'q1 own KB', 'q1 ms', 'q2 KB', 'q2 ms', 'sp q1 pf KB', 'sp q1 own KB', 'baseline s', 'ratio'];
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
  row.atlas.treeRssMb === undefined ? '-' : row.atlas.treeRssMb.toFixed(0),
  (row.atlas.dist.bytes / 1e6).toFixed(1),
  String(row.atlas.dist.files),
  kb(row.atlas.dist.medianPaperGzip),
  `${kb(row.atlas.dist.largestPage.gzip)} ${row.atlas.dist.largestPage.file}`,
  `${kb(row.atlas.dist.largestOtherPage.gzip)} ${row.atlas.dist.largestOtherPage.file}`,
  `${kb(row.atlas.dist.largestMapPage.gzip)} ${row.atlas.dist.largestMapPage.file}`,
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
console.log('peak MB: the largest process (GNU time); all MB: every process of the build together (RSS summed over the process tree, sampled every 250 ms).');
console.log('largest gz: the largest HTML page, gzipped; not map gz: the largest other than the map\'s parts; map gz: the largest page of the map (/map/ or a part of it).');
console.log('q1/q2: the first (cold) and a second query in the header box of a paper page: KB downloaded (gzipped) and ms from the last keystroke to results;');
console.log('  pf = Pagefind\'s own files (script, WebAssembly, index), own = the site\'s code and data; sp = the first query on the search page.');
const rebuilt = rows.filter((row) => row.rebuilds !== undefined);
if (rebuilt.length > 0) {
  console.log('\nrebuilds after the full build, in its workspace (time / full build; paper pages rendered / reused; all processes\' peak RSS MB):');
  const cases = [
    ['unchanged', 'same input (build stamp)'],
    ['forced', 'same input, --force'],
    ['dayAdded', 'one day added'],
  ] as const;
  const rebuildHeader = ['papers', ...cases.map(([, title]) => title)];
  const rebuildTable = rebuilt.map((row) => [
    `${row.papers}${row.listings ? ` in ${row.listings} days` : ''}`,
    ...cases.map(([kind]) => {
      const run = row.rebuilds?.[kind];
      return run === undefined ? '-' : `${seconds(run.totalMs)} s = ${run.ratio.toFixed(2)}, ${run.rendered}/${run.reused}, ${(run.treeRssMb ?? run.maxRssMb).toFixed(0)} MB`;
    }),
  ]);
  const rebuildWidths = rebuildHeader.map((title, column) => Math.max(title.length, ...rebuildTable.map((cells) => cells[column]?.length ?? 0)));
  console.log([rebuildHeader, ...rebuildTable].map((cells) => cells.map((cell, column) => cell.padStart(rebuildWidths[column] ?? 0)).join('  ')).join('\n'));
  // Where the day added spends its time: the phases of that rebuild.
  console.log('\nthe day added, by phase (s, and share of that rebuild):');
  const phaseHeader = ['papers', 'total s', 'generate', 'of which topics', 'astro', 'pagefind', 'day / full'];
  const share = (part: number, whole: number) => `${seconds(part)} (${((100 * part) / whole).toFixed(0)}%)`;
  const phaseTable = rebuilt.flatMap((row) => {
    const day = row.rebuilds?.dayAdded;
    if (day === undefined) return [];
    return [[`${row.papers}${row.listings ? ` in ${row.listings} days` : ''}`, seconds(day.totalMs), share(day.generateMs, day.totalMs), share(day.topicMs, day.totalMs), share(day.astroMs, day.totalMs), share(day.pagefindMs, day.totalMs), day.ratio.toFixed(2)]];
  });
  const phaseWidths = phaseHeader.map((title, column) => Math.max(title.length, ...phaseTable.map((cells) => cells[column]?.length ?? 0)));
  console.log([phaseHeader, ...phaseTable].map((cells) => cells.map((cell, column) => cell.padStart(phaseWidths[column] ?? 0)).join('  ')).join('\n'));
}
await mkdir(resolve(values.out, '..'), { recursive: true });
await writeFile(values.out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log(`wrote ${values.out}`);
