import { basename, join } from 'node:path';
import { collectionName } from './collection-name.ts';
import { readDocument, syncDirectory, type SyncReport } from './content-fs.ts';
import { generateContent, type GeneratedContent } from './generate-content.ts';
import { readTaxonomy } from './read-taxonomy.ts';

/** Where the generator reads from and writes to; every path relative to the working directory. */
export interface RunGenerateOptions {
  /** The source document. */
  source: string;
  /** The taxonomy file; without one, the bundled taxonomy, used only for a document it fits. */
  taxonomy?: string | undefined;
  /** Collection name; defaults to one made from the source file name. */
  name?: string | undefined;
  /** The content folder Astro reads (`src/content`). */
  contentDir: string;
}

/** The default inputs and output of the generator. */
export const generateDefaults = {
  source: 'src/data/transfer-learning-papers.txt',
  taxonomy: 'src/data/taxonomy.yaml',
  contentDir: 'src/content',
} as const;

/**
 * Reads the document and taxonomy, generates all content in memory and, only when
 * everything is valid, syncs it into the content folder (unchanged files untouched,
 * stale files removed). Throws `InputError` or `TaxonomyError` before writing anything.
 */
export async function runGenerate(options: RunGenerateOptions): Promise<GeneratedContent & { sync: SyncReport; milliseconds: number; taxonomyWritten: string }> {
  const started = performance.now();
  const taxonomyFile = options.taxonomy ?? generateDefaults.taxonomy;
  const [text, taxonomy] = await Promise.all([readDocument(options.source), readTaxonomy(taxonomyFile)]);
  const content = await generateContent(text, {
    file: options.source,
    source: basename(options.source),
    name: options.name ?? collectionName(options.source),
    taxonomy,
    taxonomyIsDefault: options.taxonomy === undefined,
    taxonomyFile,
  });
  const sync = await syncDirectory(options.contentDir, content.files);
  return { ...content, sync, milliseconds: performance.now() - started, taxonomyWritten: join(options.contentDir, 'taxonomy.yaml') };
}
