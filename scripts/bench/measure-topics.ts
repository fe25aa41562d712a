/**
 * Measures a collection's topics and areas, as a build with no flags makes them, against
 * labels of its own: a topic yardstick (authors' keywords, `title<TAB>kw1; kw2; …`) and an
 * area yardstick (`title<TAB>field`, such as the export each record came from), each beside
 * plain k-means on the same phrase TF-IDF vectors with as many groups (the mean of seeds).
 */
import { readFile } from 'node:fs/promises';
import { otherTopicSlug, type Taxonomy } from '../../src/schemas/taxonomy.ts';
import { clusterVectors } from '../text-model/cluster-vectors.ts';
import { collectionPhrases } from '../topics/collection-phrases.ts';
import { nameCoverage, type NameCoverage } from '../topics/name-coverage.ts';
import { planTopics, type TopicPlan } from '../topics/plan-topics.ts';
import { readTaxonomy } from '../topics/read-taxonomy.ts';
import { readListings, titleKey } from '../read/read-listings.ts';
import { readSources, generateDefaults } from '../pipeline/run-generate.ts';
import { topicText } from '../fields/topic-text.ts';
import { pairAgreement } from './pair-agreement.ts';

/** A collection and the labels it is judged by. */
export interface Yardstick {
  /** Short name shown in the table. */
  name: string;
  /** Documents or folders, read as the build reads them. */
  sources: string[];
  /** `title<TAB>kw1; kw2; …`: papers sharing a keyword should share a topic. */
  keywords: string;
  /** `title<TAB>label`: papers sharing a label should share an area (and not across labels). */
  fields?: string | undefined;
  /** A taxonomy file to pass as `--taxonomy` would; none: the bundled default, used only if it fits. */
  taxonomy?: string | undefined;
}

/** Pair agreement of one grouping, and the same for k-means at as many groups. */
export interface Compared {
  groups: number;
  f1: number;
  precision: number;
  recall: number;
  /** Mean F1 of k-means over the seeds, at `groups` clusters. */
  kmeans: number;
}

/** Everything the table shows of one yardstick. */
export interface TopicMeasures {
  name: string;
  papers: number;
  /** Papers whose title was found in the keyword table. */
  labelled: number;
  rule: string;
  topicMs: number;
  topics: number;
  other: number;
  largest: number;
  perPaper: number;
  coverage: NameCoverage;
  topicF1: Compared;
  /** "Share a topic" against the field labels (coarse), where the yardstick has them. */
  topicFieldF1?: Compared | undefined;
  areas: number;
  /** Share of the topics that are inside an area. */
  inArea: number;
  /** "Share an area" against the keywords (a topic in no area is its own group). */
  areaF1: Compared;
  /** "Share an area" against the field labels, where the yardstick has them. */
  areaFieldF1?: Compared | undefined;
  areaCoverage: NameCoverage;
  plan: TopicPlan;
  titles: string[];
}

const seeds = [1, 2, 3, 4, 5];

/** k-means F1 already measured, by yardstick, labels and k (`--kmeans-cache`): the baseline does not change with the method. */
export type KmeansCache = Record<string, number>;

/** Reads a yardstick's documents and labels, plans its topics and measures them. */
export async function measureTopics(yardstick: Yardstick, cache: KmeansCache = {}): Promise<TopicMeasures> {
  const { sources } = await readSources(yardstick.sources);
  const document = readListings(sources);
  const papers = document.papers.map(topicText);
  const keywords = await readLabels(yardstick.keywords, ';');
  const fields = yardstick.fields === undefined ? undefined : await readLabels(yardstick.fields, undefined);
  const truth = document.papers.map((paper) => keywords.get(titleKey(paper.title)) ?? []);
  const labelled = truth.filter((list) => list.length > 0).length;
  // Keywords on more than 5% of the papers say little about any pair.
  const counts = new Map<string, number>();
  for (const list of truth) for (const kw of new Set(list)) counts.set(kw, (counts.get(kw) ?? 0) + 1);
  const specific = truth.map((list) => list.filter((kw) => counts.get(kw)! <= 0.05 * papers.length));
  const fieldTruth = fields === undefined ? undefined : document.papers.map((paper) => fields.get(titleKey(paper.title)) ?? []);

  const taxonomy: Taxonomy = await readTaxonomy(yardstick.taxonomy ?? generateDefaults.taxonomy);
  const started = performance.now();
  const plan = planTopics(papers, taxonomy, { isDefault: yardstick.taxonomy === undefined, source: { file: yardstick.taxonomy ?? generateDefaults.taxonomy, sha256: 'bench' } });
  const topicMs = performance.now() - started;

  const topics = plan.assignments.map((a) => a.topics.filter((slug) => slug !== otherTopicSlug));
  const sizes = new Map<string, number>();
  for (const list of topics) for (const slug of list) sizes.set(slug, (sizes.get(slug) ?? 0) + 1);
  const { vectors } = collectionPhrases(papers, Math.max(2, Math.ceil(papers.length / 2000)));
  const kmeans = (k: number, labels: ReadonlyArray<readonly string[]>, kind: string): number => {
    const key = `${yardstick.name}|${papers.length}|${kind}|${k}`;
    cache[key] ??= seeds.reduce((sum, seed) => sum + pairAgreement(clusterVectors(vectors, k, { seed }).labels.map((label) => [String(label)]), labels, 0.4).f1, 0) / seeds.length;
    return cache[key];
  };
  const compare = (groups: string[][], labels: ReadonlyArray<readonly string[]>, kind: string): Compared => {
    const count = new Set(groups.flat()).size;
    return { groups: count, ...pairAgreement(groups, labels, 0.4), kmeans: kmeans(Math.max(1, count), labels, kind) };
  };

  const named = plan.taxonomy.topics.filter((topic) => topic.slug !== otherTopicSlug && sizes.has(topic.slug));
  const coverage = nameCoverage(papers, named.map((topic) => ({ name: topic.name, aliases: topic.aliases, members: membersOf(topics, topic.slug) })));
  const areaOf = new Map(plan.taxonomy.topics.map((topic) => [topic.slug, topic.area ?? topic.slug]));
  const areaLists = topics.map((list) => [...new Set(list.map((slug) => areaOf.get(slug)!))]);
  const areaCoverage = nameCoverage(
    papers,
    plan.taxonomy.areas.map((area) => ({ name: area.name, aliases: area.aliases, members: membersOf(areaLists, area.slug) })),
  );
  return {
    name: yardstick.name,
    papers: papers.length,
    labelled,
    rule: plan.rule,
    topicMs,
    topics: named.length,
    other: topics.filter((list) => list.length === 0).length / papers.length,
    largest: Math.max(0, ...sizes.values()) / papers.length,
    perPaper: topics.reduce((sum, list) => sum + list.length, 0) / papers.length,
    coverage,
    topicF1: compare(topics, specific, 'keywords'),
    topicFieldF1: fieldTruth === undefined ? undefined : compare(topics, fieldTruth, 'fields'),
    areas: plan.taxonomy.areas.length,
    inArea: named.length === 0 ? 0 : named.filter((topic) => topic.area !== undefined).length / named.length,
    areaF1: compare(areaLists, specific, 'keywords'),
    areaFieldF1: fieldTruth === undefined ? undefined : compare(areaLists, fieldTruth, 'fields'),
    areaCoverage,
    plan,
    titles: document.papers.map((paper) => paper.title),
  };
}

function membersOf(lists: ReadonlyArray<readonly string[]>, slug: string): number[] {
  return lists.flatMap((list, i) => (list.includes(slug) ? [i] : []));
}

/** `title<TAB>labels` lines (a header first) by title key; labels split at `separator`, lower-cased. */
async function readLabels(path: string, separator: string | undefined): Promise<Map<string, string[]>> {
  const labels = new Map<string, string[]>();
  for (const line of (await readFile(path, 'utf8')).split('\n').slice(1)) {
    const [title, list] = line.split('\t');
    if (title === undefined || list === undefined) continue;
    const values = (separator === undefined ? [list] : list.split(separator)).map((k) => k.trim().toLowerCase()).filter(Boolean);
    labels.set(titleKey(title), values);
  }
  return labels;
}
