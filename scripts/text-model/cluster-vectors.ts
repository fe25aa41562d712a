import type { SparseVector } from './tfidf.ts';
import { seededRandom } from './seeded-random.ts';

/** Options of {@link clusterVectors}. */
export interface ClusterOptions {
  /** Seed of the random choices of k-means++; the same seed gives the same clusters. Default 1. */
  seed?: number;
  /**
   * One 32-bit key per vector (e.g. a hash of its text) that replaces the random draws of
   * k-means++: each draw then depends on the vectors themselves, not on their count or
   * order, so adding a few vectors rarely changes which ones seed the clusters.
   */
  keys?: ArrayLike<number>;
  /** Most rounds of reassignment. Default 50. */
  iterations?: number;
  /** Stop once at most this share of the vectors changed cluster in a round. Default 0. */
  tolerance?: number;
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
 * k-means++ with a fixed pseudo-random sequence (or per-vector keys), so it is
 * deterministic. An emptied cluster is restarted at the vector farthest from its centre.
 */
export function clusterVectors(vectors: ReadonlyArray<SparseVector>, k: number, options: ClusterOptions = {}): Clustering {
  const n = vectors.length;
  if (n === 0) return { labels: [], centroids: [] };
  const clusters = Math.max(1, Math.min(k, n));
  let dimensions = 0;
  for (const v of vectors) for (const id of v.indices) dimensions = Math.max(dimensions, id + 1);
  const dense = (v: SparseVector): Float64Array => {
    const out = new Float64Array(dimensions);
    v.indices.forEach((id, k) => (out[id] = v.values[k]!));
    return out;
  };
  const draw = pickWeighted(n, options);

  // k-means++: each new centre is drawn with probability ∝ (1 − best similarity)².
  const centroids: Float64Array[] = [dense(vectors[draw(Array.from({ length: n }, () => 1), 0)]!)];
  const best = Float64Array.from(vectors, (v) => similarity(v, centroids[0]!));
  while (centroids.length < clusters) {
    const weights = Array.from(best, (s) => Math.max(0, 1 - s) ** 2);
    // Identical vectors: any choice is as good.
    const pick = weights.some((w) => w > 0) ? draw(weights, centroids.length) : centroids.length;
    const centre = dense(vectors[pick]!);
    centroids.push(centre);
    vectors.forEach((v, i) => (best[i] = Math.max(best[i]!, similarity(v, centre))));
  }

  // Lloyd rounds: assign to the most similar centre (ties: lower cluster), recompute centres.
  // Centres are also kept dimension-major, so one pass over a vector scores every cluster.
  let labels = new Array<number>(n).fill(-1);
  const scores = new Float64Array(clusters);
  for (let round = 0; round < (options.iterations ?? 50); round += 1) {
    const byDimension = new Float64Array(dimensions * clusters);
    centroids.forEach((c, j) => {
      for (let d = 0; d < dimensions; d += 1) byDimension[d * clusters + j] = c[d]!;
    });
    const next = vectors.map((v) => {
      scores.fill(0);
      for (let t = 0; t < v.indices.length; t += 1) {
        const base = v.indices[t]! * clusters;
        const value = v.values[t]!;
        for (let j = 0; j < clusters; j += 1) scores[j]! += value * byDimension[base + j]!;
      }
      let label = 0;
      for (let j = 1; j < clusters; j += 1) if (scores[j]! > scores[label]!) label = j;
      return label;
    });
    const changed = next.reduce((sum, label, i) => sum + (label === labels[i] ? 0 : 1), 0);
    labels = next;
    // Stop when (almost) nothing moves: the last few papers change no cluster's character.
    if (changed <= (options.tolerance ?? 0) * n) break;
    const sums = Array.from({ length: clusters }, () => new Float64Array(dimensions));
    const members = new Uint32Array(clusters);
    vectors.forEach((v, i) => {
      const sum = sums[labels[i]!]!;
      members[labels[i]!]! += 1;
      v.indices.forEach((id, t) => (sum[id]! += v.values[t]!));
    });
    for (let j = 0; j < clusters; j += 1) {
      if (members[j] === 0) {
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
      const centre = sums[j]!;
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

/**
 * Draws an index with probability ∝ its weight. With keys, draw `r` gives vector `i` the
 * uniform number `hash(key_i, r)` and picks the smallest `−ln(u) / w` (exponential
 * sampling), which depends on no other vector's key.
 */
function pickWeighted(n: number, options: ClusterOptions): (weights: number[], round: number) => number {
  const { keys } = options;
  if (keys === undefined) {
    const random = seededRandom(options.seed ?? 1);
    return (weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let target = random() * total;
      let pick = 0;
      while (pick < n - 1 && target >= weights[pick]!) target -= weights[pick++]!;
      return pick;
    };
  }
  return (weights, round) => {
    let pick = 0;
    let smallest = Infinity;
    for (let i = 0; i < n; i += 1) {
      if (!(weights[i]! > 0)) continue;
      const u = (mix((keys[i]! ^ Math.imul(round + 1, 0x9e3779b1)) >>> 0) + 0.5) / 4294967296;
      const key = -Math.log(u) / weights[i]!;
      if (key < smallest) [pick, smallest] = [i, key];
    }
    return pick;
  };
}

/** A 32-bit integer hash (murmur3's finalizer): nearby inputs give unrelated outputs. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
