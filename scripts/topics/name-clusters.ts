import type { WeightedGraph } from '../text-model/detect-communities.ts';
import { clusterVectors, similarity } from '../text-model/cluster-vectors.ts';
import type { SparseVector } from '../text-model/tfidf.ts';
import { chooseName, nameFit, type PhraseNamer } from './phrase-names.ts';
import { communitiesNear, linksToGroups, subgraph } from './topic-graph.ts';

/** A cluster waiting for a name, and the community it was cut from. */
interface Pending {
  members: number[];
  region: number[];
}

/** A group of papers and the phrase that names it. */
export interface NamedGroup {
  /** Paper indices, ascending. */
  members: number[];
  /** Phrase id of the name. */
  name: number;
}

/** Share of the collection above which a cluster is split in two: below 15%, as evidence moves a few papers. */
const largestShare = 0.1;
/** Times a topic's average size above which a cluster is cut into finer ones. */
const largestFactor = 2;
/** Times a cluster no phrase names is cut into finer ones before its papers join their neighbours' topics. */
const splitDepth = 2;

/**
 * Clusters of the papers, each named by a phrase most of its papers write. Louvain
 * communities of the neighbour graph at the resolution that gives about `k` of them (papers
 * visited in `keys` order, so input order does not matter), those above 10% of the papers
 * split, those too small to be a topic joined to the one they link to most. A cluster no
 * phrase names is cut into finer communities, which are named in turn (twice at most): in a
 * broad field the papers of one subject write many words for it, so a finer cluster is more
 * often named by one. Papers of clusters still unnamed join the named cluster their
 * neighbours are in, so no subject is emptied into Other. Deterministic.
 */
export function namedClusters(vectors: ReadonlyArray<SparseVector>, graph: WeightedGraph, k: number, keys: ArrayLike<number>, namer: PhraseNamer): { named: NamedGroup[]; unnamed: number[]; clusterOf: Int32Array } {
  const n = vectors.length;
  const smallest = Math.max(3, Math.ceil((0.2 * n) / k));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const communities = byFirstKey(splitLarge(byFirstKey(groupLabels(communitiesNear(graph, k, smallest, order), graph, smallest, vectors), keys), vectors, keys, n, k), keys);
  // Each cluster keeps the community it was cut from as its region: in a dense field the writers
  // of a subject's name are spread over the parts, and are still one region's.
  let pending: Pending[] = communities.map((members) => ({ members, region: members }));
  // A cluster more than twice a topic's average size is cut too: a dense field (every paper on
  // phenomenology writes alike) would otherwise be one topic of hundreds of papers.
  for (let pass = 0; pass < 3; pass += 1) {
    pending = pending.flatMap((item) => {
      if (item.members.length <= (largestFactor * n) / k) return [item];
      const parts = splitCluster(graph, item.members, smallest, keys);
      return parts.length > 1 ? parts.map((members) => ({ members, region: item.region })) : [item];
    });
  }
  const named: NamedGroup[] = [];
  const used = new Set<string>();
  const unnamed: number[][] = [];
  for (let depth = 0; pending.length > 0; depth += 1) {
    const { groups, left } = nameInFitOrder(byFirstKey(pending, keys, (item) => item.members), namer, k, used);
    named.push(...groups);
    // Cut what no phrase names into finer clusters, while they stay large enough to be topics.
    pending = [];
    for (const item of left) {
      const parts = depth < splitDepth && item.members.length >= 2 * smallest ? splitCluster(graph, item.members, smallest, keys) : [];
      if (parts.length > 1) pending.push(...parts.map((members) => ({ members, region: item.region })));
      else unnamed.push(item.members);
    }
  }
  // The cluster of each paper as last cut, for telling a subject from a phrase written all over.
  const clusterOf = new Int32Array(n).fill(-1);
  [...named.map((group) => group.members), ...unnamed].forEach((members, c) => members.forEach((i) => (clusterOf[i] = c)));
  return { named, unnamed: unnamed.flat().sort((a, b) => a - b), clusterOf };
}

/**
 * Names clusters in the order of how well their best phrase fits them, so the cluster a name
 * fits best keeps it when two want it. Not by size: sizes move as papers come and go, and a
 * name passed from cluster to cluster would rename both.
 */
function nameInFitOrder(clusters: readonly Pending[], namer: PhraseNamer, k: number, used: Set<string>): { groups: NamedGroup[]; left: Pending[] } {
  const ranked = clusters.map((item) => ({ ...item, scored: namer.rank(item.members, k) }));
  // Rounded, so that ties (broken by the clusters' order, which follows the papers' keys) do not hang on the last digits.
  const bestFit = ranked.map(({ members, scored }) => Math.round(Math.max(0, ...scored.map((p) => nameFit(p, members.length, namer.phrases))) * 1e9) / 1e9);
  const order = ranked.map((_, c) => c).sort((a, b) => bestFit[b]! - bestFit[a]! || a - b);
  const groups: NamedGroup[] = [];
  const left: Pending[] = [];
  for (const c of order) {
    const { members, region, scored } = ranked[c]!;
    const inRegion = new Set(region);
    const near = (id: number): number => namer.writers[id]!.reduce((sum, i) => sum + (inRegion.has(i) ? 1 : 0), 0);
    const name = chooseName(namer, scored, members.length, k, used, near);
    if (name === undefined) {
      left.push({ members, region });
      continue;
    }
    groups.push({ members, name });
    used.add(namer.phrases.keys[name]!);
  }
  return { groups, left };
}

/** A cluster cut into finer communities of its own subgraph (two to four, each of at least `smallest` papers), or none. */
function splitCluster(graph: WeightedGraph, members: readonly number[], smallest: number, keys: ArrayLike<number>): number[][] {
  const inner = subgraph(graph, members);
  const order = members.map((_, m) => m).sort((a, b) => keys[members[a]!]! - keys[members[b]!]! || a - b);
  const wanted = Math.min(4, Math.floor(members.length / smallest));
  const labels = communitiesNear(inner, wanted, smallest, order);
  const parts = new Map<number, number[]>();
  labels.forEach((label, m) => parts.set(label, [...(parts.get(label) ?? []), members[m]!]));
  const large = byFirstKey([...parts.values()].filter((part) => part.length >= smallest), keys);
  if (large.length < 2) return [];
  // Papers of parts too small to stand alone go with the part they link to most.
  const partOf = new Int32Array(graph.neighbours.length).fill(-1);
  large.forEach((part, p) => part.forEach((i) => (partOf[i] = p)));
  for (const part of parts.values()) {
    if (part.length >= smallest) continue;
    for (const i of part) {
      const links = linksToGroups(graph, i, partOf);
      let best = 0;
      for (const [p, weight] of links) if (weight > (links.get(best) ?? 0) || (weight === links.get(best) && p < best)) best = p;
      large[best]!.push(i);
    }
  }
  return large.map((part) => part.sort((a, b) => a - b));
}

/**
 * Papers of clusters no phrase names join a named one: in rounds, each the named cluster its
 * neighbours in the graph are most in (weighted), so a paper linked only to other unnamed
 * papers follows them; one linked to none joins the cluster whose centre it is most like.
 */
export function joinNeighbours(named: NamedGroup[], papers: readonly number[], graph: WeightedGraph, vectors: ReadonlyArray<SparseVector>): void {
  if (named.length === 0 || papers.length === 0) return;
  const groupOf = new Int32Array(graph.neighbours.length).fill(-1);
  named.forEach((group, g) => group.members.forEach((i) => (groupOf[i] = g)));
  let waiting = [...papers].sort((a, b) => a - b);
  for (let round = 0; round < 10 && waiting.length > 0; round += 1) {
    const joined = waiting.map((i) => bestLinked(linksToGroups(graph, i, groupOf)));
    // All of a round's choices are made before any is applied, so the order of papers does not matter.
    waiting.forEach((i, w) => {
      if (joined[w]! >= 0) groupOf[i] = joined[w]!;
    });
    const still = waiting.filter((_, w) => joined[w]! < 0);
    if (still.length === waiting.length) break;
    waiting = still;
  }
  if (waiting.length > 0) {
    const centres = named.map((group) => centre(group.members.map((i) => vectors[i]!)));
    for (const i of waiting) groupOf[i] = mostSimilar(vectors[i]!, centres);
  }
  for (const i of papers) named[groupOf[i]!]!.members.push(i);
  for (const group of named) group.members.sort((a, b) => a - b);
}

function bestLinked(links: ReadonlyMap<number, number>): number {
  let best = -1;
  let top = 0;
  for (const [group, weight] of links) if (weight > top || (weight === top && group < best)) [best, top] = [group, weight];
  return best;
}

/** Clusters above 10% of the papers split in two by 2-means (keys seed it), until none is. */
function splitLarge(clusters: number[][], vectors: ReadonlyArray<SparseVector>, keys: ArrayLike<number>, n: number, k: number): number[][] {
  for (let guard = 0; guard < k; guard += 1) {
    const big = clusters.findIndex((members) => members.length > largestShare * n);
    if (big < 0) break;
    const members = clusters[big]!;
    const halves = clusterVectors(members.map((i) => vectors[i]!), 2, { keys: members.map((i) => keys[i]!), iterations: 30, tolerance: 0.002 }).labels;
    const parts = [0, 1].map((h) => members.filter((_, m) => halves[m] === h));
    if (parts.some((part) => part.length === 0)) break;
    clusters.splice(big, 1, ...parts);
  }
  return clusters;
}

/**
 * Communities as lists of papers: a paper of a community too small to be a topic joins the
 * one it is most linked to (or, with no link to any, the one its vector is most like).
 */
function groupLabels(labels: Int32Array, graph: WeightedGraph, smallest: number, vectors: ReadonlyArray<SparseVector>): number[][] {
  const members = new Map<number, number[]>();
  labels.forEach((label, i) => members.set(label, [...(members.get(label) ?? []), i]));
  const kept = [...members.keys()].filter((label) => members.get(label)!.length >= smallest).sort((a, b) => a - b);
  const index = new Map(kept.map((label, c) => [label, c]));
  const clusters: number[][] = kept.map((label) => [...members.get(label)!]);
  if (clusters.length === 0) return [Array.from({ length: labels.length }, (_, i) => i)];
  const clusterOf = Int32Array.from(labels, (label) => index.get(label) ?? -1);
  const centres = clusters.map((list) => centre(list.map((i) => vectors[i]!)));
  labels.forEach((label, i) => {
    if (index.has(label) || vectors[i]!.indices.length === 0) return;
    const best = bestLinked(linksToGroups(graph, i, clusterOf));
    clusters[best >= 0 ? best : mostSimilar(vectors[i]!, centres)]!.push(i);
  });
  return clusters.map((list) => list.sort((a, b) => a - b));
}

/**
 * Clusters in the order of their papers' smallest key: an order that does not depend on the
 * order papers come in, so ties between clusters are broken the same way on every run.
 */
function byFirstKey<T>(clusters: T[], keys: ArrayLike<number>, membersOf: (cluster: T) => readonly number[] = (cluster) => cluster as unknown as number[]): T[] {
  const first = (cluster: T): number => membersOf(cluster).reduce((low, i) => Math.min(low, keys[i]!), Infinity);
  return clusters.map((cluster) => ({ cluster, key: first(cluster) })).sort((a, b) => a.key - b.key).map(({ cluster }) => cluster);
}

/** Unit-length mean of sparse vectors, dense. */
export function centre(vectors: ReadonlyArray<SparseVector>): Float64Array {
  let dimensions = 0;
  for (const v of vectors) for (const id of v.indices) dimensions = Math.max(dimensions, id + 1);
  const sum = new Float64Array(dimensions);
  for (const v of vectors) v.indices.forEach((id, t) => (sum[id]! += v.values[t]!));
  const norm = Math.sqrt(sum.reduce((a, x) => a + x * x, 0)) || 1;
  return sum.map((x) => x / norm);
}

/** The most similar centre (ties: the first). */
function mostSimilar(v: SparseVector, centres: ReadonlyArray<Float64Array>): number {
  let best = 0;
  let top = -Infinity;
  centres.forEach((c, j) => {
    const s = similarity(v, c);
    if (s > top) [best, top] = [j, s];
  });
  return best;
}
