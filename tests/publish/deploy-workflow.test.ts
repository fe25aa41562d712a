import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const file = '.github/workflows/deploy.yml';
const document = parseDocument(readFileSync(file, 'utf8'));
const workflow = document.toJS() as Workflow;

/** The index of the first step that uses an action (`owner/name@version`) or runs a command. */
const stepIndex = (steps: Step[], what: string) => steps.findIndex((step) => step.uses?.split('@')[0] === what || step.run?.trim() === what);

describe('the GitHub Pages workflow', () => {
  test('is valid YAML', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
  });

  test('runs on every push to main and by hand', () => {
    expect(workflow.on.push?.branches).toContain('main');
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  test('has the permissions a Pages deployment needs, and no more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  test('builds on Node 22: checkout, setup-node, configure-pages, npm ci, npm run build, upload, in that order', () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    const order = ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'npm ci', 'npm run build', 'actions/upload-pages-artifact'].map((what) => stepIndex(steps, what));
    expect(order.every((index) => index >= 0), JSON.stringify(order)).toBe(true);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    expect(String(steps[stepIndex(steps, 'actions/setup-node')]?.with?.['node-version'])).toBe('22');
  });

  test("restores the previous build's page cache after npm ci and before the build, newest first", () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    const cache = stepIndex(steps, 'actions/cache');
    expect(cache).toBeGreaterThan(stepIndex(steps, 'npm ci'));
    expect(cache).toBeLessThan(stepIndex(steps, 'npm run build'));
    const options = steps[cache]?.with ?? {};
    // Astro's cacheDir, where scripts/build.ts's incremental build finds the previous pages.
    expect(options['path']).toBe('node_modules/.astro');
    // A new key per run (caches cannot be overwritten), the newest for the same lockfile restored.
    expect(String(options['key'])).toContain('${{ github.run_id }}');
    expect(String(options['key']).startsWith(String(options['restore-keys']))).toBe(true);
    expect(String(options['restore-keys'])).toContain("hashFiles('package-lock.json')");
  });

  test('takes the site URL and base path from the Pages settings, not from edited code', () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    const pages = steps[stepIndex(steps, 'actions/configure-pages')];
    const build = steps[stepIndex(steps, 'npm run build')];
    expect(pages?.id).toBeTruthy();
    expect(build?.env).toEqual({
      ATLAS_SITE: `\${{ steps.${pages?.id}.outputs.origin }}`,
      ATLAS_BASE: `\${{ steps.${pages?.id}.outputs.base_path }}`,
    });
  });

  test('uploads dist/, the folder npm run build writes', () => {
    const steps = workflow.jobs['build']?.steps ?? [];
    expect(steps[stepIndex(steps, 'actions/upload-pages-artifact')]?.with?.['path']).toBe('dist');
  });

  test('deploys the uploaded artifact with the official action, after the build, to the github-pages environment', () => {
    const deploy = workflow.jobs['deploy'];
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    const step = deploy?.steps[stepIndex(deploy.steps, 'actions/deploy-pages')];
    expect(step?.id).toBeTruthy();
    expect(deploy?.environment?.url).toBe(`\${{ steps.${step?.id}.outputs.page_url }}`);
  });

  test('pins every action to a major version', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => step.uses ?? []));
    expect(uses.length).toBe(6);
    for (const action of uses) expect(action, action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});
