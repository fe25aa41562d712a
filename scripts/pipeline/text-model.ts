import { layoutMap } from '../map/layout-map.ts';
import { nearestNeighbours } from '../text-model/nearest-neighbours.ts';
import { relatedFromNeighbours } from '../text-model/related-papers.ts';
import { tfidf } from '../text-model/tfidf.ts';

/** Neighbours per paper the map's layout keeps together; related papers take the first five of them. */
const mapNeighbours = 10;

/** What the text of the collection says about each paper's neighbourhood. */
export interface TextModel {
  /** Indices of each paper's related papers, most similar first. */
  related: number[][];
  /** Each paper's place on the map, in the unit square. */
  points: Array<[number, number]>;
}

/**
 * Computes related papers and the map layout from titles and abstracts: one set of
 * TF-IDF vectors and one nearest-neighbour search serve both. Pure and deterministic.
 */
export function textModel(docs: readonly string[]): TextModel {
  const { vectors } = tfidf(docs);
  const table = nearestNeighbours(vectors, Math.min(mapNeighbours, Math.max(vectors.length - 1, 0)));
  return { related: relatedFromNeighbours(table), points: layoutMap(vectors, { table }) };
}
