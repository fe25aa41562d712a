import { tfidf } from './tfidf.ts';
import type { SparseVector } from './tfidf.ts';

/** Options of {@link relatedPapers}. */
export interface RelatedPapersOptions {
  /** Most related papers per paper. Default 5. */
  limit?: number;
  /**
   * Lowest cosine similarity worth showing. Default 0.15: on the bundled document, pairs
   * below it mostly share only generic phrases (`zero-shot`, `downstream`), while pairs
   * above it mostly share a subject (WECHSEL and CLP-Transfer: 0.36).
   */
  floor?: number;
}

/**
 * For each document, the indices of the most similar other documents by TF-IDF cosine,
 * most similar first (ties: lower index first), at most `limit`, none below `floor`.
 * Takes texts (title + abstract) or precomputed vectors from {@link tfidf}. Uses an
 * inverted index, so only documents sharing a term are ever compared.
 */
export function relatedPapers(
  docs: ReadonlyArray<string> | ReadonlyArray<SparseVector>,
  options: RelatedPapersOptions = {},
): number[][] {
  const limit = options.limit ?? 5;
  const floor = options.floor ?? 0.15;
  const vectors = docs.every((doc) => typeof doc === 'string')
    ? tfidf(docs as ReadonlyArray<string>).vectors
    : (docs as ReadonlyArray<SparseVector>);
  const n = vectors.length;

  // Inverted index: for each term, the documents containing it and their weights.
  let terms = 0;
  for (const v of vectors) for (const id of v.indices) terms = Math.max(terms, id + 1);
  const postingLength = new Uint32Array(terms);
  for (const v of vectors) for (const id of v.indices) postingLength[id]! += 1;
  const start = new Uint32Array(terms + 1);
  for (let t = 0; t < terms; t += 1) start[t + 1] = start[t]! + postingLength[t]!;
  const postingDoc = new Uint32Array(start[terms]!);
  const postingWeight = new Float64Array(start[terms]!);
  const fill = start.slice(0, terms);
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.indices.length; k += 1) {
      const at = fill[v.indices[k]!]!++;
      postingDoc[at] = doc;
      postingWeight[at] = v.values[k]!;
    }
  });

  // Accumulate dot products for one document at a time, touching only its neighbours.
  const scores = new Float64Array(n);
  const touched = new Uint32Array(n);
  const result: number[][] = [];
  for (let doc = 0; doc < n; doc += 1) {
    const v = vectors[doc]!;
    let touchedCount = 0;
    for (let k = 0; k < v.indices.length; k += 1) {
      const term = v.indices[k]!;
      const weight = v.values[k]!;
      for (let p = start[term]!; p < start[term + 1]!; p += 1) {
        const other = postingDoc[p]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * postingWeight[p]!;
      }
    }
    const candidates: Array<[number, number]> = [];
    for (let k = 0; k < touchedCount; k += 1) {
      const other = touched[k]!;
      if (scores[other]! >= floor) candidates.push([other, scores[other]!]);
      scores[other] = 0;
    }
    candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    result.push(candidates.slice(0, limit).map(([other]) => other));
  }
  return result;
}
