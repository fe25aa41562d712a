import { seededRandom } from '../text-model/seeded-random.ts';
import type { SparseVector } from '../text-model/tfidf.ts';

/**
 * Coordinates of each sparse vector on the collection's first two principal axes, found
 * by subspace (power) iteration on the implicitly centred data: O(iterations × non-zeros),
 * never a dense matrix. Deterministic for a given seed. Returns `[x0, y0, x1, y1, …]`.
 */
export function principalComponents(vectors: ReadonlyArray<SparseVector>, seed = 1, iterations = 40): Float64Array {
  const n = vectors.length;
  let dimensions = 0;
  for (const v of vectors) for (const id of v.indices) dimensions = Math.max(dimensions, id + 1);
  const mean = new Float64Array(dimensions);
  for (const v of vectors) for (let e = 0; e < v.indices.length; e += 1) mean[v.indices[e]!]! += v.values[e]! / n;

  const random = seededRandom(seed);
  let axes = [0, 1].map(() => Float64Array.from({ length: dimensions }, () => random() - 0.5));
  const scores = (axis: Float64Array): Float64Array => {
    let shift = 0;
    for (let d = 0; d < dimensions; d += 1) shift += mean[d]! * axis[d]!;
    return Float64Array.from(vectors, (v) => {
      let sum = -shift;
      for (let e = 0; e < v.indices.length; e += 1) sum += v.values[e]! * axis[v.indices[e]!]!;
      return sum;
    });
  };
  for (let step = 0; step < iterations; step += 1) {
    // Multiply each axis by the covariance: Xᵀ (X − 1μᵀ) a; the centred scores sum to zero.
    axes = axes.map((axis) => {
      const s = scores(axis);
      const next = new Float64Array(dimensions);
      vectors.forEach((v, i) => {
        for (let e = 0; e < v.indices.length; e += 1) next[v.indices[e]!]! += v.values[e]! * s[i]!;
      });
      return next;
    });
    orthonormalize(axes);
  }
  const [first, second] = axes.map(scores) as [Float64Array, Float64Array];
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i += 1) {
    out[2 * i] = first[i]!;
    out[2 * i + 1] = second[i]!;
  }
  return out;
}

/** Gram–Schmidt in place: unit length, each orthogonal to those before it. */
function orthonormalize(axes: Float64Array[]): void {
  axes.forEach((axis, a) => {
    for (let b = 0; b < a; b += 1) {
      const other = axes[b]!;
      let dot = 0;
      for (let d = 0; d < axis.length; d += 1) dot += axis[d]! * other[d]!;
      for (let d = 0; d < axis.length; d += 1) axis[d]! -= dot * other[d]!;
    }
    let norm = 0;
    for (const x of axis) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < axis.length; d += 1) axis[d]! /= norm;
  });
}
