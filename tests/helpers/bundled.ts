import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assignTopics } from '../../scripts/topics/assign-topics.ts';
import { parseDocument } from '../../scripts/read/plain/parse-document.ts';
import { parseTaxonomy } from '../../scripts/topics/read-taxonomy.ts';

const path = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** The bundled document's papers, parsed as the build parses them. */
export const bundledPapers = parseDocument(readFileSync(path('src/data/transfer-learning-papers.txt'), 'utf8'), 'transfer-learning-papers.txt').papers;

/** The 687-paper ICLR 2020 document. */
export const iclrPapers = parseDocument(readFileSync(path('tests/fixtures/iclr2020-accepted-papers.txt'), 'utf8'), 'iclr2020-accepted-papers.txt').papers;

/** The bundled taxonomy, validated. */
export const bundledTaxonomy = parseTaxonomy(readFileSync(path('src/data/taxonomy.yaml'), 'utf8'), 'src/data/taxonomy.yaml');

/** Topics of every bundled paper. */
export const bundledAssignments = assignTopics(bundledPapers, bundledTaxonomy);

/** Index of the one bundled paper whose title starts with `prefix`; throws when there is not exactly one. */
export function paperIndex(prefix: string): number {
  const found = bundledPapers.flatMap((paper, i) => (paper.title.startsWith(prefix) ? [i] : []));
  if (found.length !== 1) throw new Error(`expected one paper titled "${prefix}…", found ${found.length}`);
  return found[0]!;
}

/** Topics of the bundled paper whose title starts with `prefix`. */
export function topicsOf(prefix: string): string[] {
  return bundledAssignments[paperIndex(prefix)]!.topics;
}
