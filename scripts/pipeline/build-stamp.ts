// build step: the stamp of the last `npm run build`, so a build whose inputs, code and output are exactly as that build left them does nothing.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What the build read besides the documents: the site's code, content config and bundled data, the
 * build scripts, the public files and the dependencies as locked. `src/content/` is generated and
 * checked by its own signature instead.
 */
const codePaths = ['src', 'scripts', 'public', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Astro's config, and any config it wraps (the bench and test workspaces' `astro.config.project.mjs`). */
const isAstroConfig = (name: string) => /^astro\.config\./.test(name);
const generated = resolve('src/content');

/** What one build read and wrote, kept in Astro's cacheDir (`node_modules/.astro/` by default) next to its page cache. */
export interface BuildStamp {
  version: 1;
  /** SHA-256 of the options, settings, documents, taxonomy and code the build read. */
  inputs: string;
  /** The output folder, absolute. */
  out: string;
  /** Signatures (every file's path, size and modification time) of the output and of src/content/ after the build. */
  outSignature: string;
  contentSignature: string;
  papers: number;
}

/** Every file under `path` (or `path` itself), absolute, sorted; missing paths give none. */
function filesUnder(path: string, skip: (file: string) => boolean = () => false): string[] {
  if (!existsSync(path) || skip(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .map((entry) => join(path, entry.name))
    .sort()
    .flatMap((child) => filesUnder(child, skip));
}

/**
 * The SHA-256 of everything a build reads: its options (documents, taxonomy, year, name, site and
 * base as resolved), the bytes of every document (each file of a listings folder) and of the
 * taxonomy, the project's code and locked dependencies, and the Node version. Two builds with the
 * same fingerprint generate the same content and the same site (generation is deterministic).
 */
export async function inputsFingerprint(options: { sources: readonly string[]; taxonomy?: string | undefined; settings: unknown; flags: unknown }): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      node: process.version,
      settings: options.settings,
      flags: options.flags,
    }),
  );
  const documents = [...options.sources, ...(options.taxonomy === undefined ? [] : [options.taxonomy])].map((path) => resolve(path));
  const configs = readdirSync('.').filter(isAstroConfig).sort();
  const code = [...codePaths, ...configs].flatMap((path) => filesUnder(resolve(path), (file) => file === generated));
  for (const file of [...documents.flatMap((path) => filesUnder(path)), ...code]) {
    hash.update(`\0${relative('.', file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

/** Every file's path, size and modification time under `dir`, hashed: any file added, removed or rewritten changes it. */
export function treeSignature(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(dir, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function stampFile(cacheDir: string): string {
  return join(cacheDir, 'paper-atlas-build.json');
}

export async function readStamp(file: string): Promise<BuildStamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(file, 'utf8')) as BuildStamp;
    return stamp.version === 1 ? stamp : undefined;
  } catch {
    // No stamp (first build, cache cleared) or an unreadable one: build.
    return undefined;
  }
}

export async function writeStamp(file: string, stamp: BuildStamp): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(stamp, null, 2)}\n`);
}

/**
 * Whether the last build's stamp says there is nothing to do: the same inputs into the same output
 * folder, and neither that folder nor src/content/ touched since (a `npm run generate` of another
 * document in between, or a file deleted from dist/, means building again).
 */
export function upToDate(stamp: BuildStamp | undefined, inputs: string, out: string, contentDir: string): stamp is BuildStamp {
  return (
    stamp !== undefined &&
    stamp.inputs === inputs &&
    stamp.out === out &&
    existsSync(out) &&
    stamp.outSignature === treeSignature(out) &&
    stamp.contentSignature === treeSignature(contentDir)
  );
}
