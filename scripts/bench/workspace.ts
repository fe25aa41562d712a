// bench stage: takes the project and a size, gives scratch builds, timings and measures of dist/ and search (npm run bench, tests, screenshots).
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Files of the project a build needs; generated content, caches and output are left behind. */
const projectFiles = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Makes a scratch copy of the project in `dir` for benchmark builds, sharing
 * node_modules through a symlink. Astro's cache goes to the copy's own `.cache`
 * (through a wrapper config), so runs never touch the real project's state.
 */
export async function makeAtlasWorkspace(project: string, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const excluded = [join(project, 'src', 'content'), join(project, 'scripts', 'bench', 'baseline')];
  for (const file of projectFiles) {
    await cp(join(project, file), join(dir, file), {
      recursive: true,
      filter: (source) => !excluded.some((path) => source === path || source.startsWith(`${path}/`)),
    });
  }
  await cp(join(dir, 'astro.config.mjs'), join(dir, 'astro.config.project.mjs'));
  await writeFile(join(dir, 'astro.config.mjs'), wrapperConfig('./astro.config.project.mjs'));
  await symlink(resolve(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Makes a scratch copy of the plain baseline site in `dir`, sharing node_modules. */
export async function makeBaselineWorkspace(project: string, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp(join(project, 'scripts', 'bench', 'baseline'), dir, { recursive: true });
  await symlink(resolve(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Removes what a previous build left, so the next one is cold. */
export async function cleanBuildState(dir: string): Promise<void> {
  for (const path of ['dist', '.cache', '.astro', join('src', 'content')]) await rm(join(dir, path), { recursive: true, force: true });
}

/** An Astro config that reuses another one with the cache kept inside the workspace. */
function wrapperConfig(projectConfig: string): string {
  return [
    `import config from ${JSON.stringify(projectConfig)};`,
    `export default { ...config, cacheDir: './.cache' };`,
    '',
  ].join('\n');
}
