// map stage: takes TF-IDF vectors and their neighbours, gives each paper's place on the 2-D map and the topics' anchors (map.json).
import { fitUnitSquare } from './fit-unit-square.ts';
import { nearestNeighbours, type NeighbourTable } from '../text-model/nearest-neighbours.ts';
import { neighbourGraph } from './neighbour-graph.ts';
import { optimizeLayout } from './optimize-layout.ts';
import { principalComponents } from './principal-components.ts';
import { seededRandom } from '../text-model/seeded-random.ts';
import type { SparseVector } from '../text-model/tfidf.ts';

/** Options of {@link layoutMap}. */
export interface LayoutMapOptions {
  /** Seed of every random choice; the same seed and vectors give the same points. Default 1. */
  seed?: number;
  /** Neighbours per paper in the graph the layout keeps together. Default 10. */
  neighbours?: number;
  /** A nearest-neighbour table already computed for these vectors (its `k` wins over `neighbours`). */
  table?: NeighbourTable;
  /** Passes of the force layout. Default 300, and 200 from 2,000 documents on (UMAP's own rule: big graphs settle sooner and each pass costs more). */
  epochs?: number;
}

/**
 * Places each document on a 2-D map where similar documents sit close together: a UMAP-style
 * layout (https://arxiv.org/abs/1802.03426) of the k-nearest-neighbour graph of the TF-IDF
 * vectors, started from their first two principal components. Deterministic; about
 * O(n·k·epochs) after the neighbour search. Returns `[x, y]` per vector, in input order, in the
 * unit square (x spans 0–1, y runs down from 0).
 */
export function layoutMap(vectors: ReadonlyArray<SparseVector>, options: LayoutMapOptions = {}): Array<[number, number]> {
  const seed = options.seed ?? 1;
  const n = vectors.length;
  if (n === 0) return [];
  const graph = neighbourGraph(options.table ?? nearestNeighbours(vectors, Math.min(options.neighbours ?? 10, n - 1)));
  const positions = initialPositions(vectors, seed);
  optimizeLayout(positions, graph, { epochs: options.epochs ?? (n < 2000 ? 300 : 200), seed });
  return fitUnitSquare(positions);
}

/** Principal components scaled to a 10-unit spread (UMAP's), with a tiny seeded jitter so identical papers can part. */
function initialPositions(vectors: ReadonlyArray<SparseVector>, seed: number): Float64Array {
  const positions = principalComponents(vectors, seed);
  let extent = 0;
  for (const value of positions) extent = Math.max(extent, Math.abs(value));
  const random = seededRandom(seed + 1);
  for (let i = 0; i < positions.length; i += 1) positions[i] = (positions[i]! / (extent || 1)) * 5 + (random() - 0.5) * 1e-3;
  return positions;
}
