import { basename, join } from 'node:path';
import { collectionName } from './collection-name.ts';
import { listSources, readDocuments, readPreviousBuild, syncDirectory, type SyncReport } from '../write/content-fs.ts';
import { generateContent, type GeneratedContent } from './generate-content.ts';
import type { SourceText } from '../read/read-listings.ts';
import { readTaxonomySource } from '../topics/read-taxonomy.ts';

/** Where the generator reads from and writes to; every path relative to the working directory. */
export interface RunGenerateOptions {
  /** The source document, or several documents and folders of them (daily listings). */
  source: string | readonly string[];
  /** The taxonomy file; without one, the bundled taxonomy, used only for a document it fits. */
  taxonomy?: string | undefined;
  /** Collection name; defaults to one made from the source file name. */
  name?: string | undefined;
  /** The year of chrome dates that have none, when file names do not say (`--year`). */
  year?: number | undefined;
  /** The content folder Astro reads (`src/content`). */
  contentDir: string;
  /** Make automatic topics afresh instead of keeping the previous build's (`--fresh-topics`). */
  freshTopics?: boolean | undefined;
  /** Told what generation does next (`planning topics for 100,000 papers`), for progress lines. */
  onStep?: ((detail: string) => void) | undefined;
}

/** The default inputs and output of the generator. */
export const generateDefaults = {
  source: 'src/data/transfer-learning-papers.txt',
  taxonomy: 'src/data/taxonomy.yaml',
  contentDir: 'src/content',
} as const;

/**
 * Reads the documents and taxonomy, generates all content in memory and, only when
 * everything is valid, syncs it into the content folder (unchanged files untouched,
 * stale files removed). Throws `InputError` or `TaxonomyError` before writing anything.
 */
export async function runGenerate(
  options: RunGenerateOptions,
): Promise<GeneratedContent & { sync: SyncReport; milliseconds: number; taxonomyWritten: string }> {
  const started = performance.now();
  const paths = typeof options.source === 'string' ? [options.source] : options.source;
  const taxonomyFile = options.taxonomy ?? generateDefaults.taxonomy;
  const [{ files, sources }, { taxonomy, source: taxonomySource }, previous] = await Promise.all([
    readSources(paths),
    readTaxonomySource(taxonomyFile),
    options.freshTopics === true ? undefined : readPreviousBuild(options.contentDir),
  ]);
  // One file is named after itself, a folder after the folder, several paths after the first.
  const first = paths[0] ?? files[0] ?? 'papers.txt';
  const single = files.length === 1 && paths.length === 1;
  const source = single ? basename(first) : paths.length === 1 ? `${basename(first)}/` : `${basename(first)} and ${paths.length - 1} more`;
  const content = await generateContent(sources, {
    file: files[0] ?? first,
    source,
    name: options.name ?? collectionName(first),
    taxonomy,
    taxonomyIsDefault: options.taxonomy === undefined,
    taxonomySource,
    previous,
    year: options.year,
    onStep: options.onStep,
  });
  options.onStep?.(`writing ${content.files.size.toLocaleString('en')} files into ${options.contentDir}/`);
  const sync = await syncDirectory(options.contentDir, content.files);
  return { ...content, sync, milliseconds: performance.now() - started, taxonomyWritten: join(options.contentDir, 'taxonomy.yaml') };
}

/** Lists and reads source paths as the build does: folders expanded in name order, each file once, UTF-8 checked. */
export async function readSources(paths: readonly string[]): Promise<{ files: string[]; sources: SourceText[] }> {
  const files = await listSources(paths);
  return { files, sources: await readDocuments(files) };
}
