import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanBuildState, makeAtlasWorkspace } from '../../scripts/bench/workspace.ts';
import { astroLinks, changedPapers, differences, filesOf, missingAstroFiles, paperSlugs } from '../helpers/compare-dist.ts';
import { testOutDir } from '../helpers/dist.ts';

/**
 * `npm run build` again and again in one workspace reuses the paper pages that
 * would render the same bytes (Astro's experimental.incrementalBuild with the cacheKey of
 * src/pages/papers/[slug].astro), and re-renders the ones that change: the
 * bundled document and daily listings, one change at a time. After every change the site is compared,
 * byte for byte, with a build of the same input and code from nothing in a second workspace.
 * The map is cut into parts of {@link mapTileSize} papers, so the parts' pages (their cacheKey in
 * src/pages/map/[tile].astro) are checked the same way.
 */
const mapTileSize = '20';
/** The search index is split into shards of this many papers (src/utils/search/search-shards.ts), so shards kept from the previous build are compared too. */
const searchShardSize = '30';
const root = join(testOutDir, 'incremental');
const incremental = join(root, 'incremental');
const clean = join(root, 'clean');
const listings = join(root, 'listings');
/** A copy of the curated taxonomy every build is given (`--taxonomy`), so that one step can rename a topic. */
const taxonomy = join(root, 'taxonomy.yaml');
const daily = 'tests/fixtures/listings/daily';
const bundled = 'src/data/transfer-learning-papers.txt';

interface Build {
  dist: string;
  stdout: string;
  rendered: number;
  reused: number;
  /** Paper slugs whose page this build rendered (its cached copy was written during the build). */
  renderedSlugs: Set<string>;
  /** Map parts whose page this build rendered. */
  renderedTiles: Set<string>;
}

const writtenSince = (file: string, since: number) => {
  try {
    return statSync(file).mtimeMs >= since;
  } catch {
    return false;
  }
};

/** Runs `npm run build` in `workspace` on the bundled document, the listings folder and the taxonomy copy. */
function build(workspace: string, out: string): Build {
  const started = Date.now();
  const dist = join(root, out);
  const { BASE_URL: _viteBase, ...env } = process.env;
  const stdout = execFileSync(process.execPath, ['scripts/build.ts', '--source', bundled, '--source', listings, '--taxonomy', taxonomy, '--out', dist], {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...env, ATLAS_MAP_TILE_SIZE: mapTileSize, ATLAS_SEARCH_SHARD_SIZE: searchShardSize },
  });
  const counts = /paper pages: (\d+) rendered, (\d+) reused/.exec(stdout);
  expect(counts, stdout).not.toBeNull();
  const cachedPapers = join(workspace, '.cache', 'dist', 'papers');
  // A removed paper's folder may stay behind, empty: Astro prunes its files.
  const cached = readdirSync(cachedPapers);
  const renderedSlugs = new Set(cached.filter((slug) => writtenSince(join(cachedPapers, slug, 'index.html'), started)));
  const cachedMap = join(workspace, '.cache', 'dist', 'map');
  const tiles = readdirSync(cachedMap, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  // Astro leaves the folders of parts a later build no longer has, empty.
  const renderedTiles = new Set(tiles.filter((tile) => writtenSince(join(cachedMap, tile.name, 'index.html'), started)).map((tile) => tile.name));
  return { dist, stdout, rendered: Number(counts?.[1]), reused: Number(counts?.[2]), renderedSlugs, renderedTiles };
}

/** The same input and code built from nothing: the clean workspace without its cache, site or generated content. */
async function cleanBuild(out: string): Promise<Build> {
  await cleanBuildState(clean);
  return build(clean, out);
}

/** Replaces `from` with `to` in a file, failing when the file does not have it (so an edit can never silently do nothing). */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** Edits a file of the project's code in both workspaces. */
const editCode = (file: string, from: string, to: string) => {
  for (const workspace of [incremental, clean]) edit(join(workspace, file), from, to);
};

/** Slugs of the paper pages of `dist` that link to the paper `slug` (related papers, previous/next), not counting its own page. */
const linkingTo = (dist: string, slug: string) =>
  paperSlugs(dist).filter((other) => other !== slug && readFileSync(join(dist, 'papers', other, 'index.html'), 'utf8').includes(`href="/papers/${slug}/"`));

const paperCount = (dist: string) => paperSlugs(dist).length;

/** Ids of the map parts of site `b` whose page differs in bytes from site `a`'s, or that `a` lacks. */
function changedTiles(a: string, b: string): Set<string> {
  const tiles = new Set(differences(a, b).flatMap((file) => /^map\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? []));
  return new Set([...tiles].filter((tile) => existsSync(join(b, 'map', tile, 'index.html'))));
}

const tileCount = (dist: string) => readdirSync(join(dist, 'map'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;

/** The changes, in order; each is built incrementally and from nothing. */
const steps = ['day', 'abstract', 'removed', 'taxonomy', 'component', 'style', 'chips'] as const;
type Step = (typeof steps)[number];

/** The paper whose abstract changes, and which is then removed from its listing. */
const sparseAdapters = 'sparse-adapters-for-low-resource-speech-recognition';
const renamedFrom = 'Model merging and weight averaging';
const renamedTo = 'Merging models by averaging weights';

describe('an incremental build', () => {
  let first!: Build, repaired!: Build;
  const built = {} as Record<Step, Build>;
  const fromNothing = {} as Record<Step, Build>;
  /** The incremental build each step starts from. */
  const before = (step: Step): Build => (step === 'day' ? first : step === 'style' ? repaired : built[steps[steps.indexOf(step) - 1]!]);
  /** Pages that linked the removed paper in the step before its removal. */
  let linkedRemoved: string[] = [];

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(listings, { recursive: true });
    copyFileSync('src/data/taxonomy.yaml', taxonomy);
    await makeAtlasWorkspace(process.cwd(), incremental);
    await makeAtlasWorkspace(process.cwd(), clean);
    const step = async (name: Step) => {
      built[name] = build(incremental, name);
      fromNothing[name] = await cleanBuild(`${name}-clean`);
    };

    // The bundled document and one day, from nothing.
    copyFileSync(join(daily, '2024-03-12.txt'), join(listings, '2024-03-12.txt'));
    first = build(incremental, 'first');
    // A day added.
    copyFileSync(join(daily, '2024-03-13-papers.txt'), join(listings, '2024-03-13-papers.txt'));
    await step('day');
    // One abstract changed.
    const dayFile = join(listings, '2024-03-12.txt');
    edit(dayFile, 'close most of the gap to full fine-tuning', 'close nearly all of the gap to full fine-tuning');
    await step('abstract');
    // A paper removed from its listing: the first of its day, linked by the next one and by related papers.
    linkedRemoved = linkingTo(built.abstract.dist, sparseAdapters);
    edit(
      dayFile,
      'Sparse Adapters for Low-Resource Speech Recognition\n\nWe adapt a large speech model to languages with little labelled audio by training sparse adapter modules. The adapters add two percent of the parameters and close nearly all of the gap to full fine-tuning.\n\n',
      '',
    );
    await step('removed');
    // A topic renamed in the taxonomy.
    edit(taxonomy, `name: ${renamedFrom}`, `name: ${renamedTo}`);
    await step('taxonomy');
    // A component every paper page uses changed.
    editCode('src/components/PrevNext.astro', '<span class="label">Next</span>', '<span class="label">Next paper</span>');
    await step('component');

    // A build that fails half-way through the paper pages (a component that throws on one in the
    // middle of the bundled document: pages render in document order), then the input of `component` again.
    const prevNext = join(incremental, 'src', 'components', 'PrevNext.astro');
    const working = readFileSync(prevNext, 'utf8');
    writeFileSync(
      prevNext,
      working
        .replace('Next paper', 'Next one')
        .replace('const { prev, next } = Astro.props;', "const { prev, next } = Astro.props;\nif (Astro.url.pathname.includes('low-resource-multi-granularity-academic-function')) throw new Error('a component failing on purpose');"),
    );
    // After a failure, build.ts also drops pages cached in the two seconds before the build (for file
    // systems with coarse times), which here would be the end of the last build: wait past that.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(() => build(incremental, 'component')).toThrow();
    writeFileSync(prevNext, working);
    repaired = build(incremental, 'repaired');

    // A style only listing pages use changed (Pagination's own <style>).
    editCode('src/components/Pagination.astro', 'margin: var(--space-6) 0;', 'margin: var(--space-8) 0;');
    await step('style');
    // A component only listing pages use starts using one paper pages use (the paper list shows topic
    // chips): the chips' styles leave the stylesheet chunk of paper pages, which gets a new name,
    // although no code paper pages import changed.
    editCode('src/components/PaperList.astro', "import { excerpt } from '../utils/site/excerpt.ts';", "import { excerpt } from '../utils/site/excerpt.ts';\nimport TopicChips from './TopicChips.astro';");
    editCode(
      'src/components/PaperList.astro',
      `        <p class="detail">
          {detail === 'excerpt'
            ? excerpt(paper.description)
            : paper.topics.map((id) => topicById?.get(id)?.name ?? id).join(' · ')}
        </p>`,
      `        {detail === 'excerpt' ? <p class="detail">{excerpt(paper.description)}</p> : <TopicChips topics={paper.topics.flatMap((id) => topicById?.get(id) ?? [])} />}`,
    );
    await step('chips');
  }, 1_200_000);

  test('renders every paper page the first time, and every paper has its cite.bib', () => {
    expect(first.rendered).toBe(paperCount(first.dist));
    expect(first.reused).toBe(0);
    for (const slug of paperSlugs(first.dist)) expect(existsSync(join(first.dist, 'papers', slug, 'cite.bib')), slug).toBe(true);
  });

  test('indexes for search only the shards a day changes, and copies the others from the previous build', () => {
    const shards = (build: Build) => /search index [\d.]+ s \((\d+) of (\d+) shards unchanged\)/.exec(build.stdout)?.slice(1).map(Number);
    expect(shards(first)).toEqual([0, 3]);
    // The day's papers come last: only the newest shard changes.
    expect(shards(built.day)).toEqual([2, 3]);
    expect(shards(fromNothing.day)?.[0]).toBe(0);
  });

  test.each(steps)('gives the same site, byte for byte, as a build from nothing, after the step "%s"', (step) => {
    // The build from nothing was cold: it reused nothing.
    expect(fromNothing[step].reused).toBe(0);
    expect(filesOf(built[step].dist).length).toBeGreaterThan(100);
    expect(differences(built[step].dist, fromNothing[step].dist)).toEqual([]);
  });

  test.each(steps)('renders the paper pages that change at the step "%s"', (step) => {
    const { dist, rendered, reused, renderedSlugs } = built[step];
    const present = new Set(paperSlugs(dist));
    // Every page that differs from the previous build was rendered (pages that are gone were not).
    const changed = [...changedPapers(before(step).dist, dist)].filter((slug) => present.has(slug));
    for (const slug of changed) expect(renderedSlugs, slug).toContain(slug);
    expect(rendered).toBe(renderedSlugs.size);
    expect(rendered + reused).toBe(present.size);
  });

  // A change of input reaches a page through its cacheKey, which holds exactly what the page shows: only
  // the pages that come out different render. (A change of code renders every page of the route that
  // imports it, whether or not its bytes change: see the component step.)
  test.each(['day', 'abstract', 'removed', 'taxonomy'] as const)('reuses every paper page that does not change at the step "%s"', (step) => {
    const { dist, renderedSlugs } = built[step];
    const changed = changedPapers(before(step).dist, dist);
    for (const slug of renderedSlugs) expect(changed, slug).toContain(slug);
  });

  test.each(steps)('links only /_astro/ files the site has, after the step "%s"', (step) => {
    expect(missingAstroFiles(built[step].dist)).toEqual([]);
  });

  test('renders the new papers and the pages that change when a day is added, and reuses most', () => {
    const { day } = built;
    expect(changedPapers(first.dist, day.dist).size).toBeGreaterThan(3);
    expect(day.reused).toBeGreaterThan(paperCount(first.dist) / 2);
  });

  test('renders a paper again when its abstract changes, and reuses most', () => {
    const { abstract } = built;
    expect(readFileSync(join(abstract.dist, 'papers', sparseAdapters, 'index.html'), 'utf8')).toContain('close nearly all of the gap');
    expect(abstract.renderedSlugs).toContain(sparseAdapters);
    expect(abstract.reused).toBeGreaterThan(paperCount(abstract.dist) / 2);
  });

  test('drops a removed paper and renders again the pages that linked it, and reuses most', () => {
    const { removed } = built;
    expect(existsSync(join(built.abstract.dist, 'papers', sparseAdapters, 'index.html'))).toBe(true);
    expect(existsSync(join(built.abstract.dist, 'papers', sparseAdapters, 'cite.bib'))).toBe(true);
    expect(existsSync(join(removed.dist, 'papers', sparseAdapters, 'index.html'))).toBe(false);
    expect(existsSync(join(removed.dist, 'papers', sparseAdapters, 'cite.bib'))).toBe(false);
    // Nor does the cache keep its page.
    expect(existsSync(join(incremental, '.cache', 'dist', 'papers', sparseAdapters, 'index.html'))).toBe(false);
    expect(paperCount(removed.dist)).toBe(paperCount(built.abstract.dist) - 1);
    // The next paper of its day and related papers linked it: they render again and link it no more.
    expect(linkedRemoved).toContain('learning-contact-mechanics-from-sparse-sensor-data');
    expect(linkedRemoved.length).toBeGreaterThan(1);
    for (const slug of linkedRemoved) expect(removed.renderedSlugs, slug).toContain(slug);
    expect(linkingTo(removed.dist, sparseAdapters)).toEqual([]);
    expect(removed.reused).toBeGreaterThan(paperCount(removed.dist) / 2);
  });

  test('renders every paper page again with the new name when a topic is renamed', () => {
    const { taxonomy: renamed } = built;
    // The sidebar of every paper page lists every topic by name (the shared part of the cacheKey), so a
    // rename changes every paper page, not only those of papers in the topic: all render again.
    const pages = paperSlugs(renamed.dist).map((slug) => readFileSync(join(renamed.dist, 'papers', slug, 'index.html'), 'utf8'));
    for (const page of pages) {
      expect(page).toMatch(new RegExp(`<span class="name"[^>]*>${renamedTo}</span>`));
      expect(page).not.toContain(renamedFrom);
    }
    // The papers in the topic show it among their chips too.
    expect(pages.filter((page) => new RegExp(`data-pagefind-filter="topic"[^>]*>${renamedTo}<`).test(page)).length).toBeGreaterThan(0);
    expect(renamed.reused).toBe(0);
    expect(renamed.rendered).toBe(pages.length);
  });

  test('renders every paper page again when a component they use changes', () => {
    const { component } = built;
    expect(component.reused).toBe(0);
    expect(component.rendered).toBe(paperCount(component.dist));
    // Even the pages the change does not reach (those with no next paper): Astro knows the code changed, not what it renders.
    const changed = changedPapers(built.taxonomy.dist, component.dist);
    const unchanged = paperSlugs(component.dist).filter((slug) => !changed.has(slug));
    expect(unchanged.length).toBeGreaterThan(0);
    for (const slug of unchanged) expect(readFileSync(join(component.dist, 'papers', slug, 'index.html'), 'utf8')).not.toContain('rel="next"');
    expect(readFileSync(join(component.dist, 'papers', 'learning-contact-mechanics-from-sparse-sensor-data', 'index.html'), 'utf8')).toContain('Next paper');
  });

  test('renders every map part whose page changes, and reuses them all when nothing they show changes', () => {
    expect(tileCount(first.dist)).toBeGreaterThan(2);
    expect(first.renderedTiles.size).toBe(tileCount(first.dist));
    for (const step of steps) {
      for (const tile of changedTiles(before(step).dist, built[step].dist)) expect(built[step].renderedTiles, `${step}: ${tile}`).toContain(tile);
    }
    // A component only paper pages use changed: the parts show the same and are copied.
    expect(changedTiles(built.taxonomy.dist, built.component.dist)).toEqual(new Set());
    expect(built.component.renderedTiles).toEqual(new Set());
  });

  test('leaves the previous site and a cache that gives the right pages after a build fails half-way', () => {
    const { component } = built;
    // The failed build's --out is the component build's: it is as that build left it.
    expect(readFileSync(join(component.dist, 'papers', 'learning-contact-mechanics-from-sparse-sensor-data', 'index.html'), 'utf8')).toContain('Next paper');
    expect(differences(component.dist, repaired.dist)).toEqual([]);
    // The pages rendered before the failure render again; those after it are reused.
    expect(repaired.rendered, 'rendered').toBeGreaterThan(0);
    expect(repaired.reused, 'reused').toBeGreaterThan(0);
  });

  test('reuses every paper page when only a style of listing pages changes', () => {
    const { style } = built;
    expect(readFileSync(join(style.dist, 'papers', 'index.html'), 'utf8')).toContain('margin:var(--space-8) 0');
    expect(style.rendered).toBe(0);
    expect(style.reused).toBe(paperCount(style.dist));
  });

  test('renders reused paper pages again when the stylesheet they link is renamed by a change elsewhere', () => {
    const { style, chips } = built;
    const page = (dist: string) => readFileSync(join(dist, 'papers', 'learning-contact-mechanics-from-sparse-sensor-data', 'index.html'), 'utf8');
    // The change renames a file paper pages linked, though no code they import changed...
    const gone = astroLinks(page(style.dist)).filter((link) => !existsSync(join(chips.dist, link)));
    expect(gone.length).toBeGreaterThan(0);
    for (const link of gone) expect(page(chips.dist)).not.toContain(link);
    // ...so the reused copies would link a file that is gone: the build finds them and renders them again.
    expect(chips.stdout).toMatch(/reused pages linked \/_astro\/ files this build no longer has/);
    expect(chips.rendered).toBe(paperCount(chips.dist));
    expect(missingAstroFiles(chips.dist)).toEqual([]);
  });
});
