import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeAtlasWorkspace } from '../../scripts/bench/workspace.ts';
import { testOutDir } from '../helpers/dist.ts';

/**
 * `npm run build` with the inputs, code and output of the last build does nothing
 * (scripts/pipeline/build-stamp.ts), and anything that would change the site builds again.
 */
const root = join(testOutDir, 'build-stamp');
const workspace = join(root, 'atlas');
const source = join(root, 'papers.txt');
const dist = join(root, 'dist');

interface Run {
  stdout: string;
  skipped: boolean;
  /** Every file of dist/ with its modification time after the run. */
  files: Map<string, number>;
}

function filesOf(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
  return new Map(files.map((file) => [file, statSync(join(dir, file)).mtimeMs]));
}

function build(...flags: string[]): Run {
  const { BASE_URL: _viteBase, ...env } = process.env;
  const stdout = execFileSync(process.execPath, ['scripts/build.ts', '--source', source, '--out', dist, ...flags], {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  return { stdout, skipped: stdout.includes('nothing changed since the last build'), files: filesOf(dist) };
}

describe('a build with nothing changed', () => {
  let first!: Run, again!: Run, afterDelete!: Run, afterEdit!: Run, afterCode!: Run, forced!: Run, otherBase!: Run;
  const removed = 'papers/index.html';

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    await makeAtlasWorkspace(process.cwd(), workspace);
    copyFileSync('src/data/transfer-learning-papers.txt', source);
    first = build();
    again = build();
    // A file of the site deleted by hand: the build puts it back.
    rmSync(join(dist, removed));
    afterDelete = build();
    // The document changed.
    appendFileSync(source, '\n\nA Paper Added To The Document\n\nIts abstract is one sentence long, and about transfer learning.\n');
    afterEdit = build();
    // The site's code changed.
    const footer = join(workspace, 'src', 'components', 'SiteFooter.astro');
    writeFileSync(footer, `${readFileSync(footer, 'utf8')}\n`);
    afterCode = build();
    forced = build('--force');
    otherBase = build('--base', '/atlas');
  }, 400_000);

  test('the first build builds', () => {
    expect(first.skipped).toBe(false);
    expect(first.files.size).toBeGreaterThan(100);
  });

  test('the same build again keeps dist/ as it is, every file untouched', () => {
    expect(again.skipped, again.stdout).toBe(true);
    expect(again.stdout).toMatch(/paper pages: 0 rendered, 69 reused/);
    expect([...again.files]).toEqual([...first.files]);
  });

  test('a file deleted from dist/ makes it build again, and the file is back', () => {
    expect(afterDelete.skipped).toBe(false);
    expect(afterDelete.files.has(removed)).toBe(true);
  });

  test('a changed document, changed code, --force or another base path build again', () => {
    expect(afterEdit.skipped).toBe(false);
    expect(afterEdit.files.has('papers/a-paper-added-to-the-document/index.html')).toBe(true);
    expect(afterCode.skipped).toBe(false);
    expect(forced.skipped).toBe(false);
    expect(otherBase.skipped).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/atlas/');
  });
});
