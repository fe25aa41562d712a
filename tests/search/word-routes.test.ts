import { describe, expect, test } from 'vitest';
import { decodeShards, encodeShards, fallbackKey, indexedKeys, queryKeys, routeKey } from '../../src/utils/search/word-routes.ts';

describe('routeKey', () => {
  test('folds accents, case and punctuation as Pagefind folds a word', () => {
    expect(routeKey('Möbius')).toBe('mobius');
    expect(routeKey('Fine-Tuning')).toBe('finetuning');
    expect(routeKey('F^2ed-Learning:')).toBe('f2edlearning');
    expect(routeKey('…')).toBe('');
  });
});

describe('indexedKeys', () => {
  test('indexes a page word joined and by its parts, at punctuation and at camel case', () => {
    expect(indexedKeys('few-shot')).toEqual(['fewshot', 'few', 'shot']);
    expect(indexedKeys('WKWebView,')).toEqual(['wkwebview', 'wk', 'web', 'view']);
    // Generous: a plural acronym's camel-case pieces too; more keys only widen a word's shards.
    expect(indexedKeys('(GNNs)')).toEqual(['gnns', 'gn', 'ns']);
  });
});

describe('queryKeys', () => {
  test('looks a query up word by word, each once, without words that hold no letter or digit', () => {
    expect(queryKeys('Hyperbolic  graph — hyperbolic k-NN')).toEqual(['hyperbolic', 'graph', 'knn']);
  });
});

describe('fallbackKey', () => {
  test('gives a simpler form of an inflected word, and nothing for a plain one', () => {
    expect(fallbackKey('graphs')).toBe('graph');
    expect(fallbackKey('graph')).toBeUndefined();
  });
});

describe('encodeShards and decodeShards', () => {
  test('write shards as a hexadecimal bit mask and read them back, beyond 53 shards too', () => {
    expect(encodeShards([0])).toBe('1');
    expect(encodeShards([0, 2, 5])).toBe('25');
    expect(decodeShards(encodeShards([3, 60, 99]))).toEqual([3, 60, 99]);
    expect(decodeShards('not hex')).toEqual([]);
  });
});
