import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeAtlasWorkspace } from '../../scripts/bench/workspace.ts';
import { testOutDir } from '../helpers/dist.ts';

/**
 * `npm run build` twice in one workspace reuses the paper pages that would render the same bytes
 * (Astro's experimental.incrementalBuild with the cacheKey of src/pages/papers/[slug].astro), and
 * re-renders the ones that change: the bundled document followed by daily listings, one day at a time.
 * The map is cut into parts of {@link mapTileSize} papers, so the parts' pages (their cacheKey in
 * src/pages/map/[tile].astro) are checked the same way.
 */
const mapTileSize = '20';
const root = join(testOutDir, 'incremental');
const incremental = join(root, 'incremental');
const clean = join(root, 'clean');
const listings = join(root, 'listings');
const daily = 'tests/fixtures/listings/daily';
const bundled = 'src/data/transfer-learning-papers.txt';

interface Build {
  dist: string;
  rendered: number;
  reused: number;
  /** Paper slugs whose page this build rendered (its cached copy was written during the build). */
  renderedSlugs: Set<string>;
  /** Ids of the map parts whose page this build rendered. */
  renderedTiles: Set<string>;
}

/** Runs `npm run build` in `workspace` on the bundled document and the listings folder. */
function build(workspace: string, out: string): Build {
  const started = Date.now();
  const dist = join(root, out);
  const { BASE_URL: _viteBase, ...env } = process.env;
  const stdout = execFileSync(process.execPath, ['scripts/build.ts', '--source', bundled, '--source', listings, '--out', dist], {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...env, ATLAS_MAP_TILE_SIZE: mapTileSize },
  });
  const counts = /paper pages: (\d+) rendered, (\d+) reused/.exec(stdout);
  expect(counts, stdout).not.toBeNull();
  const cachedPapers = join(workspace, '.cache', 'dist', 'papers');
  const renderedSlugs = new Set(readdirSync(cachedPapers).filter((slug) => statSync(join(cachedPapers, slug, 'index.html')).mtimeMs >= started));
  const cachedMap = join(workspace, '.cache', 'dist', 'map');
  const tiles = readdirSync(cachedMap, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  // Astro leaves the folders of parts a later build no longer has, empty.
  const renderedTiles = new Set(tiles.filter((tile) => (statSync(join(cachedMap, tile.name, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= started).map((tile) => tile.name));
  return { dist, rendered: Number(counts?.[1]), reused: Number(counts?.[2]), renderedSlugs, renderedTiles };
}

/** Every file under `dir`, relative to it, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** The files of two sites that differ in bytes, or exist in one only. */
function differences(a: string, b: string): string[] {
  const files = [...new Set([...filesOf(a), ...filesOf(b)])].sort();
  return files.filter((file) => {
    try {
      return !readFileSync(join(a, file)).equals(readFileSync(join(b, file)));
    } catch {
      return true;
    }
  });
}

/** Slugs of the paper pages whose bytes differ between two sites (or that one lacks). */
function changedPapers(a: string, b: string): Set<string> {
  return new Set(
    differences(a, b)
      .map((file) => /^papers\/([^/]+)\/index\.html$/.exec(relative('.', file))?.[1])
      .filter((slug): slug is string => slug !== undefined),
  );
}

/** Ids of the map parts of site `b` whose page differs in bytes from site `a`'s, or that `a` lacks. */
function changedTiles(a: string, b: string): Set<string> {
  const tiles = new Set(differences(a, b).flatMap((file) => /^map\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? []));
  return new Set([...tiles].filter((tile) => existsSync(join(b, 'map', tile, 'index.html'))));
}

const tileCount = (dist: string) => readdirSync(join(dist, 'map'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;

const paperCount = (dist: string) => readdirSync(join(dist, 'papers'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name)).length;

describe('an incremental build', () => {
  let first!: Build, day!: Build, dayClean!: Build, abstract!: Build, component!: Build, repaired!: Build;

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(listings, { recursive: true });
    await makeAtlasWorkspace(process.cwd(), incremental);
    await makeAtlasWorkspace(process.cwd(), clean);

    // 1. The bundled document and one day, from nothing.
    copyFileSync(join(daily, '2024-03-12.txt'), join(listings, '2024-03-12.txt'));
    first = build(incremental, 'first');
    // 2. A day added: incrementally, and from nothing in another workspace.
    copyFileSync(join(daily, '2024-03-13-papers.txt'), join(listings, '2024-03-13-papers.txt'));
    day = build(incremental, 'day');
    dayClean = build(clean, 'day-clean');
    // 3. One abstract changed.
    const dayFile = join(listings, '2024-03-12.txt');
    writeFileSync(dayFile, readFileSync(dayFile, 'utf8').replace('close most of the gap to full fine-tuning', 'close nearly all of the gap to full fine-tuning'));
    abstract = build(incremental, 'abstract');
    // 4. A component every paper page uses changed.
    const prevNext = join(incremental, 'src', 'components', 'PrevNext.astro');
    writeFileSync(prevNext, readFileSync(prevNext, 'utf8').replace('<span class="label">Next</span>', '<span class="label">Next paper</span>'));
    component = build(incremental, 'component');
    // 5. A build that fails half-way through the paper pages (a component that throws on one in the
    //    middle of the bundled document: pages render in document order), then the input of 4 again.
    const working = readFileSync(prevNext, 'utf8');
    writeFileSync(
      prevNext,
      working
        .replace('Next paper', 'Next one')
        .replace('const { prev, next } = Astro.props;', "const { prev, next } = Astro.props;\nif (Astro.url.pathname.includes('low-resource-multi-granularity-academic-function')) throw new Error('a component failing on purpose');"),
    );
    // After a failure, build.ts also drops pages cached in the two seconds before the build (for file
    // systems with coarse times), which here would be the end of build 4: wait past that.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(() => build(incremental, 'component')).toThrow();
    writeFileSync(prevNext, working);
    repaired = build(incremental, 'repaired');
  }, 600_000);

  test('renders every paper page the first time', () => {
    expect(first.rendered).toBe(paperCount(first.dist));
    expect(first.reused).toBe(0);
  });

  test('gives the same site, byte for byte, as a build from nothing', () => {
    expect(filesOf(day.dist).length).toBeGreaterThan(100);
    expect(differences(day.dist, dayClean.dist)).toEqual([]);
  });

  test('renders the new papers and the pages that change, and reuses the others', () => {
    const changed = changedPapers(first.dist, day.dist);
    // The day's papers are new, and papers that now relate to them changed.
    expect(changed.size).toBeGreaterThan(3);
    for (const slug of changed) expect(day.renderedSlugs, slug).toContain(slug);
    expect(day.rendered).toBe(day.renderedSlugs.size);
    expect(day.rendered + day.reused).toBe(paperCount(day.dist));
    expect(day.reused).toBeGreaterThan(paperCount(first.dist) / 2);
  });

  test('renders a paper again when its abstract changes', () => {
    const slug = 'sparse-adapters-for-low-resource-speech-recognition';
    expect(readFileSync(join(abstract.dist, 'papers', slug, 'index.html'), 'utf8')).toContain('close nearly all of the gap');
    expect(abstract.renderedSlugs).toContain(slug);
    for (const changed of changedPapers(day.dist, abstract.dist)) expect(abstract.renderedSlugs, changed).toContain(changed);
    expect(abstract.reused).toBeGreaterThan(paperCount(day.dist) / 2);
  });

  test('renders every paper page again when a component they use changes', () => {
    expect(component.reused).toBe(0);
    expect(component.rendered).toBe(paperCount(component.dist));
    const page = readdirSync(join(component.dist, 'papers')).find((slug) => slug.startsWith('sparse-adapters'));
    expect(readFileSync(join(component.dist, 'papers', page ?? '', 'index.html'), 'utf8')).toContain('Next paper');
  });

  test('renders every map part whose page changes, and reuses them all when nothing they show changes', () => {
    expect(tileCount(first.dist)).toBeGreaterThan(2);
    expect(first.renderedTiles.size).toBe(tileCount(first.dist));
    for (const [before, after] of [
      [first, day],
      [day, abstract],
    ] as const) {
      for (const tile of changedTiles(before.dist, after.dist)) expect(after.renderedTiles, `${after.dist}: ${tile}`).toContain(tile);
    }
    // A component only paper pages use changed: the parts show the same and are copied.
    expect(changedTiles(abstract.dist, component.dist)).toEqual(new Set());
    expect(component.renderedTiles).toEqual(new Set());
  });

  test('leaves the previous site and a cache that gives the right pages after a build fails half-way', () => {
    // The failed build's --out is the component build's: it is as that build left it.
    expect(readFileSync(join(component.dist, 'papers', 'learning-contact-mechanics-from-sparse-sensor-data', 'index.html'), 'utf8')).toContain('Next paper');
    expect(differences(component.dist, repaired.dist)).toEqual([]);
    // The pages rendered before the failure render again; those after it are reused.
    expect(repaired.rendered, 'rendered').toBeGreaterThan(0);
    expect(repaired.reused, 'reused').toBeGreaterThan(0);
  });
});
