import { nearestNeighbours, type NeighbourTable } from './nearest-neighbours.ts';
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
  const vectors = docs.every((doc) => typeof doc === 'string')
    ? tfidf(docs as ReadonlyArray<string>).vectors
    : (docs as ReadonlyArray<SparseVector>);
  return relatedFromNeighbours(nearestNeighbours(vectors, Math.min(options.limit ?? 5, Math.max(vectors.length - 1, 0))), options);
}

/**
 * Related papers read off a nearest-neighbour table (most similar first, ties to the lower
 * index): its first `limit` entries at or above `floor`. Lets the generator search
 * neighbours once for both related papers and the map.
 */
export function relatedFromNeighbours(table: NeighbourTable, options: RelatedPapersOptions = {}): number[][] {
  const limit = Math.min(options.limit ?? 5, table.k);
  const floor = options.floor ?? 0.15;
  const result: number[][] = [];
  for (let doc = 0; doc < table.size; doc += 1) {
    const related: number[] = [];
    for (let j = 0; j < limit; j += 1) {
      const other = table.indices[doc * table.k + j]!;
      if (other < 0 || table.similarities[doc * table.k + j]! < floor) break;
      related.push(other);
    }
    result.push(related);
  }
  return result;
}
