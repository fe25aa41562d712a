import slugify from '@sindresorhus/slugify';
import type { TaxonomyArea, TaxonomyTopic } from '../../src/schemas/taxonomy.ts';
import { clusterVectors, similarity } from '../text-model/cluster-vectors.ts';
import { detectCommunities, type WeightedGraph } from '../text-model/detect-communities.ts';
import { nearestNeighbours } from '../text-model/nearest-neighbours.ts';
import { collectionPhrases, phraseSurfaces, preparedSubset, type CollectionPhrases, type PreparedPapers } from './collection-phrases.ts';
import { describeArea, findAreas } from './find-areas.ts';
import type { SparseVector } from '../text-model/tfidf.ts';

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
  /** The clusters behind them (paper indices), for measurement. */
  clusters: number[][];
}

/** Phrases of evidence per topic. */
const evidencePerTopic = 30;
/** More phrases a topic may get so that its papers all have some evidence of it. */
const coverPhrases = 20;
/** Papers the topics are learned from, at most. */
const learnSample = 3000;
/** Neighbours each paper links to in the graph the topics are communities of. */
const neighboursPerPaper = 10;
/**
 * How much less a single word's fit counts than a phrase's when naming a topic: a word alone
 * (`defenses`) must fit twice as well as any phrase (`adversarial robustness`) to name it.
 */
const singleWordFactor = 0.5;
/** Share of a cluster's papers that must write a phrase for it to name the cluster: a name a minority writes misleads. */
const nameShare = 0.3;
/** Largest share of the collection whose papers may write a topic's name (or twice a topic's average share, with few topics): a broader phrase names an area. */
const broadestName = 0.25;
/**
 * How much more alike than the collection's papers those writing a name must be (see
 * {@link cohesion}): generic phrases (`deep learning`, `machine learning models`) fall below.
 */
const minimumCohesion = 1.5;
/** Share of a topic's papers that must write a phrase for its description to name it. */
const describeShare = 0.2;
/** Weight of a topic's name as evidence; its other evidence weighs 1–3, so writing the name is what counts most. */
export const nameWeight = 30;
/** Share of the collection above which a cluster is split in two: below 15%, as evidence moves a few papers. */
const largestShare = 0.1;

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
 * Finds topics in a collection without any configuration: Louvain communities of the
 * nearest-neighbour graph of the papers' phrase TF-IDF vectors (papers visited in the
 * order of per-paper hashes, so input order does not matter), clusters above 10% of the
 * papers split, papers of communities too small to be a topic moved to the one they link to
 * most. Each cluster becomes a taxonomy topic named by a phrase most of its papers write, said
 * whole, not generic (see chooseName); a cluster no such phrase names is no topic, and while
 * there are fewer topics than wanted, phrases that papers writing no name share make more
 * (see remainderTopics). A topic's evidence is its name (weight {@link nameWeight}, which
 * also puts a paper on it) and its distinctive phrases; its aliases are its name's acronyms;
 * its description lists what at least 20% of its papers write. From 20 topics on, topics are
 * grouped into areas (see findAreas). Deterministic.
 */
export function automaticTopics(papers: ReadonlyArray<{ title: string; abstract: string }>, options: AutomaticTopicsOptions = {}): AutomaticTopics {
  if (papers.length < 6) return { topics: [], areas: [], clusters: [] };
  // Large collections: learn the topics from a sample chosen by a hash of each title (so
  // adding papers keeps it); every paper is then assigned by the topics' evidence. Time
  // and memory stay bounded however large the document.
  const keys = papers.map((paper) => hash(paper.title));
  const sample = papers.map((_, i) => i);
  if (papers.length > learnSample) sample.sort((a, b) => keys[a]! - keys[b]! || a - b).splice(learnSample);
  sample.sort((a, b) => a - b);
  const chosen = sample.map((i) => papers[i]!);
  const prepared = options.prepared === undefined ? undefined : preparedSubset(options.prepared, sample);
  const n = chosen.length;
  const phrases = collectionPhrases(chosen, Math.max(2, Math.ceil(n / 2000)), prepared);
  const k = options.clusters ?? topicCount(papers.length);
  const clusters = findClusters(phrases.vectors, k, sample.map((i) => keys[i]!));
  // Papers read for how phrases are written, in key order too.
  const visit = sample.map((_, m) => m).sort((a, b) => keys[sample[a]!]! - keys[sample[b]!]! || a - b);
  return { ...describeClusters(clusters, k, phrases, options.taken ?? new Set(), visit), clusters: clusters.map((members) => members.map((m) => sample[m]!)) };
}

/** Clusters of paper indices: communities of the neighbour graph, the over-large split and the tiny dropped. */
function findClusters(vectors: ReadonlyArray<SparseVector>, k: number, keys: ArrayLike<number>): number[][] {
  const n = vectors.length;
  const smallest = Math.max(3, Math.ceil((0.2 * n) / k));
  const graph = similarityGraph(vectors, neighboursPerPaper);
  // Papers are visited in the order of their keys, not their position: the same papers in
  // another order give the same communities, and a few added papers disturb few of them.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const labels = communitiesNear(graph, k, smallest, order);
  let clusters = groupLabels(labels, graph, smallest, vectors);
  for (let guard = 0; guard < k; guard += 1) {
    const big = clusters.findIndex((members) => members.length > largestShare * n);
    if (big < 0) break;
    const members = clusters[big]!;
    const halves = clusterVectors(members.map((i) => vectors[i]!), 2, { keys: members.map((i) => keys[i]!), iterations: 30, tolerance: 0.002 }).labels;
    const parts = [0, 1].map((h) => members.filter((_, m) => halves[m] === h));
    if (parts.some((part) => part.length === 0)) break;
    clusters.splice(big, 1, ...parts);
  }
  clusters = clusters.filter((members) => members.length >= smallest);
  return clusters;
}

/**
 * The symmetric k-nearest-neighbour graph of the vectors, each edge weighted by the pair's
 * cosine similarity (an edge either paper chose). The search is exact whatever its posting
 * budget: topics are learned from at most {@link learnSample} papers, whose exact search
 * takes under a second (0.7 s for 3,000 synthetic papers, 20,000 postings per paper), while
 * the pruned one would move a few edges and so the communities and topic ids.
 */
function similarityGraph(vectors: ReadonlyArray<SparseVector>, k: number): WeightedGraph {
  const n = vectors.length;
  const table = nearestNeighbours(vectors, k, { budget: Infinity });
  const rows = Array.from({ length: n }, () => new Map<number, number>());
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const other = table.indices[i * k + j]!;
      if (other < 0) break;
      const s = table.similarities[i * k + j]!;
      rows[i]!.set(other, s);
      rows[other]!.set(i, s);
    }
  }
  const sorted = rows.map((row) => [...row.keys()].sort((a, b) => a - b));
  return { neighbours: sorted.map((ids) => Int32Array.from(ids)), weights: sorted.map((ids, i) => Float64Array.from(ids, (id) => rows[i]!.get(id)!)) };
}

/**
 * Louvain communities at the resolution whose number of communities of at least `smallest`
 * papers is closest to `k` (bisection on the resolution, on a log scale; ties: the first found).
 */
function communitiesNear(graph: WeightedGraph, k: number, smallest: number, order: ArrayLike<number>): Int32Array {
  const count = (labels: Int32Array): number => {
    const sizes = new Map<number, number>();
    for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
    let big = 0;
    for (const size of sizes.values()) if (size >= smallest) big += 1;
    return big;
  };
  let [low, high] = [0.05, 50];
  let best: Int32Array | undefined;
  let bestMiss = Infinity;
  for (let step = 0; step < 24; step += 1) {
    const resolution = Math.sqrt(low * high);
    const labels = detectCommunities(graph, { resolution, order });
    const found = count(labels);
    if (Math.abs(found - k) < bestMiss) [best, bestMiss] = [labels, Math.abs(found - k)];
    if (found === k) break;
    if (found < k) low = resolution;
    else high = resolution;
  }
  return best!;
}

/**
 * Communities as lists of papers: a paper of a community too small to be a topic joins the
 * topic it is most linked to (or, with no link to any, the one its vector is most like).
 */
function groupLabels(labels: Int32Array, graph: WeightedGraph, smallest: number, vectors: ReadonlyArray<SparseVector>): number[][] {
  const members = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const list = members.get(label);
    if (list === undefined) members.set(label, [i]);
    else list.push(i);
  });
  const kept = [...members.keys()].filter((label) => members.get(label)!.length >= smallest).sort((a, b) => a - b);
  const index = new Map(kept.map((label, c) => [label, c]));
  const clusters: number[][] = kept.map((label) => [...members.get(label)!]);
  if (clusters.length === 0) return clusters;
  const centres = clusters.map((list) => centre(list.map((i) => vectors[i]!)));
  labels.forEach((label, i) => {
    if (index.has(label) || vectors[i]!.indices.length === 0) return;
    const links = new Float64Array(clusters.length);
    graph.neighbours[i]!.forEach((other, e) => {
      const c = index.get(labels[other]!);
      if (c !== undefined) links[c]! += graph.weights[i]![e]!;
    });
    let best = 0;
    for (let c = 1; c < links.length; c += 1) if (links[c]! > links[best]!) best = c;
    if (links[best] === 0) best = mostSimilar(vectors[i]!, centres);
    clusters[best]!.push(i);
  });
  return clusters.map((list) => list.sort((a, b) => a - b));
}

/** Unit-length mean of sparse vectors, dense. */
function centre(vectors: ReadonlyArray<SparseVector>): Float64Array {
  let dimensions = 0;
  for (const v of vectors) for (const id of v.indices) dimensions = Math.max(dimensions, id + 1);
  const sum = new Float64Array(dimensions);
  for (const v of vectors) v.indices.forEach((id, t) => (sum[id]! += v.values[t]!));
  const norm = Math.sqrt(sum.reduce((a, x) => a + x * x, 0)) || 1;
  return sum.map((x) => x / norm);
}

/** The most similar topic (ties: the first). */
function mostSimilar(v: SparseVector, topics: ReadonlyArray<Float64Array>): number {
  let best = 0;
  let top = -Infinity;
  topics.forEach((topic, j) => {
    const s = similarity(v, topic);
    if (s > top) [best, top] = [j, s];
  });
  return best;
}

interface ScoredPhrase {
  id: number;
  /** Papers of the cluster using the phrase. */
  inside: number;
  /** Class-based TF-IDF: common inside the cluster, rare outside. */
  score: number;
}

/** Names, describes and gives evidence to each cluster; `visit` is the order papers are read in for how phrases are written. */
function describeClusters(clusters: number[][], wanted: number, phrases: CollectionPhrases, taken: ReadonlySet<string>, visit: readonly number[]): { topics: TaxonomyTopic[]; areas: TaxonomyArea[] } {
  const n = phrases.papers.length;
  const ids = new Map(phrases.keys.map((key, id) => [key, id]));
  const complete = completer(phrases, ids);
  // The papers writing each phrase, for cohesion and the remainder topics.
  const writers: number[][] = Array.from({ length: phrases.keys.length }, () => []);
  phrases.papers.forEach((list, i) => list.forEach((id) => writers[id]!.push(i)));
  const cohesive = cohesion(phrases, writers);
  const average = n / Math.max(1, clusters.length);
  const rank = (members: number[]) => {
    const inside = new Map<number, number>();
    for (const i of members) for (const id of phrases.papers[i]!) inside.set(id, (inside.get(id) ?? 0) + 1);
    const minimum = Math.max(2, Math.ceil(0.03 * members.length));
    const scored: ScoredPhrase[] = [];
    for (const [id, count] of inside) {
      if (count < minimum) continue;
      const df = phrases.documentFrequency[id]!;
      // Phrases on most of the collection's papers say nothing about any one part of it.
      if (df > n / 2) continue;
      scored.push({ id, inside: count, score: (count / members.length) * Math.log(1 + average / df) });
    }
    scored.sort((a, b) => b.score - a.score || a.id - b.id);
    return { members, scored };
  };
  const ranked = clusters.map(rank);

  // Name each cluster in the order of how well its best phrase fits it, so the cluster a
  // name fits best keeps it when two want it. Not by size: sizes move as papers come and
  // go, and a name passed from cluster to cluster would rename both.
  const bestFit = ranked.map(({ members, scored }) => Math.max(0, ...scored.map((p) => nameFit(p, members.length, phrases))));
  const order = ranked.map((_, c) => c).sort((a, b) => bestFit[b]! - bestFit[a]! || a - b);
  const names = new Map<number, number>();
  const used = new Set<string>();
  for (const c of order) {
    const { members, scored } = ranked[c]!;
    const name = chooseName(scored, members.length, clusters.length, phrases, used, complete, cohesive);
    if (name === undefined) continue;
    names.set(c, name);
    used.add(phrases.keys[name]!);
  }
  // Clusters no whole phrase names are gone; the papers that write no name make topics of
  // their own while there are fewer than wanted, each the writers of one phrase.
  const clusterOf = new Int32Array(n).fill(-1);
  clusters.forEach((members, c) => members.forEach((i) => (clusterOf[i] = c)));
  for (const { members, name } of remainderTopics(phrases, [...names.values()], wanted - names.size, used, complete, cohesive, clusterOf, writers)) {
    names.set(ranked.length, name);
    ranked.push(rank(members));
    used.add(phrases.keys[name]!);
  }

  // Areas over the named clusters.
  const named = [...names];
  const found = findAreas(named.map(([c, name]) => ({ members: ranked[c]!.members, nameKey: complete(name).key })), phrases, complete, cohesive);

  // Read back how the chosen phrases are written.
  const spelled = new Set<string>();
  for (const area of found) spelled.add(area.key).add(phrases.keys[area.phrase]!);
  const evidence = new Map<number, ScoredPhrase[]>();
  for (const [c, name] of names) {
    const { scored, members } = ranked[c]!;
    const list = [scored.find((p) => p.id === name)!, ...scored.filter((p) => p.id !== name).slice(0, evidencePerTopic - 1)];
    list.push(...coveringPhrases(list, scored, members, phrases));
    evidence.set(c, list);
    for (const p of list) spelled.add(phrases.keys[p.id]!).add(complete(p.id).key);
  }
  // Two papers using each chosen phrase show how it is written (and its words' capitals); a
  // phrase said in full needs more, as only most of them go on with its next word.
  const needed = new Map<number, number>();
  for (const list of evidence.values()) for (const p of list) needed.set(p.id, complete(p.id).key === phrases.keys[p.id] ? 2 : 8);
  for (const area of found) needed.set(area.phrase, 8);
  const picked: number[] = [];
  for (const i of visit) {
    let useful = false;
    for (const id of phrases.papers[i]!) {
      const left = needed.get(id);
      if (left === undefined || left === 0) continue;
      needed.set(id, left - 1);
      useful = true;
    }
    if (useful) picked.push(i);
  }
  const readers = picked.map((i) => phrases.docs[i]!);
  const surfaces = phraseSurfaces(readers, phrases.acronyms, spelled);
  const casing = wordCasing(readers, surfaces);

  const asWritten = (key: string): string => display(surfaces.get(key), casing);
  // A phrase that stops short is said in full (`multi-agent reinforcement learning`), as papers write it;
  // should they never write it so in one run, the phrase is not said at all rather than cut.
  const written = (id: number): string => asWritten(complete(id).key);
  const slugs = new Set(taken);
  const topics: TaxonomyTopic[] = [];
  const topicOf = new Map<number, TaxonomyTopic>();
  for (const [c, name] of names) {
    const list = evidence.get(c)!;
    const { members } = ranked[c]!;
    // The name as papers write it; should no paper write that key out as one run (hyphens and
    // stop words split text in two ways), the cluster's next phrase that they do, not a lost topic.
    const nameId = [name, ...list.map((p) => p.id)].find((id) => written(id) !== '');
    if (nameId === undefined) continue;
    const title = written(nameId);
    const displayName = title.charAt(0).toUpperCase() + title.slice(1);
    const base = slugify(displayName, { decamelize: false }) || 'topic';
    let slug = base;
    for (let k = 2; slugs.has(slug); k += 1) slug = `${base}-${k}`;
    slugs.add(slug);
    // What many of the topic's papers write, most written first: never what a few do.
    // Phrases, not single words (`nodes`, `weights`), and only those whose writers are alike: no `machine learning models`.
    const common = list
      .slice(1)
      .filter((p) => p.inside >= describeShare * members.length && phrases.lengths[p.id]! > 1 && cohesive(p.id) >= minimumCohesion)
      .sort((a, b) => b.inside - a.inside || a.id - b.id);
    const shown = distinct(shownPhrases(common, phrases, complete).map((p) => written(p.id)), title).slice(0, 3);
    const top = Math.max(...list.map((p) => p.score));
    const topic: TaxonomyTopic = {
      slug,
      name: displayName,
      description: describe(title, shown),
      aliases: aliasesOf(nameId, phrases, title, complete),
      evidence: list.flatMap((p) => {
        // Phrases as counted: a full phrase in every entry would count one mention for many.
        const acronymsOf = (key: string): string[] => (phrases.acronyms.get(key) ?? []).map((a) => a.acronym);
        const counted = asWritten(phrases.keys[p.id]!);
        const weight = round(1 + (2 * p.score) / top);
        if (p.id !== nameId) return counted === '' ? [] : [{ phrases: [counted, ...acronymsOf(phrases.keys[p.id]!)], weight }];
        // The name as said in full is what puts a paper on the topic; a paper that stops short
        // (`question answering` of `multi-hop question answering`) only has evidence of it.
        const full = complete(p.id).key;
        const named = { phrases: [title, ...acronymsOf(full)], weight: nameWeight };
        return counted === '' || counted === title ? [{ ...named, phrases: [...new Set([title, ...acronymsOf(full), ...acronymsOf(phrases.keys[p.id]!)])] }] : [named, { phrases: [counted, ...acronymsOf(phrases.keys[p.id]!)], weight }];
      }),
    };
    topics.push(topic);
    topicOf.set(c, topic);
  }

  // Each area named as its papers write it, its topics marked with it.
  const areaSlugs = new Set<string>();
  const areas: TaxonomyArea[] = [];
  for (const area of found) {
    const grouped = area.topics.map((t) => topicOf.get(named[t]![0])).filter((topic) => topic !== undefined);
    const title = written(area.phrase);
    if (grouped.length < 2 || title === '') continue;
    const name = title.charAt(0).toUpperCase() + title.slice(1);
    const base = slugify(name, { decamelize: false }) || 'area';
    let slug = base;
    for (let k = 2; areaSlugs.has(slug); k += 1) slug = `${base}-${k}`;
    areaSlugs.add(slug);
    areas.push({
      slug,
      name,
      description: describeArea(name, grouped.map((topic) => topic.name)),
      aliases: (phrases.acronyms.get(area.key) ?? phrases.acronyms.get(phrases.keys[area.phrase]!) ?? []).map((a) => a.acronym),
    });
    for (const topic of grouped) topic.area = slug;
  }
  const byName = <T extends { name: string; slug: string }>(a: T, b: T): number => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1);
  return { topics: topics.sort(byName), areas: areas.sort(byName) };
}

/**
 * Topics for the papers that write none of the names chosen: greedily, the phrase most of
 * whose writers write no name yet, written by enough of them to be a topic, said whole, no
 * broader than a topic's name may be, and written by papers at least twice as alike as the
 * collection's; its writers are the topic. At most `count`.
 */
function remainderTopics(
  phrases: CollectionPhrases,
  names: readonly number[],
  count: number,
  used: ReadonlySet<string>,
  complete: Completer,
  cohesive: (id: number) => number,
  clusterOf: Int32Array,
  writers: ReadonlyArray<readonly number[]>,
): Array<{ members: number[]; name: number }> {
  const n = phrases.papers.length;
  if (count <= 0) return [];
  const smallest = Math.max(3, Math.ceil((0.2 * n) / (names.length + count)));
  // No catch-all: a remainder topic is no larger than twice a topic's average share.
  const largest = Math.min(broadestName * n, n / (names.length + count));
  const covered = new Uint8Array(n);
  for (const name of names) for (const i of writers[name]!) covered[i] = 1;
  const taken = new Set(used);
  const candidates: number[] = [];
  for (let id = 0; id < phrases.keys.length; id += 1) {
    const df = phrases.documentFrequency[id]!;
    // Phrases only: a word alone (`nodes`, `rewards`) says too little to be a topic by itself.
    if (df >= smallest && df <= 2 * largest && phrases.numeric[id] === 0 && phrases.lengths[id]! > 1) candidates.push(id);
  }
  const found: Array<{ members: number[]; name: number }> = [];
  while (found.length < count) {
    // Candidates by papers newly reached, most first; the first that qualifies wins.
    const reach = candidates.map((id) => writers[id]!.reduce((sum, i) => sum + (1 - covered[i]!), 0));
    const order = candidates.map((_, c) => c).filter((c) => reach[c]! >= smallest && reach[c]! >= 0.5 * writers[candidates[c]!]!.length);
    order.sort((a, b) => reach[b]! - reach[a]! || candidates[a]! - candidates[b]!);
    const pick = order.map((c) => candidates[c]!).find((id) => !taken.has(phrases.keys[id]!) && !complete(id).hangs && cohesive(id) >= minimumCohesion && concentrated(writers[id]!, clusterOf));
    if (pick === undefined) break;
    found.push({ members: [...writers[pick]!], name: pick });
    taken.add(phrases.keys[pick]!);
    for (const i of writers[pick]!) covered[i] = 1;
  }
  return found;
}

/**
 * Whether most of a phrase's writers are in one cluster: a subject the neighbour graph sees
 * too. A generic phrase (`machine learning models`, `networks trained`) is written all over it.
 */
function concentrated(writers: readonly number[], clusterOf: Int32Array): boolean {
  const counts = new Map<number, number>();
  for (const i of writers) if (clusterOf[i]! >= 0) counts.set(clusterOf[i]!, (counts.get(clusterOf[i]!) ?? 0) + 1);
  return Math.max(0, ...counts.values()) >= 0.5 * writers.length;
}

/**
 * Phrases that reach the cluster's papers its leading evidence misses: greedily the phrase
 * with the best score × papers newly reached, until all but 5% are reached (at most
 * {@link coverPhrases} more), so every paper of a topic has some evidence of it.
 */
function coveringPhrases(list: ScoredPhrase[], scored: ScoredPhrase[], members: number[], phrases: CollectionPhrases): ScoredPhrase[] {
  const chosen = new Set(list.map((p) => p.id));
  const byId = new Map(scored.map((p) => [p.id, p]));
  let missed = members.filter((i) => !phrases.papers[i]!.some((id) => chosen.has(id)));
  const added: ScoredPhrase[] = [];
  while (added.length < coverPhrases && missed.length > 0.05 * members.length) {
    const reach = new Map<number, number>();
    for (const i of missed) for (const id of phrases.papers[i]!) if (byId.has(id) && !chosen.has(id)) reach.set(id, (reach.get(id) ?? 0) + 1);
    let best: ScoredPhrase | undefined;
    let bestValue = 0;
    for (const [id, count] of reach) {
      const value = count * byId.get(id)!.score;
      if (count >= 2 && (value > bestValue || (value === bestValue && best !== undefined && id < best.id))) [best, bestValue] = [byId.get(id)!, value];
    }
    if (best === undefined) break;
    added.push(best);
    chosen.add(best.id);
    missed = missed.filter((i) => !phrases.papers[i]!.includes(best.id));
  }
  return added;
}

/**
 * The cluster's name: the phrase that best fits it (see nameFit) and is not another topic's
 * name, preferring a longer phrase that most of its uses extend (`graph neural` → `graph
 * neural network`). It must be written by at least 30% of the cluster and by no more of the
 * collection than a topic may hold, its writers must be alike (see cohesion), and it must be
 * whole: never a phrase that stops short or is an artefact (see completer). A single word
 * names a cluster only when most of the papers using it are in the cluster: a word many
 * unrelated papers use (`agent`, `matrix`) is no field. None: no phrase names the cluster.
 */
function chooseName(scored: ScoredPhrase[], size: number, clusters: number, phrases: CollectionPhrases, used: ReadonlySet<string>, complete: Completer, cohesive: (id: number) => number): number | undefined {
  const byKey = new Map(scored.map((p) => [phrases.keys[p.id]!, p]));
  const candidates = [...scored].sort((a, b) => nameFit(b, size, phrases) - nameFit(a, size, phrases) || a.id - b.id);
  // Never a name that stops short (`multi-agent`, `physical`): a cluster no whole phrase names is no topic.
  for (const candidate of candidates.slice(0, 40)) {
    let best = candidate;
    // A longer phrase used by most of the same papers says the same, better.
    for (const other of scored.slice(0, 400)) {
      if (other.inside < 0.6 * best.inside || phrases.lengths[other.id]! <= phrases.lengths[best.id]!) continue;
      if (phrases.keys[other.id]!.includes(phrases.keys[best.id]!)) best = other;
    }
    const key = phrases.keys[best.id]!;
    // Not another topic's name. A narrower or wider one may stand beside it (`multi-agent
    // reinforcement learning`, `reinforcement learning`): a mention counts for the longest.
    if (!byKey.has(key) || used.has(key)) continue;
    if (best.inside < Math.max(2, nameShare * size) || complete(best.id).hangs || phrases.numeric[best.id] === 1) continue;
    // A single word names a cluster only if it is no more common than the cluster and mostly in it.
    const df = phrases.documentFrequency[best.id]!;
    if (phrases.lengths[best.id] === 1 && (best.inside < 0.5 * df || df > size)) continue;
    // A phrase on more of the collection than a topic may hold names an area, not a topic.
    if (df > Math.max(broadestName, 2 / clusters) * phrases.papers.length) continue;
    // Papers writing a subject have more in common than the collection; writers of a generic phrase do not.
    if (cohesive(best.id) < minimumCohesion) continue;
    return best.id;
  }
  return undefined;
}

/**
 * How much more alike the papers writing a phrase are than the collection's papers: the mean
 * cosine similarity of their vectors over all pairs, the phrase's own feature left out,
 * divided by the collection's (both from vector sums: the sum of pairwise dot products is
 * (|Σv|² − Σ|v|²) / 2).
 */
function cohesion(phrases: CollectionPhrases, writers: ReadonlyArray<readonly number[]>): (id: number) => number {
  const { vectors } = phrases;
  let dimensions = 0;
  for (const v of vectors) for (const f of v.indices) dimensions = Math.max(dimensions, f + 1);
  // Without the phrase's own feature: its writers all have it, which says nothing of what else they share.
  const meanSimilarity = (members: Iterable<number>, without = -1): number => {
    const sum = new Float64Array(dimensions);
    let squares = 0;
    let m = 0;
    for (const i of members) {
      const v = vectors[i]!;
      v.indices.forEach((f, k) => {
        if (f === without) return;
        sum[f]! += v.values[k]!;
        squares += v.values[k]! * v.values[k]!;
      });
      m += 1;
    }
    if (m < 2) return 0;
    let total = 0;
    for (const x of sum) total += x * x;
    return (total - squares) / (m * (m - 1));
  };
  const collection = meanSimilarity(vectors.keys()) || 1;
  const memo = new Map<number, number>();
  return (id) => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const ratio = meanSimilarity(writers[id]!, phrases.features[id]) / collection;
    memo.set(id, ratio);
    return ratio;
  };
}

/** A phrase said in full: its key with the words that usually come before and after it, and whether it still stops short (or is an artefact). */
type Completer = (id: number) => { key: string; hangs: boolean };

/**
 * Says each phrase in full: while the collection mostly goes on with the same next word,
 * that word is added (at most two), so `multi-agent reinforcement` reads `multi-agent
 * reinforcement learning` though phrases are counted up to three words. The result stops
 * short if it is a counted phrase that does, or ends with a word that mostly modifies another.
 */
function completer(phrases: CollectionPhrases, ids: ReadonlyMap<string, number>): Completer {
  const memo = new Map<number, { key: string; hangs: boolean }>();
  return (id) => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    let key = phrases.keys[id]!;
    let hangs = phrases.dangling[id] === 1;
    for (let at = id, step = 0; step < 2 && phrases.next[at]! >= 0; step += 1) {
      const word = phrases.next[at]!;
      key += phrases.keys[word]!;
      const longer = ids.get(key);
      hangs = phrases.dangling[longer ?? word] === 1;
      if (longer === undefined) break;
      at = longer;
    }
    // Cut on the left too (`carlo tree search`): the word most of its papers write before it.
    for (let at = id, step = 0; at >= 0 && phrases.previous[at]! >= 0; step += 1) {
      if (step === 2) {
        hangs = true;
        break;
      }
      const word = phrases.previous[at]!;
      key = phrases.keys[word]! + key;
      // On from the pair the new word makes with the first one (`non` before `small cell`).
      at = ids.get(phrases.keys[word]! + phrases.keys[phrases.firsts[at]!]!) ?? -1;
    }
    // Said in full, a phrase may turn out to be a text artefact (`center` → `center dot`): no name either.
    const full = ids.get(key);
    if (phrases.numeric[id] === 1 || (full !== undefined && phrases.numeric[full] === 1)) hangs = true;
    const result = { key, hangs };
    memo.set(id, result);
    return result;
  };
}

/**
 * How well a phrase tells a cluster's papers from the rest: share of the cluster using it
 * times share of its papers in the cluster; a word alone says less than a phrase.
 */
function nameFit(p: ScoredPhrase, size: number, phrases: CollectionPhrases): number {
  // The geometric mean of the two shares (Ochiai): a name most of the cluster writes, and few outside it.
  return (p.inside / Math.sqrt(size * phrases.documentFrequency[p.id]!)) * (phrases.lengths[p.id] === 1 ? singleWordFactor : 1);
}

/** One line from the phrases the cluster's papers share. */
function describe(name: string, shown: string[]): string {
  if (shown.length === 0) return `Papers on ${name}.`;
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return `Papers on ${name}, often about ${list}.`;
}

/**
 * Phrases worth showing a reader: whole phrases (or said in full) before single words, and no
 * fragment of a longer phrase used by most of the same papers (`deep reinforcement` of `deep reinforcement learning`).
 */
function shownPhrases(list: ScoredPhrase[], phrases: CollectionPhrases, complete: Completer): ScoredPhrase[] {
  const whole = list.filter(
    (p) =>
      !complete(p.id).hangs && !list.some((o) => o !== p && phrases.lengths[o.id]! > phrases.lengths[p.id]! && o.inside >= 0.6 * p.inside && phrases.keys[o.id]!.includes(phrases.keys[p.id]!)),
  );
  return [...whole.filter((p) => phrases.lengths[p.id]! > 1), ...whole.filter((p) => phrases.lengths[p.id] === 1)];
}

/**
 * Other names of a topic: the acronyms the collection defines for its name, said in full or
 * as counted (`GNN` for graph neural networks); never another phrase's (`GCN`, `SSGD`).
 */
function aliasesOf(nameId: number, phrases: CollectionPhrases, name: string, complete: Completer): string[] {
  const aliases = [complete(nameId).key, phrases.keys[nameId]!].flatMap((key) => (phrases.acronyms.get(key) ?? []).map((a) => a.acronym));
  return [...new Set(aliases)].filter((alias) => alias.toLowerCase() !== name.toLowerCase());
}

/** Phrases not already said by the name or an earlier phrase. */
function distinct(texts: string[], name: string): string[] {
  const said = [name.toLowerCase()];
  const out: string[] = [];
  for (const text of texts) {
    const lower = text.toLowerCase();
    if (said.some((s) => s.includes(lower) || lower.includes(s))) continue;
    said.push(lower);
    out.push(text);
  }
  return out;
}

/**
 * How to show a phrase: its most frequent spelling, in the plural when the collection
 * often writes it so (`graph neural networks`), each word in the case the collection
 * mostly writes it (`ImageNet`, `BERT`).
 */
function display(forms: ReadonlyMap<string, number> | undefined, casing: ReadonlyMap<string, string>): string {
  if (forms === undefined || forms.size === 0) return '';
  const entries = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let [surface, count] = entries[0]!;
  // Prefer the plural when it is at least a quarter as common: fields are named in the plural.
  for (const [other, otherCount] of entries) {
    if (other.endsWith('s') && !surface.endsWith('s') && other.slice(0, -1) === surface && otherCount >= 0.25 * count) {
      [surface, count] = [other, otherCount];
    }
  }
  return surface
    .split(' ')
    .map((word) => casing.get(word) ?? word)
    .join(' ');
}

/** Words the collection mostly writes with capitals inside (`BERT`, `ImageNet`), as written. */
function wordCasing(texts: ReadonlyArray<string>, surfaces: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, string> {
  const words = new Set<string>();
  for (const forms of surfaces.values()) for (const surface of forms.keys()) for (const word of surface.split(' ')) words.add(word);
  const tally = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
      const lower = word.toLowerCase();
      if (!words.has(lower)) continue;
      const forms = tally.get(lower) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      tally.set(lower, forms);
    }
  }
  const casing = new Map<string, string>();
  for (const [lower, forms] of tally) {
    const total = [...forms.values()].reduce((a, b) => a + b, 0);
    // Capitals inside a word (not just a sentence's first letter) make it a name.
    // Each part of a hyphenated word on its own: `Meta-Reinforcement` in a title is no name.
    const named = [...forms].filter(([form]) => form.split('-').some((part) => /\p{Lu}/u.test(part.slice(1)))).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const namedCount = named.reduce((sum, [, c]) => sum + c, 0);
    if (named.length > 0 && namedCount >= 0.5 * total) casing.set(lower, named[0]![0]);
  }
  return casing;
}

/** FNV-1a hash of a text: a stable 32-bit key for a paper. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
