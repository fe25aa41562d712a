/** A weighted undirected graph as adjacency lists: `neighbours[i]` and `weights[i]` side by side. */
export interface WeightedGraph {
  neighbours: Int32Array[];
  weights: Float64Array[];
}

/** Options of {@link detectCommunities}. */
export interface CommunityOptions {
  /** Modularity resolution: higher gives more, smaller communities. Default 1. */
  resolution?: number;
  /**
   * The order nodes are visited in (a permutation of `0 … n-1`); default their index. An
   * order from a hash of each node's content makes the result independent of input order.
   */
  order?: ArrayLike<number>;
}

/**
 * Communities of a graph by the Louvain method (Blondel et al. 2008): nodes move to the
 * neighbouring community that most raises modularity (with resolution γ), then each
 * community becomes one node and the moves repeat, until nothing moves. Nodes are visited
 * in a fixed order, so it is deterministic. Returns the community of each node, numbered
 * by first appearance in that order.
 */
export function detectCommunities(graph: WeightedGraph, options: CommunityOptions = {}): Int32Array {
  const n = graph.neighbours.length;
  const gamma = options.resolution ?? 1;
  let order = Int32Array.from(options.order ?? Array.from({ length: n }, (_, i) => i));
  let level: WeightedGraph = graph;
  // Community of each original node, refined level by level.
  let membership = Int32Array.from({ length: n }, (_, i) => i);
  for (let pass = 0; pass < 20; pass += 1) {
    const { labels, moved } = moveNodes(level, gamma, order);
    if (!moved) break;
    // Renumber communities by first appearance in the visiting order.
    const size = level.neighbours.length;
    const renumber = new Int32Array(size).fill(-1);
    let count = 0;
    for (const node of order) if (renumber[labels[node]!]! < 0) renumber[labels[node]!] = count++;
    membership = membership.map((c) => renumber[labels[c]!]!);
    level = aggregate(level, labels, renumber, count);
    order = Int32Array.from({ length: count }, (_, i) => i);
  }
  // Final numbering by first appearance in the original order.
  const first = new Int32Array(n).fill(-1);
  let count = 0;
  const visit = Int32Array.from(options.order ?? Array.from({ length: n }, (_, i) => i));
  for (const node of visit) if (first[membership[node]!]! < 0) first[membership[node]!] = count++;
  return membership.map((c) => first[c]!);
}

/** Local moving phase: sweeps until no node changes community. */
function moveNodes(graph: WeightedGraph, gamma: number, order: Int32Array): { labels: Int32Array; moved: boolean } {
  const n = graph.neighbours.length;
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    let s = 0;
    for (const w of graph.weights[i]!) s += w;
    strength[i] = s;
    total += s;
  }
  const labels = Int32Array.from({ length: n }, (_, i) => i);
  if (total === 0) return { labels, moved: false };
  const communityStrength = Float64Array.from(strength);
  const linkTo = new Float64Array(n);
  const touched: number[] = [];
  let moved = false;
  for (let sweep = 0; sweep < 50; sweep += 1) {
    let changes = 0;
    for (const node of order) {
      const own = labels[node]!;
      const neighbours = graph.neighbours[node]!;
      const weights = graph.weights[node]!;
      touched.length = 0;
      for (let e = 0; e < neighbours.length; e += 1) {
        const other = neighbours[e]!;
        if (other === node) continue;
        const c = labels[other]!;
        if (linkTo[c] === 0) touched.push(c);
        linkTo[c]! += weights[e]!;
      }
      const k = strength[node]!;
      communityStrength[own]! -= k;
      // Gain of joining community c: links to c − γ · k · strength(c) / 2m.
      let best = own;
      let bestGain = linkTo[own]! - (gamma * k * communityStrength[own]!) / total;
      for (const c of touched) {
        const gain = linkTo[c]! - (gamma * k * communityStrength[c]!) / total;
        if (gain > bestGain + 1e-12) [best, bestGain] = [c, gain];
      }
      for (const c of touched) linkTo[c] = 0;
      linkTo[own] = 0;
      communityStrength[best]! += k;
      if (best !== own) {
        labels[node] = best;
        changes += 1;
        moved = true;
      }
    }
    if (changes === 0) break;
  }
  return { labels, moved };
}

/** The graph of communities: one node per community, edge weights summed (self-loops kept). */
function aggregate(graph: WeightedGraph, labels: Int32Array, renumber: Int32Array, count: number): WeightedGraph {
  const rows = Array.from({ length: count }, () => new Map<number, number>());
  graph.neighbours.forEach((neighbours, i) => {
    const a = renumber[labels[i]!]!;
    const weights = graph.weights[i]!;
    for (let e = 0; e < neighbours.length; e += 1) {
      const b = renumber[labels[neighbours[e]!]!]!;
      rows[a]!.set(b, (rows[a]!.get(b) ?? 0) + weights[e]!);
    }
  });
  return {
    neighbours: rows.map((row) => Int32Array.from([...row.keys()].sort((x, y) => x - y))),
    weights: rows.map((row) => Float64Array.from([...row.keys()].sort((x, y) => x - y), (key) => row.get(key)!)),
  };
}
