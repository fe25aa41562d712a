import { describe, expect, test } from 'vitest';
import { absentWords } from '../../src/utils/search/absent-words.ts';

const texts = ['Multilingual adapters for cross-lingual transfer.', 'A Café study of $\\mathcal{O}(n)$ attention.'];

describe('absentWords', () => {
  test('finds the query words no text holds', () => {
    expect(absentWords(['multilingal', 'transfer'], texts)).toEqual(['multilingal']);
    expect(absentWords(['knowlege'], texts)).toEqual(['knowlege']);
  });

  test('counts unfinished words, inflections, accents and markup as present', () => {
    expect(absentWords(['multiling', 'adapter', 'transfers', 'cafe', '$\\mathcal{O}(n)$', 'Cross-Lingual'], texts)).toEqual([]);
  });

  test('never judges short words or words with digits', () => {
    expect(absentWords(['qxz', 'x86', 'abc1234'], texts)).toEqual([]);
  });
});
