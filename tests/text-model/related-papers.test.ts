import { describe, expect, test } from 'vitest';
import { relatedPapers } from '../../scripts/text-model/related-papers.ts';
import { tfidf } from '../../scripts/text-model/tfidf.ts';
import { bundledAssignments, bundledPapers, iclrPapers, paperIndex } from '../helpers/bundled.ts';

const docs = [
  'prompt tuning for vision-language encoders',
  'soft prompt tuning for retrieval',
  'graph neural message passing on molecules',
  'message passing for molecule property prediction',
  'prompt tuning for molecule captioning',
  // Unrelated papers, so no term is in more than half the collection.
  'speech recognition with transducers',
  'speech synthesis with transducers',
  'robot grasping from pixels',
  'robot navigation from pixels',
];

/** Cosine similarity of two documents, the slow and obvious way. */
function cosine(a: number, b: number, texts: string[]): number {
  const { vectors } = tfidf(texts);
  const va = vectors[a]!;
  const vb = vectors[b]!;
  let sum = 0;
  va.indices.forEach((id, k) => {
    const j = [...vb.indices].indexOf(id);
    if (j >= 0) sum += va.values[k]! * vb.values[j]!;
  });
  return sum;
}

describe('relatedPapers', () => {
  test('lists the most similar papers first, never the paper itself', () => {
    const related = relatedPapers(docs, { floor: 0 });
    expect(related[2]![0]).toBe(3);
    expect(related[0]![0]).toBe(1);
    related.forEach((list, i) => expect(list).not.toContain(i));
  });

  test('orders neighbours by cosine similarity', () => {
    const related = relatedPapers(docs, { floor: 0 });
    related.forEach((list, i) => {
      const scores = list.map((j) => cosine(i, j, docs));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });

  test('hides neighbours below the floor', () => {
    const loose = relatedPapers(docs, { floor: 0 });
    const strict = relatedPapers(docs, { floor: 0.3 });
    strict.forEach((list, i) => {
      for (const j of list) expect(cosine(i, j, docs)).toBeGreaterThanOrEqual(0.3);
      expect(loose[i]!.slice(0, list.length)).toEqual(list);
    });
    expect(strict.flat().length).toBeLessThan(loose.flat().length);
  });

  test('keeps at most limit neighbours', () => {
    expect(relatedPapers(docs, { floor: 0, limit: 1 }).every((list) => list.length <= 1)).toBe(true);
  });

  test('breaks ties by document order', () => {
    const twins = ['alpha beta', 'alpha beta', 'alpha beta', 'gamma delta', 'gamma delta', 'epsilon zeta', 'epsilon zeta'];
    expect(relatedPapers(twins, { floor: 0 })[0]).toEqual([1, 2]);
    expect(relatedPapers(twins, { floor: 0 })[2]).toEqual([0, 1]);
  });

  test('accepts precomputed vectors and gives the same answer as texts', () => {
    expect(relatedPapers(tfidf(docs).vectors, { floor: 0 })).toEqual(relatedPapers(docs, { floor: 0 }));
  });

  test('handles an empty collection and a single paper', () => {
    expect(relatedPapers([])).toEqual([]);
    expect(relatedPapers(['just one'])).toEqual([[]]);
  });

  test('is deterministic on the ICLR document', () => {
    const texts = iclrPapers.map((p) => `${p.title}\n${p.abstract}`);
    const first = relatedPapers(texts);
    expect(relatedPapers(texts)).toEqual(first);
    expect(first.every((list) => list.length <= 5)).toBe(true);
  });
});

describe('related papers on the bundled document', () => {
  const texts = bundledPapers.map((p) => `${p.title}\n${p.abstract}`);
  const related = relatedPapers(texts);
  const topics = (i: number) => bundledAssignments[i]!.topics;
  const neighboursOf = (prefix: string) => related[paperIndex(prefix)]!;

  test("WECHSEL's related papers are all cross-lingual papers", () => {
    const list = neighboursOf('WECHSEL');
    expect(list.length).toBeGreaterThanOrEqual(4);
    for (const j of list) expect(topics(j)).toContain('cross-lingual-transfer');
  });

  test('the test-time adaptation papers find each other', () => {
    expect(neighboursOf('AdaNPC').slice(0, 3)).toEqual(
      expect.arrayContaining([paperIndex('CAFA'), paperIndex('Label Shift Adapter')]),
    );
  });

  test('the memory-efficient PETL papers find each other: SHERL, UniPT and LST', () => {
    expect(neighboursOf('SHERL').slice(0, 2)).toEqual([paperIndex('UniPT'), paperIndex('LST')]);
    expect(neighboursOf('UniPT')).toContain(paperIndex('LST'));
  });

  test('the two diffusion-theory and diffusion-training papers are related', () => {
    expect(neighboursOf('Addressing Negative Transfer in Diffusion')).toContain(paperIndex('Neural Network-Based Score Estimation'));
  });

  test('most neighbours share a topic with the paper', () => {
    const pairs = related.flatMap((list, i) => list.map((j) => [i, j] as const));
    const sharing = pairs.filter(([i, j]) => topics(i).some((t) => t !== 'other' && topics(j).includes(t)));
    expect(sharing.length / pairs.length).toBeGreaterThan(0.6);
  });
});
