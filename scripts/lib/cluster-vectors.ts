import type { SparseVector } from './tfidf.ts';
import { seededRandom } from './seeded-random.ts';

/** Options of {@link clusterVectors}. */
export interface ClusterOptions {
  /** Seed of the random choices of k-means++; the same seed gives the same clusters. Default 1. */
  seed?: number;
  /** Most rounds of reassignment. Default 50. */
  iterations?: number;
}

/** Clusters and their centres. */
export interface Clustering {
  /** Cluster of each vector, `0 … k-1`. */
  labels: number[];
  /** Unit-length centre of each cluster, dense over the vocabulary. */
  centroids: Float64Array[];
}

/**
 * Spherical k-means (cosine similarity) over unit-length sparse vectors, seeded by
 * k-means++ with a fixed pseudo-random sequence, so it is deterministic. An emptied
 * cluster is restarted at the vector farthest from its centre.
 */
export function clusterVectors(vectors: ReadonlyArray<SparseVector>, k: number, options: ClusterOptions = {}): Clustering {
  const n = vectors.length;
  const clusters = Math.max(1, Math.min(k, n));
  const random = seededRandom(options.seed ?? 1);
  let dimensions = 0;
  for (const v of vectors) for (const id of v.indices) dimensions = Math.max(dimensions, id + 1);
  const dense = (v: SparseVector): Float64Array => {
    const out = new Float64Array(dimensions);
    v.indices.forEach((id, k) => (out[id] = v.values[k]!));
    return out;
  };
  if (n === 0) return { labels: [], centroids: [] };

  // k-means++: each new centre is drawn with probability ∝ (1 − best similarity)².
  const centroids: Float64Array[] = [dense(vectors[Math.floor(random() * n)]!)];
  const best = Float64Array.from(vectors, (v) => similarity(v, centroids[0]!));
  while (centroids.length < clusters) {
    const weights = Array.from(best, (s) => (1 - s) ** 2);
    const total = weights.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total > 0) {
      let target = random() * total;
      while (pick < n - 1 && target >= weights[pick]!) target -= weights[pick++]!;
    } else {
      pick = centroids.length; // identical vectors: any choice is as good
    }
    const centre = dense(vectors[pick]!);
    centroids.push(centre);
    vectors.forEach((v, i) => (best[i] = Math.max(best[i]!, similarity(v, centre))));
  }

  // Lloyd rounds: assign to the most similar centre (ties: lower cluster), recompute centres.
  let labels = new Array<number>(n).fill(-1);
  for (let round = 0; round < (options.iterations ?? 50); round += 1) {
    const next = vectors.map((v) => {
      let label = 0;
      let top = -Infinity;
      centroids.forEach((c, j) => {
        const s = similarity(v, c);
        if (s > top) [label, top] = [j, s];
      });
      return label;
    });
    const changed = next.some((label, i) => label !== labels[i]);
    labels = next;
    if (!changed) break;
    for (let j = 0; j < clusters; j += 1) {
      const centre = new Float64Array(dimensions);
      let members = 0;
      vectors.forEach((v, i) => {
        if (labels[i] !== j) return;
        members += 1;
        v.indices.forEach((id, k) => (centre[id]! += v.values[k]!));
      });
      if (members === 0) {
        // Restart an empty cluster at the vector least like its own centre.
        let far = 0;
        let farSimilarity = Infinity;
        vectors.forEach((v, i) => {
          const s = similarity(v, centroids[labels[i]!]!);
          if (s < farSimilarity) [far, farSimilarity] = [i, s];
        });
        centroids[j] = dense(vectors[far]!);
        labels[far] = j;
        continue;
      }
      let norm = 0;
      for (const x of centre) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d += 1) centre[d]! /= norm;
      centroids[j] = centre;
    }
  }
  return { labels, centroids };
}

/** Dot product of a sparse vector with a dense one: their cosine when both have unit length. */
export function similarity(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < v.indices.length; k += 1) sum += v.values[k]! * dense[v.indices[k]!]!;
  return sum;
}
