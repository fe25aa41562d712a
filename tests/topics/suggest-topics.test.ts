import { describe, expect, test } from 'vitest';
import { suggestTopics } from '../../scripts/lib/suggest-topics.ts';
import { bundledPapers, iclrPapers } from './bundled.ts';

const texts = (papers: ReadonlyArray<{ title: string; abstract: string }>) => papers.map((p) => `${p.title}\n${p.abstract}`);

describe('suggestTopics on the ICLR document', () => {
  const topics = suggestTopics(texts(iclrPapers));

  test('puts every paper in exactly one cluster, largest first', () => {
    const members = topics.flatMap((t) => t.members).sort((a, b) => a - b);
    expect(members).toEqual(iclrPapers.map((_, i) => i));
    const sizes = topics.map((t) => t.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  test('makes about √(n / 2) clusters by default', () => {
    expect(topics).toHaveLength(19);
  });

  test('names the clusters ICLR 2020 is known for', () => {
    const all = topics.flatMap((t) => t.terms);
    for (const term of ['reinforcement', 'architecture search', 'adversarial attacks', 'gans']) expect(all).toContain(term);
  });

  test('does not suggest stop words or the collection words', () => {
    for (const term of topics.flatMap((t) => t.terms)) expect(['learning', 'model', 'the', 'propose', 'transfer']).not.toContain(term);
  });

  test('reports coverage between 0 and 1 for each term', () => {
    for (const topic of topics) {
      expect(topic.coverage).toHaveLength(topic.terms.length);
      for (const share of topic.coverage) expect(share).toBeGreaterThan(0);
      for (const share of topic.coverage) expect(share).toBeLessThanOrEqual(1);
    }
  });

  test('is deterministic', () => {
    expect(suggestTopics(texts(iclrPapers))).toEqual(topics);
  });
});

describe('suggestTopics on the bundled document', () => {
  test('finds the cross-lingual cluster', () => {
    const topics = suggestTopics(texts(bundledPapers), { clusters: 8 });
    expect(topics.some((t) => t.terms.slice(0, 3).some((term) => /multilingual|cross-lingual/.test(term)))).toBe(true);
  });

  test('honours the number of clusters and of terms', () => {
    const topics = suggestTopics(texts(bundledPapers), { clusters: 4, terms: 3 });
    expect(topics).toHaveLength(4);
    for (const topic of topics) expect(topic.terms.length).toBeLessThanOrEqual(3);
  });

  test('returns nothing for an empty document', () => {
    expect(suggestTopics([])).toEqual([]);
  });
});
