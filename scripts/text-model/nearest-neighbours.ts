import type { SparseVector } from './tfidf.ts';

/** The `k` most similar other vectors of each vector, as flat arrays of `n × k` entries. */
export interface NeighbourTable {
  /** Number of vectors. */
  size: number;
  /** Neighbours per vector. */
  k: number;
  /** Index of the `j`-th neighbour of vector `i` at `i * k + j`, most similar first; -1 where there are fewer than `k`. */
  indices: Int32Array;
  /** Cosine similarity beside each index (0 where the index is -1). */
  similarities: Float64Array;
}

/**
 * Exact k nearest neighbours by cosine similarity of unit-length sparse vectors, through an
 * inverted index (only vectors sharing a term are compared) and a bounded insertion list per
 * vector, so a large `k` costs no sort of every candidate. Ties go to the lower index.
 */
export function nearestNeighbours(vectors: ReadonlyArray<SparseVector>, k: number): NeighbourTable {
  const n = vectors.length;
  let terms = 0;
  for (const v of vectors) for (const id of v.indices) terms = Math.max(terms, id + 1);
  const start = new Uint32Array(terms + 1);
  for (const v of vectors) for (const id of v.indices) start[id + 1]! += 1;
  for (let t = 0; t < terms; t += 1) start[t + 1]! += start[t]!;
  const postingDoc = new Uint32Array(start[terms]!);
  const postingWeight = new Float64Array(start[terms]!);
  const fill = start.slice(0, terms);
  vectors.forEach((v, doc) => {
    for (let e = 0; e < v.indices.length; e += 1) {
      const at = fill[v.indices[e]!]!++;
      postingDoc[at] = doc;
      postingWeight[at] = v.values[e]!;
    }
  });

  const indices = new Int32Array(n * k).fill(-1);
  const similarities = new Float64Array(n * k);
  const scores = new Float64Array(n);
  const touched = new Uint32Array(n);
  for (let doc = 0; doc < n; doc += 1) {
    const v = vectors[doc]!;
    let touchedCount = 0;
    for (let e = 0; e < v.indices.length; e += 1) {
      const term = v.indices[e]!;
      const weight = v.values[e]!;
      for (let p = start[term]!, end = start[term + 1]!; p < end; p += 1) {
        const other = postingDoc[p]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * postingWeight[p]!;
      }
    }
    // Keep the best k in a sorted list: a candidate enters only when it beats the last one.
    const base = doc * k;
    let size = 0;
    for (let t = 0; t < touchedCount; t += 1) {
      const other = touched[t]!;
      const score = scores[other]!;
      scores[other] = 0;
      if (score <= 0) continue;
      if (size === k) {
        const last = similarities[base + k - 1]!;
        if (score < last || (score === last && other > indices[base + k - 1]!)) continue;
      } else {
        size += 1;
      }
      let at = base + size - 1;
      while (at > base && (similarities[at - 1]! < score || (similarities[at - 1] === score && indices[at - 1]! > other))) {
        similarities[at] = similarities[at - 1]!;
        indices[at] = indices[at - 1]!;
        at -= 1;
      }
      similarities[at] = score;
      indices[at] = other;
    }
  }
  return { size: n, k, indices, similarities };
}
