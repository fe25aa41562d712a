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
}

/** The ICLR 2020 document followed by the hostile search titles: every title must find its paper first. */
export const searchTitlesDocument = {
  name: 'search-titles',
  sources: ['tests/fixtures/iclr2020-accepted-papers.txt', 'tests/fixtures/documents/search-titles.txt'],
} as const;

/** Where {@link buildDocument} puts the site built from `name`. */
export function builtDocumentDir(name: string): BuiltDocument {
  return { dist: join(testOutDir, name, 'dist'), source: join(testOutDir, name, `${name}.txt`) };
}

/**
 * Joins `sources` into one document and builds it with `npm run build` in a scratch copy
 * of the project (tests/.out/<name>/), so the bundled build the other tests read is untouched.
 */
export async function buildDocument(name: string, sources: readonly string[]): Promise<BuiltDocument> {
  const built = builtDocumentDir(name);
  const workspace = join(testOutDir, name, 'workspace');
  await mkdir(join(testOutDir, name), { recursive: true });
  writeFileSync(built.source, sources.map((file) => readFileSync(file, 'utf8').trim()).join('\n\n') + '\n');
  await makeAtlasWorkspace(process.cwd(), workspace);
  execFileSync(process.execPath, ['scripts/build.ts', '--source', built.source, '--out', built.dist], { cwd: workspace, stdio: ['ignore', 'ignore', 'inherit'] });
  return built;
}
