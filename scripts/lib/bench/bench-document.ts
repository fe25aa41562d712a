import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from '../parse-document.ts';
import { synthesizeDocument } from '../synthesize-document.ts';

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
  const papers = (
    await Promise.all(Object.values(realDocuments).map(async (file) => parseDocument(await readFile(join(project, file), 'utf8'), file).papers))
  ).flat();
  const path = join(workDir, `synthetic-${size}.txt`);
  await mkdir(workDir, { recursive: true });
  await writeFile(path, synthesizeDocument(papers, size));
  return path;
}
