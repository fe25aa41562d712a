import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeAtlasWorkspace } from '../../scripts/bench/workspace.ts';
import { testOutDir } from './dist.ts';

/** A document built for tests into its own folder, away from src/content/ and tests/.out/dist/. */
export interface BuiltDocument {
  /** The built site. */
  dist: string;
  /** The joined source document. */
  source: string;
  /** The content the build generated (the scratch copy's src/content/). */
  content: string;
}

/** More for {@link buildDocument}: build flags (`--taxonomy`, `--base`) and environment (`ATLAS_PAGE_SIZE`). */
export interface BuildDocumentOptions {
  args?: readonly string[];
  env?: Readonly<Record<string, string>>;
}

/**
 * The ICLR 2020 document followed by the hostile search titles (every title must find its paper
 * first) and papers written with TeX: formulas, prices, broken and hostile formulas.
 */
export const searchTitlesDocument = {
  name: 'search-titles',
  sources: ['tests/fixtures/iclr2020-accepted-papers.txt', 'tests/fixtures/documents/search-titles.txt', 'tests/fixtures/documents/math.txt'],
} as const;

/** The same document with its search index split into shards of 100 papers (seven shards), as a large collection's is. */
export const splitSearchDocument = {
  name: 'search-titles-split',
  sources: searchTitlesDocument.sources,
  env: { ATLAS_SEARCH_SHARD_SIZE: '100' },
} as const;

/**
 * The bundled document with a taxonomy that declares areas, five papers a page, built at the
 * root (`name`) and under the test base path (`baseName`): for the tests of areas.
 */
export const areasDocument = {
  name: 'areas',
  baseName: 'areas-base',
  sources: ['src/data/transfer-learning-papers.txt'],
  taxonomy: 'tests/fixtures/taxonomies/transfer-learning-areas.yaml',
  pageSize: 5,
} as const;

/** Where {@link buildDocument} puts the site built from `name`. */
export function builtDocumentDir(name: string): BuiltDocument {
  return { dist: join(testOutDir, name, 'dist'), source: join(testOutDir, name, `${name}.txt`), content: join(testOutDir, name, 'workspace', 'src', 'content') };
}

/**
 * Joins `sources` into one document and builds it with `npm run build` in a scratch copy
 * of the project (tests/.out/<name>/), so the bundled build the other tests read is untouched.
 */
export async function buildDocument(name: string, sources: readonly string[], options: BuildDocumentOptions = {}): Promise<BuiltDocument> {
  const built = builtDocumentDir(name);
  const workspace = join(testOutDir, name, 'workspace');
  await mkdir(join(testOutDir, name), { recursive: true });
  writeFileSync(built.source, sources.map((file) => readFileSync(file, 'utf8').trim()).join('\n\n') + '\n');
  await makeAtlasWorkspace(process.cwd(), workspace);
  // A test worker's environment holds Vite's BASE_URL, which Astro would take over `--base`.
  const { BASE_URL: _viteBase, ...inherited } = process.env;
  execFileSync(process.execPath, ['scripts/build.ts', '--source', built.source, '--out', built.dist, ...(options.args ?? [])], {
    cwd: workspace,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...inherited, ...options.env },
  });
  return built;
}
