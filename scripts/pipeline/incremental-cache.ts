// build step: Astro's incremental-build cache (experimental.incrementalBuild): how many paper pages a build reused, and its repair after a failed build.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  let dropped = 0;
  for (const route of Object.values(manifest.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths)) {
      if (!writtenSince(cacheDir, entry.outputFile, rewrittenSince)) continue;
      delete route.paths[pathname];
      rmSync(join(cacheDir, 'dist', entry.outputFile), { force: true });
      dropped += 1;
    }
  }
  if (dropped > 0) writeFileSync(file, JSON.stringify(manifest, null, '\t'));
  return dropped;
}
