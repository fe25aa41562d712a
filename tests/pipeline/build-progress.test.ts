import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeAtlasWorkspace } from '../../scripts/bench/workspace.ts';
import { progressWanted } from '../../scripts/pipeline/build-progress.ts';
import { testOutDir } from '../helpers/dist.ts';

describe('progressWanted', () => {
  test('prints progress when asked, on a terminal outside CI, and never when told not to', () => {
    expect(progressWanted(true, { CI: 'true' }, false)).toBe(true);
    expect(progressWanted(false, { ATLAS_PROGRESS: '1' }, false)).toBe(true);
    expect(progressWanted(false, {}, true)).toBe(true);
    expect(progressWanted(false, { CI: 'true' }, true)).toBe(false);
    expect(progressWanted(false, {}, false)).toBe(false);
    expect(progressWanted(false, { ATLAS_PROGRESS: '0' }, true)).toBe(false);
  });
});

describe('a build with --progress', () => {
  test('says where each phase is while it runs, then sums up in one line', async () => {
    const workspace = join(testOutDir, 'progress', 'workspace');
    rmSync(join(testOutDir, 'progress'), { recursive: true, force: true });
    mkdirSync(join(testOutDir, 'progress'), { recursive: true });
    await makeAtlasWorkspace(process.cwd(), workspace);
    const { BASE_URL: _viteBase, ...env } = process.env;
    // A lowered interval: the bundled document builds in seconds, a large one in minutes at 10 s a line.
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--progress', '--out', join(testOutDir, 'progress', 'dist')], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...env, CI: 'true', ATLAS_PROGRESS_INTERVAL_MS: '300' },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stderr.split('\n');
    expect(lines.some((line) => /^\[generate \d+ s, build \d+ s\] read 69 papers/.test(line))).toBe(true);
    expect(lines.some((line) => /^\[astro .*\] .*: \d+ of 69 paper pages written/.test(line))).toBe(true);
    expect(lines.some((line) => /^\[search index .*\] indexing paper pages/.test(line))).toBe(true);
    // Astro's phase is long enough here to be told more than once.
    expect(lines.filter((line) => line.startsWith('[astro ')).length).toBeGreaterThan(1);
    expect(run.stdout).toMatch(/^built 69 papers into .* in [\d.]+ s: generate [\d.]+ s, Astro [\d.]+ s, search index [\d.]+ s \(\d+ of 1 shard unchanged\)$/m);
  }, 300_000);

  test('a build in CI without it prints no progress lines', () => {
    const workspace = join(testOutDir, 'progress', 'workspace');
    const { BASE_URL: _viteBase, ...env } = process.env;
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--force', '--out', join(testOutDir, 'progress', 'dist')], { cwd: workspace, encoding: 'utf8', env: { ...env, CI: 'true' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^\[(generate|astro|search index) /m);
  }, 300_000);
});
