import type { NeighbourTable } from '../text-model/nearest-neighbours.ts';

/** An undirected weighted graph as parallel edge arrays, each pair once (`heads[e] < tails[e]`). */
export interface NeighbourGraph {
  heads: Int32Array;
  tails: Int32Array;
  /** Membership strength of each edge, in (0, 1]. */
  weights: Float64Array;
}

/**
 * UMAP's fuzzy neighbour graph (McInnes et al. 2018, §3.1): each vector's neighbour distances
 * (cosine distance) are shifted by the nearest one and scaled so their memberships sum to
 * log2(k), which makes dense and sparse regions count alike; the directed memberships are then
 * joined by fuzzy union, `a + b − ab`. Deterministic: edges follow the table's order.
 */
export function neighbourGraph(table: NeighbourTable): NeighbourGraph {
  const { k, indices, similarities } = table;
  const n = indices.length / Math.max(k, 1);
  const target = Math.log2(Math.max(k, 2));
  const pairs = new Map<number, number>();
  const order: number[] = [];
  const distances = new Float64Array(k);
  for (let i = 0; i < n; i += 1) {
    let count = 0;
    for (let j = 0; j < k && indices[i * k + j]! >= 0; j += 1) distances[count++] = 1 - similarities[i * k + j]!;
    if (count === 0) continue;
    const rho = distances[0]!;
    const sigma = findSigma(distances, count, rho, target);
    for (let j = 0; j < count; j += 1) {
      const other = indices[i * k + j]!;
      const membership = Math.exp(-Math.max(0, distances[j]! - rho) / sigma);
      const key = Math.min(i, other) * n + Math.max(i, other);
      const previous = pairs.get(key);
      if (previous === undefined) order.push(key);
      pairs.set(key, previous === undefined ? membership : previous + membership - previous * membership);
    }
  }
  const heads = new Int32Array(order.length);
  const tails = new Int32Array(order.length);
  const weights = new Float64Array(order.length);
  order.forEach((key, e) => {
    heads[e] = Math.floor(key / n);
    tails[e] = key % n;
    weights[e] = pairs.get(key)!;
  });
  return { heads, tails, weights };
}

/** Binary search for the scale at which the memberships of one vector's neighbours sum to `target`. */
function findSigma(distances: Float64Array, count: number, rho: number, target: number): number {
  let low = 0;
  let high = Infinity;
  let sigma = 1;
  for (let step = 0; step < 64; step += 1) {
    let sum = 0;
    for (let j = 0; j < count; j += 1) sum += Math.exp(-Math.max(0, distances[j]! - rho) / sigma);
    if (Math.abs(sum - target) < 1e-5) break;
    if (sum > target) {
      high = sigma;
      sigma = (low + high) / 2;
    } else {
      low = sigma;
      sigma = high === Infinity ? sigma * 2 : (low + high) / 2;
    }
  }
  return Math.max(sigma, 1e-3);
}
