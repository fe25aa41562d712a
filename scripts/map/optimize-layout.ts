import type { NeighbourGraph } from './neighbour-graph.ts';
import { seededRandom } from '../text-model/seeded-random.ts';

/** Options of {@link optimizeLayout}. */
export interface OptimizeLayoutOptions {
  /** Passes over the graph. Default 300. */
  epochs?: number;
  /** Seed of the negative samples. Default 1. */
  seed?: number;
  /** Random non-neighbours pushed away per pull along an edge. Default 5. */
  negativeSamples?: number;
  /** Strength of the push relative to the pull. Default 1. */
  repulsion?: number;
}

/**
 * UMAP's layout optimization (McInnes et al. 2018, §3.2) in two dimensions: stochastic
 * gradient descent that pulls each edge's ends together, each edge as often as its weight
 * warrants, and pushes each end away from a few random points. Uses the Cauchy kernel
 * `1 / (1 + d²)` (UMAP with a = b = 1), which needs no `Math.pow` and so runs several times
 * faster. Works in place on `positions` (`[x0, y0, x1, y1, …]`) and returns it.
 */
export function optimizeLayout(positions: Float64Array, graph: NeighbourGraph, options: OptimizeLayoutOptions = {}): Float64Array {
  const epochs = options.epochs ?? 300;
  const negatives = options.negativeSamples ?? 5;
  const gamma = options.repulsion ?? 1;
  const random = seededRandom(options.seed ?? 1);
  const n = positions.length / 2;
  const { heads, tails, weights } = graph;
  const edges = heads.length;
  if (n < 2 || edges === 0) return positions;

  // An edge of the strongest weight is sampled every epoch, weaker ones proportionally less.
  let strongest = 0;
  for (const w of weights) strongest = Math.max(strongest, w);
  const every = Float64Array.from(weights, (w) => (w > strongest / epochs ? strongest / w : -1));
  const next = Float64Array.from(every);

  const clip = (value: number): number => (value > 4 ? 4 : value < -4 ? -4 : value);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const alpha = 1 - epoch / epochs;
    for (let e = 0; e < edges; e += 1) {
      if (every[e]! < 0 || next[e]! > epoch) continue;
      next[e]! += every[e]!;
      const a = heads[e]!;
      const b = tails[e]!;
      // Pull both ends together.
      let dx = positions[2 * a]! - positions[2 * b]!;
      let dy = positions[2 * a + 1]! - positions[2 * b + 1]!;
      let d2 = dx * dx + dy * dy;
      if (d2 > 0) {
        const pull = -2 / (1 + d2);
        const gx = clip(pull * dx) * alpha;
        const gy = clip(pull * dy) * alpha;
        positions[2 * a]! += gx;
        positions[2 * a + 1]! += gy;
        positions[2 * b]! -= gx;
        positions[2 * b + 1]! -= gy;
      }
      // Push each end away from a few random points.
      for (const end of [a, b]) {
        for (let s = 0; s < negatives; s += 1) {
          const other = Math.floor(random() * n);
          if (other === end) continue;
          dx = positions[2 * end]! - positions[2 * other]!;
          dy = positions[2 * end + 1]! - positions[2 * other + 1]!;
          d2 = dx * dx + dy * dy;
          const push = d2 > 0 ? (2 * gamma) / ((0.001 + d2) * (1 + d2)) : 0;
          positions[2 * end]! += (push > 0 ? clip(push * dx) : 4) * alpha;
          positions[2 * end + 1]! += (push > 0 ? clip(push * dy) : 4) * alpha;
        }
      }
    }
  }
  return positions;
}
