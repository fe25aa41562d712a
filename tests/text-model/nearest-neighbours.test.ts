import { describe, expect, test } from 'vitest';
import { nearestNeighbours } from '../../scripts/text-model/nearest-neighbours.ts';
import { relatedPapers } from '../../scripts/text-model/related-papers.ts';
import { tfidf, type SparseVector } from '../../scripts/text-model/tfidf.ts';
import { bundledPapers } from '../helpers/bundled.ts';

const { vectors } = tfidf(bundledPapers.map((paper) => `${paper.title}\n${paper.abstract}`));

/** Cosine of two unit sparse vectors, the slow and obvious way. */
function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  a.indices.forEach((id, k) => {
    const j = b.indices.indexOf(id);
    if (j >= 0) sum += a.values[k]! * b.values[j]!;
  });
  return sum;
}

describe('nearestNeighbours', () => {
  test('finds the same neighbours, in the same order, as comparing every pair', () => {
    const k = 8;
    const table = nearestNeighbours(vectors, k);
    vectors.forEach((v, i) => {
      const expected = vectors
        .map((w, j) => [j, cosine(v, w)] as const)
        .filter(([j, similarity]) => j !== i && similarity > 0)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, k);
      const found = [...table.indices.slice(i * k, i * k + k)].filter((j) => j >= 0);
      expect(found, `paper ${i}`).toEqual(expected.map(([j]) => j));
      found.forEach((_, n) => expect(table.similarities[i * k + n]).toBeCloseTo(expected[n]![1], 12));
    });
  });

  test('agrees with the related papers above their floor', () => {
    const table = nearestNeighbours(vectors, 5);
    const related = relatedPapers(vectors);
    related.forEach((list, i) => expect([...table.indices.slice(i * 5, i * 5 + list.length)]).toEqual(list));
  });

  test('marks missing neighbours with -1 when a paper shares no word with others', () => {
    const lonely = tfidf(['graph graph networks', 'graph networks again', 'zebra stripes'], { minDocumentFrequency: 1 }).vectors;
    const table = nearestNeighbours(lonely, 2);
    expect([...table.indices.slice(4, 6)]).toEqual([-1, -1]);
  });
});
