import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from '../read/plain/parse-document.ts';
import { synthesizeDocument } from './synthesize-document.ts';
import { synthesizeListings } from './synthesize-listings.ts';

/** The real documents the benchmark uses at their own sizes. */
const realDocuments: Record<number, string> = {
  69: 'src/data/transfer-learning-papers.txt',
  687: 'tests/fixtures/iclr2020-accepted-papers.txt',
};

/**
 * Returns the path of a document with `size` papers: the bundled or ICLR 2020
 * document at their sizes, otherwise a synthetic one written (deterministically)
 * into `workDir` from both documents' vocabulary.
 */
export async function benchDocument(project: string, size: number, workDir: string): Promise<string> {
  const real = realDocuments[size];
  if (real !== undefined) return join(project, real);
  const papers = await realPapers(project);
  const path = join(workDir, `synthetic-${size}.txt`);
  await mkdir(workDir, { recursive: true });
  await writeFile(path, synthesizeDocument(papers, size));
  return path;
}

/** Unique papers of the year of daily listings (365 files, a fifth more entries repeated from the week before). */
export const yearOfListingsPapers = 15_000;

/** Returns the folder of a synthetic year of daily listings, written (deterministically) into `workDir`. */
export async function benchListings(project: string, workDir: string): Promise<string> {
  const folder = join(workDir, 'listings-year');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of synthesizeListings(await realPapers(project), yearOfListingsPapers)) await writeFile(join(folder, name), text);
  return folder;
}

/** The papers of the real documents, the vocabulary synthetic documents are made from. */
export async function realPapers(project: string) {
  return (await Promise.all(Object.values(realDocuments).map(async (file) => parseDocument(await readFile(join(project, file), 'utf8'), file).papers))).flat();
}
