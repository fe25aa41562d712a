import slugify from '@sindresorhus/slugify';
import type { TaxonomyArea, TaxonomyTopic } from '../../src/schemas/taxonomy.ts';
import { collectionPhrases, preparedSubset, type PreparedPapers } from './collection-phrases.ts';
import { describeArea, findAreas } from './find-areas.ts';
import { joinNeighbours, namedClusters } from './name-clusters.ts';
import { remainderTopics } from './remainder-topics.ts';
import { writtenPhrases } from './phrase-display.ts';
import { phraseNamer } from './phrase-names.ts';
import { capitalize, evidencePhrases, spellingsNeeded, topicRecord } from './topic-evidence.ts';
import { similarityGraph } from './topic-graph.ts';

export { nameWeight } from './topic-evidence.ts';

/** Options of {@link automaticTopics}. */
export interface AutomaticTopicsOptions {
  /** Slugs already used (curated topics, `other`): automatic topics get others. */
  taken?: ReadonlySet<string>;
  /** Number of clusters; default {@link topicCount} of the number of papers. */
  clusters?: number;
  /** The same papers already read by {@link preparePapers}. */
  prepared?: PreparedPapers;
}

/** Automatic topics and how they were found. */
export interface AutomaticTopics {
  /** Topics in taxonomy form, alphabetical by name; those in an area name it. */
  topics: TaxonomyTopic[];
  /** Areas grouping the topics, alphabetical by name; none for fewer than 20 topics (see findAreas). */
  areas: TaxonomyArea[];
  /** The named clusters behind the topics (paper indices), for measurement. */
  clusters: number[][];
}

/** Papers the topics are learned from, at most. */
const learnSample = 3000;
/** Neighbours each paper links to in the graph the topics are communities of. */
const neighboursPerPaper = 10;

/**
 * Topics per collection: 16 more for every tenfold (`16 log₁₀ n − 17.5`), at least 12 (or
 * a third of the papers, for tiny collections) and at most 60: 12 at 69 papers, 28 at
 * 700, 38 at 3,000, 47 at 10,000, 60 from 65,000.
 */
export function topicCount(papers: number): number {
  const wanted = Math.round(16 * Math.log10(Math.max(1, papers)) - 17.5);
  return Math.max(1, Math.min(60, Math.max(Math.min(12, Math.floor(papers / 3)), wanted)));
}

/**
 * Finds topics in a collection without any configuration: clusters of the papers'
 * nearest-neighbour graph (over their phrases' TF-IDF vectors), each named by a phrase most
 * of its papers write, cut finer where none does (see namedClusters); each becomes a taxonomy
 * topic whose evidence is its name (weight {@link nameWeight}, which also puts a paper on it)
 * and its distinctive phrases, whose aliases are its name's acronyms and whose description
 * lists what at least 20% of its papers write. From 20 topics on, topics are grouped into
 * areas by the links between their papers (see findAreas). Above 3,000 papers they are
 * learned from a sample chosen by a hash of each title (so adding papers keeps it); every
 * paper is then assigned by the topics' evidence. Deterministic, whatever the papers' order.
 */
export function automaticTopics(papers: ReadonlyArray<{ title: string; abstract: string }>, options: AutomaticTopicsOptions = {}): AutomaticTopics {
  if (papers.length < 6) return { topics: [], areas: [], clusters: [] };
  const keys = papers.map((paper) => hash(paper.title));
  const sample = papers.map((_, i) => i);
  if (papers.length > learnSample) sample.sort((a, b) => keys[a]! - keys[b]! || a - b).splice(learnSample);
  sample.sort((a, b) => a - b);
  const chosen = sample.map((i) => papers[i]!);
  const prepared = options.prepared === undefined ? undefined : preparedSubset(options.prepared, sample);
  const phrases = collectionPhrases(chosen, Math.max(2, Math.ceil(chosen.length / 2000)), prepared);
  const sampleKeys = sample.map((i) => keys[i]!);
  const graph = similarityGraph(phrases.vectors, neighboursPerPaper);
  const namer = phraseNamer(phrases);
  const wanted = options.clusters ?? topicCount(papers.length);
  const clustered = namedClusters(phrases.vectors, graph, wanted, sampleKeys, namer);
  const used = new Set(clustered.named.map((group) => phrases.keys[group.name]!));
  const extra = remainderTopics(namer, clustered.named, Math.ceil(1.5 * wanted) - clustered.named.length, used, clustered.clusterOf);
  const groups = [...clustered.named, ...extra];
  joinNeighbours(groups, clustered.unnamed.filter((i) => !extra.some((g) => g.members.includes(i))), graph, phrases.vectors);
  // Areas found from the topics in the order of their names' keys: the same whatever the papers' order.
  const nameKey = (g: number): string => phrases.keys[groups[g]!.name]!;
  const byKey = groups.map((_, g) => g).sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : a - b));
  const found = findAreas(byKey.map((g) => groups[g]!.members), phrases.vectors, namer, byKey.map((g) => groups[g]!.name)).map((area) => ({ ...area, topics: area.topics.map((t) => byKey[t]!) }));

  // How the chosen phrases are written, read from papers visited in key order.
  const lists = groups.map((group) => evidencePhrases(group.name, namer.rank(group.members, groups.length), group.members, phrases));
  const needed = new Map<number, number>();
  const spelled = new Set<string>();
  for (const list of lists) spellingsNeeded(list, phrases, namer.complete, needed, spelled);
  for (const area of found) spellingsNeeded([{ id: area.phrase, inside: 0, score: 0 }], phrases, namer.complete, needed, spelled);
  const visit = sample.map((_, m) => m).sort((a, b) => sampleKeys[a]! - sampleKeys[b]! || a - b);
  const written = writtenPhrases(phrases, needed, spelled, visit);

  const slugs = new Set(options.taken ?? []);
  const topicOf = new Map<number, TaxonomyTopic>();
  groups.forEach((group, g) => {
    const list = lists[g]!;
    // The name as papers write it; should no paper write that key out as one run (hyphens and
    // stop words split text in two ways), the group's next phrase that they do, not a lost topic.
    const nameId = [group.name, ...list.map((p) => p.id)].find((id) => written(namer.complete(id).key) !== '');
    const record = nameId === undefined ? undefined : topicRecord(nameId, list, group.members.length, namer, written);
    if (record !== undefined) topicOf.set(g, { slug: uniqueSlug(record.name, 'topic', slugs), ...record });
  });
  const areas: TaxonomyArea[] = [];
  const areaSlugs = new Set<string>();
  for (const area of found) {
    const grouped = area.topics.flatMap((t) => topicOf.get(t) ?? []);
    const title = written(namer.complete(area.phrase).key);
    if (grouped.length === 0) continue;
    const name = title === '' ? grouped[0]!.name : capitalize(title);
    const slug = uniqueSlug(name, 'area', areaSlugs);
    const acronyms = phrases.acronyms.get(namer.complete(area.phrase).key) ?? phrases.acronyms.get(phrases.keys[area.phrase]!) ?? [];
    areas.push({ slug, name, description: describeArea(name, grouped.map((topic) => topic.name)), aliases: acronyms.map((a) => a.acronym) });
    for (const topic of grouped) topic.area = slug;
  }
  const byName = <T extends { name: string; slug: string }>(a: T, b: T): number => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1);
  return {
    topics: [...topicOf.values()].sort(byName),
    areas: areas.sort(byName),
    clusters: groups.map((group) => group.members.map((m) => sample[m]!)),
  };
}

/** A slug from a name, `-2`, `-3` … when taken; marks it taken. */
function uniqueSlug(name: string, fallback: string, taken: Set<string>): string {
  const base = slugify(name, { decamelize: false }) || fallback;
  let slug = base;
  for (let k = 2; taken.has(slug); k += 1) slug = `${base}-${k}`;
  taken.add(slug);
  return slug;
}

/** FNV-1a hash of a text: a stable 32-bit key for a paper. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
