import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroAssetsOf, countReused, dropStaleReused, paperRoute, recordAstroFiles, repairAfterFailure } from '../../scripts/pipeline/incremental-cache.ts';

const hour = 3600_000;
const since = Date.now() - hour;

/** A cache as Astro leaves it: a manifest of two paper pages and their copies, written at the given times. */
function makeCache(times: { manifest: number; a: number; b: number }, pages = { a: 'a', b: 'b' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const paths = { '/papers/a/': { cacheKey: 'ka', outputFile: 'papers/a/index.html' }, '/papers/b/': { cacheKey: 'kb', outputFile: 'papers/b/index.html' } };
  const write = (file: string, text: string, time: number) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    utimesSync(join(dir, file), time / 1000, time / 1000);
  };
  write('incremental-build.json', JSON.stringify({ version: 1, routes: { [paperRoute]: { dependencyHash: 'h', paths } } }), times.manifest);
  write('dist/papers/a/index.html', pages.a, times.a);
  write('dist/papers/b/index.html', pages.b, times.b);
  return dir;
}

const manifestPaths = (dir: string) => Object.keys(JSON.parse(readFileSync(join(dir, 'incremental-build.json'), 'utf8')).routes[paperRoute].paths);

describe('countReused', () => {
  test('counts a page whose cached copy was written during the build as rendered, an older one as reused', () => {
    expect(countReused(makeCache({ manifest: since + 10, a: since + 5, b: since - hour }), since)).toEqual({ rendered: 1, reused: 1 });
  });

  test('counts nothing without a cache', () => {
    expect(countReused(mkdtempSync(join(tmpdir(), 'atlas-cache-')), since)).toEqual({ rendered: 0, reused: 0 });
  });
});

describe('repairAfterFailure', () => {
  test('drops the pages a failed build rewrote under the old manifest, and keeps the rest', () => {
    const dir = makeCache({ manifest: since - hour, a: since + 5, b: since - hour });
    expect(repairAfterFailure(dir, since)).toBe(1);
    expect(manifestPaths(dir)).toEqual(['/papers/b/']);
    expect(existsSync(join(dir, 'dist/papers/a/index.html'))).toBe(false);
    expect(readFileSync(join(dir, 'dist/papers/b/index.html'), 'utf8')).toBe('b');
  });

  test('drops a page rewritten just before the build started too, in case the file system keeps coarse times', () => {
    const dir = makeCache({ manifest: since - hour, a: since - 1000, b: since - hour });
    expect(repairAfterFailure(dir, since)).toBe(1);
    expect(manifestPaths(dir)).toEqual(['/papers/b/']);
  });

  test('takes a manifest written just before the build started for the previous build', () => {
    const dir = makeCache({ manifest: since - 1000, a: since + 5, b: since - hour });
    expect(repairAfterFailure(dir, since)).toBe(1);
  });

  test('keeps a manifest the failed build wrote itself, which matches its copies', () => {
    const dir = makeCache({ manifest: since + 10, a: since + 5, b: since - hour });
    expect(repairAfterFailure(dir, since)).toBe(0);
    expect(manifestPaths(dir)).toEqual(['/papers/a/', '/papers/b/']);
  });
});

describe('astroAssetsOf', () => {
  test('gives the /_astro/ files a page links, once each, with or without a base path', () => {
    const html = '<link rel="stylesheet" href="/_astro/_slug_.D9jTQ3Z9.css"><link href="/atlas/_astro/BaseLayout.-yhuKMOH.css"><script type="module" src="/_astro/a.js?v=1"></script><form data-script="/_astro/_slug_.D9jTQ3Z9.css"><a href="/papers/x/">';
    expect(astroAssetsOf(html)).toEqual(['_slug_.D9jTQ3Z9.css', 'BaseLayout.-yhuKMOH.css', 'a.js']);
  });
});

describe('dropStaleReused', () => {
  /** A built site holding only the given files under _astro/. */
  const site = (...files: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
    mkdirSync(join(dir, '_astro'));
    for (const file of files) writeFileSync(join(dir, '_astro', file), '');
    return dir;
  };
  const pages = { a: '<link rel="stylesheet" href="/_astro/old.css">', b: '<link rel="stylesheet" href="/_astro/shared.css">' };

  test('drops a reused page that links a file the new site lacks, and keeps one whose files are all there', () => {
    const dir = makeCache({ manifest: since + 10, a: since - hour, b: since - hour }, pages);
    expect(dropStaleReused(dir, site('new.css', 'shared.css'), since)).toBe(1);
    expect(manifestPaths(dir)).toEqual(['/papers/b/']);
    expect(existsSync(join(dir, 'dist/papers/a/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'dist/papers/b/index.html'))).toBe(true);
  });

  test('keeps every page when the new site has all the files they link', () => {
    const dir = makeCache({ manifest: since + 10, a: since - hour, b: since - hour }, pages);
    expect(dropStaleReused(dir, site('old.css', 'shared.css'), since)).toBe(0);
    expect(manifestPaths(dir)).toEqual(['/papers/a/', '/papers/b/']);
  });

  /** Records the files of a site as the last finished build's, at `time`. */
  const record = (dir: string, files: string[], time: number) => {
    recordAstroFiles(dir, site(...files));
    utimesSync(join(dir, 'paper-atlas-astro-files.json'), time / 1000, time / 1000);
  };

  test('does not read the pages cached before the last finished build while the site still has all its files', () => {
    // Page a links a file the site lacks, which no build would have left: unread, it is kept.
    const dir = makeCache({ manifest: since + 10, a: since - hour, b: since - hour }, pages);
    record(dir, ['shared.css'], since - hour / 2);
    expect(dropStaleReused(dir, site('shared.css', 'new.css'), since)).toBe(0);
  });

  test('reads them all when a file of the last finished build is gone', () => {
    const dir = makeCache({ manifest: since + 10, a: since - hour, b: since - hour }, pages);
    record(dir, ['old.css', 'shared.css'], since - hour / 2);
    expect(dropStaleReused(dir, site('new.css', 'shared.css'), since)).toBe(1);
    expect(manifestPaths(dir)).toEqual(['/papers/b/']);
  });

  test('reads the pages cached after the last finished build recorded its files (by a build that failed)', () => {
    const dir = makeCache({ manifest: since + 10, a: since - hour / 4, b: since - hour }, pages);
    record(dir, ['shared.css'], since - hour / 2);
    expect(dropStaleReused(dir, site('shared.css', 'new.css'), since)).toBe(1);
    expect(manifestPaths(dir)).toEqual(['/papers/b/']);
  });

  test('leaves the pages the build rendered itself alone', () => {
    const dir = makeCache({ manifest: since + 10, a: since + 5, b: since - hour }, pages);
    expect(dropStaleReused(dir, site('shared.css'), since)).toBe(0);
    expect(manifestPaths(dir)).toEqual(['/papers/a/', '/papers/b/']);
  });
});
