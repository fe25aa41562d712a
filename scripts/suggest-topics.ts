/**
 * `node scripts/suggest-topics.ts [doc.txt] [--clusters 20] [--seed 1] [--yaml draft.yaml]`
 *
 * Clusters a document's abstracts and prints, per cluster, its distinctive terms and
 * example titles; with `--yaml`, also writes a starter taxonomy to edit.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from './lib/parse-document.ts';
import { formatProblem, InputError } from './lib/problem.ts';
import { starterTaxonomy } from './lib/starter-taxonomy.ts';
import { suggestTopics } from './lib/suggest-topics.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    clusters: { type: 'string' },
    seed: { type: 'string', default: '1' },
    yaml: { type: 'string' },
  },
});

try {
  const started = performance.now();
  // Read the document into papers.
  const source = positionals[0] ?? 'src/data/transfer-learning-papers.txt';
  const { papers } = parseDocument(await readFile(source, 'utf8'), source);
  // Cluster the abstracts and name each cluster by its distinctive terms.
  const titles = papers.map((paper) => paper.title);
  const topics = suggestTopics(
    papers.map((paper) => `${paper.title}\n${paper.abstract}`),
    { seed: Number(values.seed), ...(values.clusters === undefined ? {} : { clusters: Number(values.clusters) }) },
  );
  // Print each cluster: size, terms with the share of its papers using them, example titles.
  topics.forEach((topic, index) => {
    const terms = topic.terms.map((term, k) => `${term} (${Math.round(100 * topic.coverage[k]!)}%)`);
    console.log(`${index + 1}. ${topic.members.length} papers: ${terms.join(', ')}`);
    for (const i of topic.members.slice(0, 3)) console.log(`     e.g. ${titles[i]}`);
  });
  // Optionally write a starter taxonomy.
  if (values.yaml !== undefined) await writeFile(values.yaml, starterTaxonomy(topics, titles, source));
  console.log(
    `suggested ${topics.length} topics for ${papers.length} papers of ${source} in ${(performance.now() - started).toFixed(0)} ms${values.yaml === undefined ? '' : `; starter taxonomy written to ${values.yaml}`}`,
  );
} catch (error) {
  process.exitCode = 1;
  if (error instanceof InputError) for (const problem of error.problems) console.error(formatProblem(problem));
  else throw error;
}
