/**
 * `npm run bench:topics [-- --source doc.txt --keywords kw.tsv --taxonomy t.yaml --out bench/topics.json]`
 *
 * `--quick` skips the id stability runs.
 *
 * Measures the topics a build gives a document against the authors' own keywords
 * (`title<TAB>kw1; kw2; …`): pair precision, recall and F1 of "share a topic" against
 * "share a keyword", the share in Other, the number of topics and the largest topic's
 * share; and the same for a plain baseline, k-means on the same TF-IDF vectors with the
 * same number of topics (the mean of five seeds), and for the automatic clusters alone
 * (before papers are assigned by evidence). Name coverage: for each topic (and area), the
 * share of its papers whose title or abstract writes its name (see nameCoverage), weighted
 * by papers, and how many fall under 30%; areas are also measured as groups ("share an
 * area", a topic outside any area being its own). Keywords are lower-cased; keywords on more than 5% of the papers and topics
 * holding more than 40% of them are ignored; Other is no topic. Then the stability of topic
 * ids: how many are kept when ten papers of the bundled document are added (its papers
 * 1–10, 11–20, 41–50) and when the document's last ten papers are removed, by a build
 * that finds the previous build's topics and when they are made afresh.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import { automaticTopics, topicCount } from '../topics/automatic-topics.ts';
import { clusterVectors } from '../text-model/cluster-vectors.ts';
import { collectionPhrases } from '../topics/collection-phrases.ts';
import { nameCoverage } from '../topics/name-coverage.ts';
import { pairAgreement } from './pair-agreement.ts';
import { parseDocument } from '../read/plain/parse-document.ts';
import { planTopics } from '../topics/plan-topics.ts';
import { readTaxonomy } from '../topics/read-taxonomy.ts';
import { generateDefaults } from '../pipeline/run-generate.ts';
import { assignSlugs } from '../fields/assign-slugs.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'tests/fixtures/iclr2020-accepted-papers.txt' },
    keywords: { type: 'string', default: 'tests/fixtures/iclr2020-keywords.tsv' },
    taxonomy: { type: 'string' },
    out: { type: 'string', default: 'bench/topics.json' },
    quick: { type: 'boolean', default: false },
  },
});

// The document, its keywords by normalized title, and the taxonomy the build would start from.
const { papers } = parseDocument(await readFile(values.source, 'utf8'), values.source);
const normalize = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim();
const keywords = new Map<string, string[]>();
for (const line of (await readFile(values.keywords, 'utf8')).split('\n').slice(1)) {
  const [title, list] = line.split('\t');
  if (title === undefined || list === undefined) continue;
  keywords.set(normalize(title), list.split(';').map((k) => k.trim().toLowerCase()).filter(Boolean));
}
const truth = papers.map((paper) => keywords.get(normalize(paper.title)) ?? []);
const taxonomy = await readTaxonomy(values.taxonomy ?? generateDefaults.taxonomy);

// Topics as the build makes them, timed.
const started = performance.now();
// With the taxonomy file named, as a build does: the taxonomy records its automatic topics.
const source = { file: values.taxonomy ?? generateDefaults.taxonomy, sha256: 'bench' };
const isDefault = values.taxonomy === undefined;
const plan = planTopics(papers, taxonomy, { isDefault, source });
const topicMs = performance.now() - started;
const topics = plan.assignments.map((a) => a.topics.filter((slug) => slug !== otherTopicSlug));
const topicSlugs = new Set(topics.flat());

// The baseline: k-means on the same phrase TF-IDF vectors, as many clusters as topics.
const { vectors } = collectionPhrases(papers, Math.max(2, Math.ceil(papers.length / 2000)));
const k = Math.max(1, topicSlugs.size);
// k-means depends on its seed: the mean over five seeds.
const kmeansRuns = [1, 2, 3, 4, 5].map((seed) => clusterVectors(vectors, k, { seed }).labels.map((label) => [String(label)]));

/** The measures of one grouping. */
function measure(groups: string[][]) {
  const sizes = new Map<string, number>();
  for (const list of groups) for (const g of list) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  return {
    ...pairAgreement(groups, truth, 0.4),
    other: groups.filter((list) => list.length === 0).length / papers.length,
    topics: sizes.size,
    largest: Math.max(0, ...sizes.values()) / papers.length,
    perPaper: groups.reduce((sum, list) => sum + list.length, 0) / papers.length,
  };
}
// Keywords on more than 5% of the papers say little about any pair.
const kwCount = new Map<string, number>();
for (const list of truth) for (const kw of new Set(list)) kwCount.set(kw, (kwCount.get(kw) ?? 0) + 1);
for (let i = 0; i < truth.length; i += 1) truth[i] = truth[i]!.filter((kw) => kwCount.get(kw)! <= 0.05 * papers.length);

// The clusters the automatic topics come from, each paper in its one cluster.
const clusterOf: string[][] = papers.map(() => []);
automaticTopics(papers).clusters.forEach((members, c) => members.forEach((i) => clusterOf[i]!.push(String(c))));

const kmeansRows = kmeansRuns.map(measure);
const kmeans = Object.fromEntries(Object.keys(kmeansRows[0]!).map((key) => [key, kmeansRows.reduce((sum, row) => sum + row[key as keyof typeof row], 0) / kmeansRows.length])) as (typeof kmeansRows)[0];
const rows = { atlas: measure(topics), kmeans, clusters: measure(clusterOf) };
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
console.log(`${values.source}: ${papers.length} papers, ${truth.filter((t) => t.length > 0).length} with keywords; ${plan.rule}`);
console.log('method    precision  recall     F1   other  topics  largest  topics/paper');
for (const [name, row] of Object.entries(rows)) {
  console.log(
    `${name.padEnd(8)}  ${row.precision.toFixed(3).padStart(9)}  ${row.recall.toFixed(3).padStart(6)}  ${row.f1.toFixed(3).padStart(5)}  ${pct(row.other).padStart(6)}  ${String(row.topics).padStart(6)}  ${pct(row.largest).padStart(7)}  ${row.perPaper.toFixed(2).padStart(12)}`,
  );
}
// Name coverage: the share of each topic's papers that write its name (or an acronym alias).
const topicGroups = plan.taxonomy.topics
  .filter((topic) => topic.slug !== otherTopicSlug)
  .map((topic) => ({ name: topic.name, aliases: topic.aliases, members: topics.flatMap((list, i) => (list.includes(topic.slug) ? [i] : [])) }))
  .filter((group) => group.members.length > 0);
const coverage = nameCoverage(papers, topicGroups);
console.log(`name coverage: ${coverage.weighted.toFixed(3)} paper-weighted; ${coverage.under30} of ${coverage.groups.length} topics under 30%; F1 ${(rows.atlas.f1 / rows.kmeans.f1).toFixed(2)}× k-means (mean of 5 seeds)`);
for (const row of [...coverage.groups].sort((a, b) => a.coverage - b.coverage)) console.log(`  ${row.coverage.toFixed(2)}  ${String(row.size).padStart(4)}  ${row.name}`);
// Areas: name coverage over each area's papers, and "share an area" (a topic outside any area is its own) against the keywords.
const areaOf = new Map(plan.taxonomy.topics.map((topic) => [topic.slug, topic.area ?? topic.slug]));
const areaLists = topics.map((list) => [...new Set(list.map((slug) => areaOf.get(slug)!))]);
const areaGroups = plan.taxonomy.areas.map((area) => ({ name: area.name, aliases: area.aliases, members: areaLists.flatMap((list, i) => (list.includes(area.slug) ? [i] : [])) }));
const areaCoverage = nameCoverage(papers, areaGroups);
const areaRow = measure(areaLists);
const areaKmeans = clusterVectors(vectors, Math.max(1, new Set(areaLists.flat()).size), { seed: 1 }).labels.map((label) => [String(label)]);
console.log(
  `areas: ${plan.taxonomy.areas.length}, grouping ${plan.taxonomy.topics.filter((t) => t.area !== undefined).length} topics; name coverage ${areaCoverage.weighted.toFixed(3)}, ${areaCoverage.under30} under 30%; share an area F1 ${areaRow.f1.toFixed(3)} (k-means with as many groups ${measure(areaKmeans).f1.toFixed(3)})`,
);
for (const area of plan.taxonomy.areas) console.log(`  ${area.name}: ${plan.taxonomy.topics.filter((t) => t.area === area.slug).map((t) => t.name).join('; ')}`);
console.log(`topic step ${topicMs.toFixed(0)} ms (size rule for ${papers.length} papers: ${topicCount(papers.length)} clusters)`);

if (values.quick) process.exit(0);
// Ids kept when a few papers come or go: ids are names, so a kept id is a kept topic.
const bundled = parseDocument(await readFile(generateDefaults.source, 'utf8'), generateDefaults.source).papers;
const changes: Array<[string, typeof papers]> = [
  ['+ bundled 1–10', [...papers, ...bundled.slice(0, 10)]],
  ['+ bundled 11–20', [...papers, ...bundled.slice(10, 20)]],
  ['+ bundled 41–50', [...papers, ...bundled.slice(40, 50)]],
  ['− last 10', papers.slice(0, -10)],
];
// Made afresh (what --fresh-topics gives), and as a build that finds the previous build's topics does.
const slugsOf = (list: typeof papers): string[] => assignSlugs(list, values.source).slugs;
const previous = { taxonomy: plan.taxonomy, papers: new Set(slugsOf(papers)) };
const stability = changes.map(([change, changed]) => {
  const ids = new Set(planTopics(changed, taxonomy, { isDefault }).automatic);
  const lost = plan.automatic.filter((slug) => !ids.has(slug));
  const build = new Set(planTopics(changed, taxonomy, { isDefault, source, previous, slugs: slugsOf(changed) }).automatic);
  const buildKept = plan.automatic.filter((slug) => build.has(slug)).length;
  return { change, kept: plan.automatic.length - lost.length, of: plan.automatic.length, lost, buildKept };
});
for (const { change, kept, of, lost, buildKept } of stability) {
  console.log(`ids kept, ${change.padEnd(16)} build ${buildKept}/${of}; made afresh ${kept}/${of}${lost.length > 0 ? ` (lost ${lost.join(', ')})` : ''}`);
}
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, `${JSON.stringify({ source: values.source, papers: papers.length, rule: plan.rule, topicMs, ...rows, nameCoverage: coverage, areas: { count: plan.taxonomy.areas.length, ...areaRow, nameCoverage: areaCoverage }, stability }, null, 2)}\n`);
