import { detectCommunities, type WeightedGraph } from '../text-model/detect-communities.ts';
import { nearestNeighbours } from '../text-model/nearest-neighbours.ts';
import type { SparseVector } from '../text-model/tfidf.ts';

/**
 * The symmetric k-nearest-neighbour graph of the vectors, each edge weighted by the pair's
 * cosine similarity (an edge either paper chose). The search is exact whatever its posting
 * budget: topics are learned from at most 3,000 papers, whose exact search takes under a
 * second, while the pruned one would move a few edges and so the communities and topic ids.
 */
export function similarityGraph(vectors: ReadonlyArray<SparseVector>, k: number): WeightedGraph {
  const n = vectors.length;
  const table = nearestNeighbours(vectors, k, { budget: Infinity });
  const rows = Array.from({ length: n }, () => new Map<number, number>());
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const other = table.indices[i * k + j]!;
      if (other < 0) break;
      // On a grid of 2⁻³⁰: sums of weights are then exact, so Louvain's choices do not depend on
      // the order papers (and their phrases) come in, which changes the last digits of a cosine.
      const s = Math.round(table.similarities[i * k + j]! * 2 ** 30) / 2 ** 30;
      rows[i]!.set(other, s);
      rows[other]!.set(i, s);
    }
  }
  return graphOf(rows);
}

/** The graph induced by some nodes (`members`, in that order): node `m` of it is `members[m]`. */
export function subgraph(graph: WeightedGraph, members: readonly number[]): WeightedGraph {
  const local = new Map(members.map((node, m) => [node, m]));
  const rows = members.map((node) => {
    const row = new Map<number, number>();
    graph.neighbours[node]!.forEach((other, e) => {
      const m = local.get(other);
      if (m !== undefined) row.set(m, graph.weights[node]![e]!);
    });
    return row;
  });
  return graphOf(rows);
}

/**
 * Louvain communities at the resolution whose number of communities of at least `smallest`
 * nodes is closest to `k` (bisection on the resolution, on a log scale; ties: the first found).
 */
export function communitiesNear(graph: WeightedGraph, k: number, smallest: number, order: ArrayLike<number>): Int32Array {
  let [low, high] = [0.05, 50];
  let best: Int32Array | undefined;
  let bestMiss = Infinity;
  for (let step = 0; step < 24; step += 1) {
    const resolution = Math.sqrt(low * high);
    const labels = detectCommunities(graph, { resolution, order });
    const found = countLarge(labels, smallest);
    if (Math.abs(found - k) < bestMiss) [best, bestMiss] = [labels, Math.abs(found - k)];
    if (found === k) break;
    if (found < k) low = resolution;
    else high = resolution;
  }
  return best ?? new Int32Array(graph.neighbours.length);
}

/** For each node, the summed weight of its edges into each group (`groupOf`, −1: none), as a map from group to weight. */
export function linksToGroups(graph: WeightedGraph, node: number, groupOf: ArrayLike<number>): Map<number, number> {
  const links = new Map<number, number>();
  graph.neighbours[node]!.forEach((other, e) => {
    const group = groupOf[other]!;
    if (group >= 0) links.set(group, (links.get(group) ?? 0) + graph.weights[node]![e]!);
  });
  return links;
}

/** How many labels hold at least `smallest` nodes. */
function countLarge(labels: Int32Array, smallest: number): number {
  const sizes = new Map<number, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  let large = 0;
  for (const size of sizes.values()) if (size >= smallest) large += 1;
  return large;
}

function graphOf(rows: ReadonlyArray<ReadonlyMap<number, number>>): WeightedGraph {
  const sorted = rows.map((row) => [...row.keys()].sort((a, b) => a - b));
  return { neighbours: sorted.map((ids) => Int32Array.from(ids)), weights: sorted.map((ids, i) => Float64Array.from(ids, (id) => rows[i]!.get(id)!)) };
}
