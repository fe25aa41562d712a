import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { decodeDocument } from '../read/decode-document.ts';
import { sourceExtensions } from '../read/detect-format.ts';
import { InputError, type Problem } from '../read/problem.ts';
import type { PreviousBuild } from '../topics/keep-topics.ts';
import { parseTaxonomy } from '../topics/read-taxonomy.ts';

/**
 * The one module of the generator that touches the file system.
 */

/** Reads a source document's bytes and decodes them, with a helpful error when the file is missing. */
export async function readDocument(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([
      {
        file: path,
        line: 0,
        message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`,
        hint: 'pass an existing plain-text document with `npm run build -- --source path/to/papers.txt`',
      },
    ]);
  }
  return decodeDocument(bytes, path);
}

/**
 * What the previous build left in a content folder: the taxonomy it wrote, when that holds
 * automatic topics, and its papers' slugs. Undefined when there is none, or it cannot be
 * read (a hand-broken file only means the topics are made afresh).
 */
export async function readPreviousBuild(root: string): Promise<PreviousBuild | undefined> {
  try {
    const file = join(root, 'taxonomy.yaml');
    const taxonomy = parseTaxonomy(await readFile(file, 'utf8'), file);
    if (taxonomy.made === undefined) return undefined;
    const names = await readdir(join(root, 'papers'));
    return { taxonomy, papers: new Set(names.filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length))) };
  } catch {
    return undefined;
  }
}

/** Reads several documents, with every unreadable one reported at once. */
export async function readDocuments(files: readonly string[]): Promise<{ file: string; text: string }[]> {
  const read = await Promise.allSettled(files.map(async (file) => ({ file, text: await readDocument(file) })));
  const problems: Problem[] = [];
  for (const result of read) {
    if (result.status === 'fulfilled') continue;
    if (!(result.reason instanceof InputError)) throw result.reason;
    problems.push(...result.reason.problems);
  }
  if (problems.length > 0) throw new InputError(problems);
  return read.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/**
 * Expands source paths into document files: a file stays itself, a folder gives every
 * `.txt` file (or export: `.bib`, `.ris`, `.json`, `.nbib`, …) directly inside it in name order (so `2024-03-14.txt` comes after
 * `2024-03-13.txt`). Throws one `InputError` naming every path that gives nothing.
 */
export async function listSources(paths: readonly string[]): Promise<string[]> {
  // Each path's problem in its own slot, so they are reported in the order the paths were given, whichever stat answers first.
  const found: Array<Problem | undefined> = paths.map(() => undefined);
  const files = await Promise.all(
    paths.map(async (path, index) => {
      const kind = await stat(path).catch(() => undefined);
      if (kind?.isDirectory()) {
        const names = (await readdir(path, { withFileTypes: true }))
          .filter((entry) => entry.isFile() && sourceExtensions.some((extension) => entry.name.toLowerCase().endsWith(`.${extension}`)))
          .map((entry) => entry.name);
        if (names.length === 0) found[index] = { file: path, line: 0, message: `the folder has no source files (${sourceExtensions.map((extension) => `.${extension}`).join(', ')})`, hint: 'put the listings in it as plain-text files, one per day (e.g. 2024-03-14.txt), or exports such as library.bib' };
        return names.sort(compareNames).map((name) => join(path, name));
      }
      if (kind === undefined) found[index] = { file: path, line: 0, message: 'no such file or folder', hint: 'pass existing documents or folders of them with `npm run build -- --source path/to/papers.txt`' };
      return [path];
    }),
  );
  const problems = found.filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new InputError(problems);
  // A file named twice (a folder and a file in it, overlapping globs) is read once, where first named.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const file of files.flat()) {
    if (seen.has(resolve(file))) continue;
    seen.add(resolve(file));
    unique.push(file);
  }
  return unique;
}

/** Orders file names by code point, the same on every machine and locale. */
const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of what {@link syncDirectory} did. */
export interface SyncReport {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Makes a directory hold exactly the given files.
 *
 * Files whose content is unchanged are not touched (their mtime stays, so
 * Astro's content cache stays warm); changed files are written to a temporary
 * name and renamed into place, new ones written directly; files not in the map
 * are removed. Call it only
 * once all content is generated and valid, so a failed run changes nothing.
 */
export async function syncDirectory(root: string, files: ReadonlyMap<string, string>): Promise<SyncReport> {
  const report: SyncReport = { written: 0, unchanged: 0, removed: 0 };
  const existing = new Set(await listFiles(root));
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(root, path))))) await mkdir(folder, { recursive: true });
  await inBatches([...files], async ([path, content]) => {
    const target = join(root, path);
    if (!existing.has(path)) {
      // A new file replaces nothing, so it needs no temporary name.
      await writeFile(target, content);
    } else if ((await readFile(target, 'utf8')) === content) {
      report.unchanged++;
      return;
    } else {
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, content);
      await rename(temporary, target);
    }
    report.written++;
  });
  const stale = [...existing].filter((path) => !files.has(path));
  await inBatches(stale, async (path) => {
    await rm(join(root, path));
    report.removed++;
  });
  return report;
}

/** Files handled at once: enough to keep the disk busy, few enough to stay under open-file limits. */
const batchSize = 64;

/** Runs an async task over items, {@link batchSize} at a time. */
async function inBatches<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    await Promise.all(items.slice(start, start + batchSize).map(task));
  }
}

/** Lists the files under a directory, as paths relative to it with `/` separators. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
