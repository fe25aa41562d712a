/**
 * `node scripts/explain-topics.ts <paper> [--taxonomy t.yaml] [--source doc.txt|listings/ … --year 2024] [--fresh-topics]`
 * `node scripts/explain-topics.ts --all`
 *
 * Prints which evidence put a paper in which topics, with scores and thresholds, for
 * curated and automatic topics alike (the topics the build makes from the same inputs).
 * `<paper>` is a slug, a short name (`LST`) or part of a title.
 */
import { parseArgs } from 'node:util';
import { assignSlugs } from './fields/assign-slugs.ts';
import { extractShortName } from './fields/extract-short-name.ts';
import { findPapers } from './topics/find-papers.ts';
import { formatExplanation } from './topics/format-explanation.ts';
import { formatProblem, InputError } from './read/problem.ts';
import { readListings } from './read/read-listings.ts';
import { planTopics } from './topics/plan-topics.ts';
import { topicText } from './fields/topic-text.ts';
import { readTaxonomySource, TaxonomyError } from './topics/read-taxonomy.ts';
import { generateDefaults, readSources } from './pipeline/run-generate.ts';
import { readPreviousBuild } from './write/content-fs.ts';
import { sourcesOf, yearOf } from './pipeline/source-options.ts';

/** A mistake on the command line: shown without a stack. */
class Usage extends Error {}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string', multiple: true },
    year: { type: 'string' },
    taxonomy: { type: 'string' },
    all: { type: 'boolean', default: false },
    'fresh-topics': { type: 'boolean', default: false },
  },
});

try {
  // Read the documents and the taxonomy, and make the topics as the build does (curated and automatic).
  const paths = sourcesOf(values.source, []);
  const [{ files, sources }, { taxonomy: curated, source }, previous] = await Promise.all([
    readSources(paths),
    readTaxonomySource(values.taxonomy ?? generateDefaults.taxonomy),
    values['fresh-topics'] ? undefined : readPreviousBuild(generateDefaults.contentDir),
  ]);
  const { papers } = readListings(sources, { year: yearOf(values.year) });
  const { slugs } = assignSlugs(papers, files[0] ?? paths.join(', '));
  // As the build does: the previous build's automatic topics are kept while they fit.
  const { taxonomy, assignments, automatic, rule } = planTopics(papers.map(topicText), curated, { isDefault: values.taxonomy === undefined, source, previous, slugs });
  console.log(`topics: ${rule}\n`);
  // Pick the papers asked for.
  const query = positionals.join(' ');
  const findable = papers.map((paper, i) => ({ title: paper.title, slug: slugs[i] ?? '', shortName: extractShortName(paper.title) }));
  const chosen = values.all ? papers.map((_, i) => i) : findPapers(findable, query);
  if (!values.all && query === '') throw new Usage('name a paper (slug, short name or part of its title), or pass --all');
  if (chosen.length === 0) throw new Usage(`no paper in ${paths.join(', ')} matches "${query}"; try part of its title`);
  // Explain each, then one summary line.
  const automaticSlugs = new Set(automatic);
  for (const i of chosen) console.log(`${formatExplanation(papers[i]!, assignments[i]!, taxonomy, automaticSlugs)}\n`);
  const { threshold, titleWeight, relativeCutoff, maxTopics } = taxonomy.assignment;
  console.log(
    `explained ${chosen.length} of ${papers.length} papers (threshold ${threshold}, title ×${titleWeight}, secondary topics ≥ ${relativeCutoff} × main, at most ${maxTopics})`,
  );
} catch (error) {
  process.exitCode = 1;
  if (error instanceof InputError) for (const problem of error.problems) console.error(formatProblem(problem));
  else if (error instanceof TaxonomyError || error instanceof Usage) console.error(error.message);
  else throw error;
}
