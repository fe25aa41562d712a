// build step: Astro's incremental-build cache (experimental.incrementalBuild): how many paper pages a build reused, its repair after a failed build, and reused pages linking assets the build no longer has.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirMark } from '../../src/integrations/after-build.ts';

/**
 * Where Astro kept the cache in the build just run (its `cacheDir`, reported by the after-build
 * integration), or `undefined` when the build stopped before resolving its config. By default that
 * is `node_modules/.astro/`: there the next `npm run build` of the same checkout finds it (the build
 * writes into a scratch folder that then replaces `dist/`), git ignores it, and a new lockfile, on
 * which Astro keys the cache anyway, comes with a fresh `node_modules/`. The deploy workflow saves
 * and restores it; bench and test workspaces keep their own (`.cache`).
 */
export function builtCacheDir(): string | undefined {
  const detail: unknown = performance.getEntriesByName(cacheDirMark).at(-1)?.toJSON().detail;
  return typeof detail === 'string' ? detail : undefined;
}

/** The route whose pages carry a cacheKey, the ones a build can reuse. */
export const paperRoute = 'src/pages/papers/[slug].astro';

/** The part of Astro's `incremental-build.json` (version 1, astro 7.3) read here. */
interface Manifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

function readManifest(cacheDir: string): Manifest | undefined {
  const file = join(cacheDir, 'incremental-build.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.version === 1 && typeof manifest.routes === 'object' ? manifest : undefined;
}

/** Whether the cached copy of a page was written at or after `since` (ms since the epoch), i.e. rendered by this build. */
function writtenSince(cacheDir: string, outputFile: string, since: number): boolean {
  try {
    return statSync(join(cacheDir, 'dist', outputFile)).mtimeMs >= since;
  } catch {
    return false;
  }
}

/**
 * How many paper pages the build that started at `since` rendered and how many it copied from the
 * previous build. Astro writes a page's cached copy only when it renders it, so a copy older than
 * the build was reused.
 */
export function countReused(cacheDir: string, since: number): { rendered: number; reused: number } {
  const paths = Object.values(readManifest(cacheDir)?.routes[paperRoute]?.paths ?? {});
  const rendered = paths.filter((path) => writtenSince(cacheDir, path.outputFile, since)).length;
  return { rendered, reused: paths.length - rendered };
}

/**
 * Keeps the cache usable after a build that failed at `since`. Astro overwrites a page's cached copy
 * as it renders it but writes the manifest (each page's cacheKey) only once every page is done: a build
 * failing in between leaves copies of new pages under old keys, which a later build would reuse for the
 * old input. Those entries are dropped (their pages render again); the rest of the cache stays.
 * A manifest written by the failed build itself matches its copies and is kept.
 */
export function repairAfterFailure(cacheDir: string, since: number): number {
  const file = join(cacheDir, 'incremental-build.json');
  const manifest = readManifest(cacheDir);
  if (manifest === undefined || statSync(file).mtimeMs >= since) return 0;
  // Copies are taken for rewritten two seconds early, in case the file system keeps coarse times:
  // dropping one too many only renders it again.
  const rewrittenSince = since - 2000;
  return dropEntries(cacheDir, manifest, (outputFile) => writtenSince(cacheDir, outputFile, rewrittenSince));
}

/** Drops the manifest's entries whose output file `drop` picks, and their cached copies (so those pages render again); how many. */
function dropEntries(cacheDir: string, manifest: Manifest, drop: (outputFile: string) => boolean): number {
  let dropped = 0;
  for (const route of Object.values(manifest.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths)) {
      if (!drop(entry.outputFile)) continue;
      delete route.paths[pathname];
      rmSync(join(cacheDir, 'dist', entry.outputFile), { force: true });
      dropped += 1;
    }
  }
  if (dropped > 0) writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(manifest, null, '\t'));
  return dropped;
}

/** The files under `/_astro/` (Astro's bundled stylesheets, scripts and assets) an HTML page links, by name there; with or without a base path. */
export function astroAssetsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/\/_astro\/([^"'\s?#()<>\\]+)/g)].map((match) => match[1]!))];
}

/** Where a build that finished records the files of its `_astro/` folder (scripts/build.ts), for {@link dropStaleReused}. */
const astroFilesRecord = 'paper-atlas-astro-files.json';

/** The files of a built site's `_astro/` folder (Astro's bundled stylesheets, scripts and assets), by path there. */
function astroFilesOf(outDir: string): Set<string> {
  try {
    return new Set(readdirSync(join(outDir, '_astro'), { recursive: true, encoding: 'utf8' }));
  } catch {
    return new Set();
  }
}

/**
 * Keeps a reused page from linking a stylesheet or script the build that reused it no longer has.
 * Astro reuses a page while its cacheKey and the code it imports are unchanged, but the files it links
 * are chunks of the whole site: when another page starts or stops importing a component this page
 * uses (a listing showing topic chips, say), the component's styles move to another chunk, the
 * chunk this page links is renamed, and the reused copy links a file that is gone (an unstyled page).
 * Finds the HTML pages the build that started at `since` reused whose `/_astro/` links are missing
 * from `outDir`, and drops their cache entries, so that building again renders them; how many.
 *
 * Reading every reused page costs about 0.25 s at 2,000 papers, so pages cached before the last
 * finished build recorded its files ({@link recordAstroFiles}) are read only when this build lacks
 * one of those files: they link only files of that build (it checked them). After a build adding
 * papers or changing data, nothing is read; after one renaming a chunk, every reused page is.
 */
export function dropStaleReused(cacheDir: string, outDir: string, since: number): number {
  const manifest = readManifest(cacheDir);
  if (manifest === undefined) return 0;
  const files = astroFilesOf(outDir);
  const recorded = readAstroFilesRecord(cacheDir);
  // Two seconds early, in case the file system keeps coarse times: reading one page too many costs little.
  const checkedBefore = recorded !== undefined && recorded.files.every((file) => files.has(file)) ? recorded.at - 2000 : -Infinity;
  return dropEntries(cacheDir, manifest, (outputFile) => {
    if (!outputFile.endsWith('.html')) return false;
    const copy = join(cacheDir, 'dist', outputFile);
    let written: number;
    try {
      written = statSync(copy).mtimeMs;
    } catch {
      return false;
    }
    if (written >= since || written < checkedBefore) return false;
    return astroAssetsOf(readFileSync(copy, 'utf8')).some((file) => !files.has(file));
  });
}

/**
 * Records the `_astro/` files of the site a build wrote into `outDir`, once every page it rendered or
 * reused links only files among them (after {@link dropStaleReused} and the build again it may ask
 * for). A build that fails records nothing, so pages it cached are read by the next one.
 */
export function recordAstroFiles(cacheDir: string, outDir: string): void {
  writeFileSync(join(cacheDir, astroFilesRecord), `${JSON.stringify({ files: [...astroFilesOf(outDir)].sort() })}\n`);
}

/** The files the last finished build recorded, and when (the record's time). */
function readAstroFilesRecord(cacheDir: string): { files: string[]; at: number } | undefined {
  const file = join(cacheDir, astroFilesRecord);
  try {
    const { files } = JSON.parse(readFileSync(file, 'utf8')) as { files?: unknown };
    if (!Array.isArray(files) || !files.every((name) => typeof name === 'string')) return undefined;
    return { files, at: statSync(file).mtimeMs };
  } catch {
    return undefined;
  }
}
