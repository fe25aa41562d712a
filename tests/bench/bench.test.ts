import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { testOutDir } from '../helpers/dist.ts';

/** `npm run bench` at the smallest size: a full build, then the three rebuilds, reported in its JSON. */
describe('npm run bench', () => {
  test('builds, rebuilds unchanged, with --force and with a day added, and reports each', () => {
    const work = join(testOutDir, 'bench-work');
    const out = join(testOutDir, 'bench-results.json');
    rmSync(work, { recursive: true, force: true });
    const { BASE_URL: _viteBase, CI: _ci, ...env } = process.env;
    execFileSync(process.execPath, ['scripts/bench/bench.ts', '--sizes', '69', '--runs', '1', '--no-baseline', '--work', work, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
    const { rows } = JSON.parse(readFileSync(out, 'utf8')) as {
      rows: { papers: number; atlas: { totalMs: number; maxRssMb: number; treeRssMb: number }; rebuilds: Record<'unchanged' | 'forced' | 'dayAdded', { papers: number; rendered: number; reused: number; skipped: boolean; totalMs: number }> }[];
    };
    const [row] = rows;
    expect(row?.papers).toBe(69);
    expect(row?.atlas.totalMs).toBeGreaterThan(0);
    expect(row?.atlas.maxRssMb).toBeGreaterThan(0);
    // All processes together hold at least what the largest one does.
    expect(row?.atlas.treeRssMb).toBeGreaterThanOrEqual(row!.atlas.maxRssMb * 0.9);
    const { unchanged, forced, dayAdded } = row!.rebuilds;
    // The same input again: kept by the build stamp.
    expect(unchanged).toMatchObject({ skipped: true, rendered: 0, reused: 69 });
    // With --force: built, every paper page copied from the cache.
    expect(forced).toMatchObject({ skipped: false, rendered: 0, reused: 69 });
    // Forty papers appended: they are built, and the pages that change with them.
    expect(dayAdded.papers).toBe(109);
    expect(dayAdded.rendered).toBeGreaterThanOrEqual(40);
    expect(dayAdded.rendered + dayAdded.reused).toBe(109);
  }, 300_000);
});
