/**
 * `npm run bench:incremental [-- --papers 1000 --days 30 --runs 3]`
 *
 * Times Astro's incremental build on synthetic daily listings (scripts/bench/synthesize-listings.ts):
 * a full build of all days but the last, the same build again unchanged, and a build with the last
 * day added, each after the one before in one workspace; medians over runs and their ratios to the
 * full build, with the paper pages rendered and reused. Writes bench/incremental.json.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { realPapers } from './bench-document.ts';
import { median } from './measure-dist.ts';
import { runTimed } from './run-timed.ts';
import { synthesizeListings } from './synthesize-listings.ts';
import { cleanBuildState, makeAtlasWorkspace } from './workspace.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '1000' },
    days: { type: 'string', default: '30' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/incremental.json' },
  },
});

const project = resolve('.');
const work = resolve('bench/work');
const atlasDir = join(work, 'atlas-incremental');
const listings = join(work, 'listings-incremental');
const timings = join(work, 'timings-incremental.json');

interface Step { totalMs: number; generateMs: number; pagefindMs: number; rendered: number; reused: number; papers: number }

/** One `npm run build` of the listings folder in the workspace, with its timings. */
async function build(): Promise<Step> {
  const run = await runTimed(process.execPath, ['scripts/build.ts', '--source', listings, '--out', 'dist', '--timings', timings], atlasDir);
  const step = JSON.parse(await readFile(timings, 'utf8')) as Step;
  return { ...step, totalMs: run.milliseconds };
}

const files = [...synthesizeListings(await realPapers(project), Number(values.papers), Number(values.days))];
await makeAtlasWorkspace(project, atlasDir);
const steps: Record<'full' | 'unchanged' | 'dayAdded', Step[]> = { full: [], unchanged: [], dayAdded: [] };
for (let run = 0; run < Number(values.runs); run++) {
  await cleanBuildState(atlasDir);
  await rm(listings, { recursive: true, force: true });
  await mkdir(listings, { recursive: true });
  for (const [name, text] of files.slice(0, -1)) await writeFile(join(listings, name), text);
  steps.full.push(await build());
  steps.unchanged.push(await build());
  const [name, text] = files.at(-1) as [string, string];
  await writeFile(join(listings, name), text);
  steps.dayAdded.push(await build());
  process.stderr.write(`  run ${run + 1}: ${Object.entries(steps).map(([kind, list]) => `${kind} ${((list.at(-1)?.totalMs ?? 0) / 1000).toFixed(1)} s`).join(', ')}\n`);
}

const full = median(steps.full.map((step) => step.totalMs));
const rows = Object.entries(steps).map(([kind, list]) => ({
  kind,
  papers: list[0]?.papers ?? 0,
  totalMs: median(list.map((step) => step.totalMs)),
  generateMs: median(list.map((step) => step.generateMs)),
  pagefindMs: median(list.map((step) => step.pagefindMs)),
  rendered: median(list.map((step) => step.rendered)),
  reused: median(list.map((step) => step.reused)),
  ratio: median(list.map((step) => step.totalMs)) / full,
}));
console.log(`${values.papers} papers in ${values.days} daily listings, medians of ${values.runs} runs:`);
console.log('build         papers  total s  generate s  pagefind s  rendered  reused  ratio to full');
for (const row of rows) {
  console.log(
    `${row.kind.padEnd(12)}  ${String(row.papers).padStart(6)}  ${(row.totalMs / 1000).toFixed(1).padStart(7)}  ${(row.generateMs / 1000).toFixed(1).padStart(10)}  ${(row.pagefindMs / 1000).toFixed(1).padStart(10)}  ${String(row.rendered).padStart(8)}  ${String(row.reused).padStart(6)}  ${row.ratio.toFixed(2).padStart(13)}`,
  );
}
await mkdir(resolve(values.out, '..'), { recursive: true });
await writeFile(values.out, `${JSON.stringify({ date: new Date().toISOString(), papers: Number(values.papers), days: Number(values.days), runs: Number(values.runs), rows }, null, 2)}\n`);
console.log(`wrote ${values.out}`);
