import { describe, expect, test } from 'vitest';
import { tfidf } from '../../scripts/text-model/tfidf.ts';
import type { SparseVector, TfidfModel } from '../../scripts/text-model/tfidf.ts';

const none = new Set<string>();
const weightOf = (model: TfidfModel, doc: number, term: string): number => {
  const id = model.vocabulary.indexOf(term);
  const vector = model.vectors[doc]!;
  const k = vector.indices.indexOf(id);
  return k < 0 ? 0 : vector.values[k]!;
};
const length = (v: SparseVector): number => Math.sqrt(v.values.reduce((sum, x) => sum + x * x, 0));

describe('tfidf', () => {
  test('uses unigrams and bigrams of adjacent non-stop words', () => {
    const model = tfidf(['prompt tuning works', 'prompt tuning fails'], { stopWords: new Set(['works', 'fails']), minDocumentFrequency: 1 });
    expect(model.vocabulary).toEqual(['prompt', 'tuning', 'prompt tuning']);
  });

  test('never makes a bigram across a stop word', () => {
    const model = tfidf(['domain of adaptation', 'domain of adaptation'], { stopWords: new Set(['of']), minDocumentFrequency: 1 });
    expect(model.vocabulary).not.toContain('domain adaptation');
  });

  test('treats hyphenated compounds as one term and shows them as written', () => {
    const model = tfidf(['Test-time adaptation', 'test-time adaptation again'], { stopWords: none, minDocumentFrequency: 1 });
    expect(model.vocabulary).toContain('testtime adaptation');
    expect(model.labels[model.vocabulary.indexOf('testtime adaptation')]).toBe('test-time adaptation');
  });

  test('weights term frequency sublinearly: three mentions count 1 + ln 3 times one', () => {
    const model = tfidf(['alpha alpha alpha beta', 'gamma', 'alpha beta'], { stopWords: none, bigrams: false, minDocumentFrequency: 1 });
    // alpha and beta have the same document frequency, so only tf differs.
    expect(weightOf(model, 0, 'alpha') / weightOf(model, 0, 'beta')).toBeCloseTo(1 + Math.log(3), 10);
  });

  test('uses the smoothed idf ln((1 + n) / (1 + df)) + 1', () => {
    const model = tfidf(['alpha beta', 'alpha', 'gamma', 'delta'], { stopWords: none, bigrams: false, minDocumentFrequency: 1 });
    expect(model.idf[model.vocabulary.indexOf('alpha')]).toBeCloseTo(Math.log(5 / 3) + 1, 12);
    expect(model.idf[model.vocabulary.indexOf('beta')]).toBeCloseTo(Math.log(5 / 2) + 1, 12);
  });

  test('normalizes every non-empty vector to unit length', () => {
    const model = tfidf(['cross-lingual transfer of multilingual models', 'multilingual prompts', 'prompts and adapters', 'the'], { minDocumentFrequency: 1 });
    for (const vector of model.vectors.slice(0, 3)) expect(length(vector)).toBeCloseTo(1, 12);
    expect(model.vectors[3]!.indices.length).toBe(0);
  });

  test('drops the collection stop words such as transfer, learning and model', () => {
    const model = tfidf(['transfer learning model', 'transfer learning models for graphs'], { minDocumentFrequency: 1 });
    expect(model.vocabulary).toEqual(['graph']);
  });

  test('drops terms found in more than half of the documents', () => {
    const docs = ['alpha beta', 'alpha gamma', 'alpha delta', 'alpha beta', 'epsilon'];
    const model = tfidf(docs, { stopWords: none, bigrams: false, minDocumentFrequency: 1 });
    expect(model.vocabulary).not.toContain('alpha');
    expect(model.vocabulary).toContain('beta');
  });

  test('drops terms of a single document by default', () => {
    const model = tfidf(['alpha beta', 'alpha gamma', 'delta epsilon', 'zeta eta'], { stopWords: none, bigrams: false });
    expect(model.vocabulary).toEqual(['alpha']);
  });

  test('keeps indices ascending and records document frequencies', () => {
    const model = tfidf(['zeta alpha zeta', 'alpha zeta beta', 'beta'], { stopWords: none, minDocumentFrequency: 1 });
    for (const vector of model.vectors) expect([...vector.indices]).toEqual([...vector.indices].sort((a, b) => a - b));
    expect(model.documentFrequency[model.vocabulary.indexOf('zeta')]).toBe(2);
    expect(model.documentFrequency[model.vocabulary.indexOf('zeta alpha')]).toBe(1);
  });

  test('gives the same vectors for the same input', () => {
    const docs = ['prompt tuning for vision-language models', 'adapters for vision-language models', 'prompt tuning of adapters'];
    expect(tfidf(docs)).toEqual(tfidf(docs));
  });
});
