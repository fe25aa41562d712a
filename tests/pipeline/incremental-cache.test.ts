import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countReused, paperRoute, repairAfterFailure } from '../../scripts/pipeline/incremental-cache.ts';

const hour = 3600_000;
const since = Date.now() - hour;

/** A cache as Astro leaves it: a manifest of two paper pages and their copies, written at the given times. */
function makeCache(times: { manifest: number; a: number; b: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const paths = { '/papers/a/': { cacheKey: 'ka', outputFile: 'papers/a/index.html' }, '/papers/b/': { cacheKey: 'kb', outputFile: 'papers/b/index.html' } };
  const write = (file: string, text: string, time: number) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    utimesSync(join(dir, file), time / 1000, time / 1000);
  };
  write('incremental-build.json', JSON.stringify({ version: 1, routes: { [paperRoute]: { dependencyHash: 'h', paths } } }), times.manifest);
  write('dist/papers/a/index.html', 'a', times.a);
  write('dist/papers/b/index.html', 'b', times.b);
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
