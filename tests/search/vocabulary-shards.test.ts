import { describe, expect, test } from 'vitest';
import { maxEdits, shardsFor, vocabularyShards } from '../../src/utils/search/vocabulary-shards.ts';

const vocabulary = { knowledge: 30, key: 9, kd: 3, keys: 2, kernel: 5, kernels: 4, knowledgeable: 1, transfer: 90, tokenizer: 6, été: 2 };

describe('vocabularyShards', () => {
  test('puts every word in the shard of its first letter and length, most frequent first', () => {
    const { index, shards } = vocabularyShards(vocabulary, 3);
    expect(index['6b']).toEqual([[2, 4], [6, 9], [13, 13]]);
    expect(shards.get('6b-2.json')).toEqual({ key: 9, kd: 3, keys: 2 });
    expect(Object.entries(shards.get('6b-6.json') ?? {})).toEqual([['knowledge', 30], ['kernel', 5], ['kernels', 4]]);
    expect(shards.get('6b-13.json')).toEqual({ knowledgeable: 1 });
    expect(shards.get('e9-3.json')).toEqual({ été: 2 });
  });

  test('keeps the most frequent words of a length that alone exceeds a shard', () => {
    const { shards } = vocabularyShards({ abcd: 1, abce: 5, abcf: 3 }, 2);
    expect(shards.get('61-4.json')).toEqual({ abce: 5, abcf: 3 });
  });

  test('is deterministic whatever the order of the vocabulary', () => {
    const reversed = Object.fromEntries(Object.entries(vocabulary).reverse());
    const a = vocabularyShards(vocabulary, 3);
    const b = vocabularyShards(reversed, 3);
    expect(JSON.stringify(b.index)).toBe(JSON.stringify(a.index));
    expect(JSON.stringify([...b.shards])).toBe(JSON.stringify([...a.shards]));
  });
});

describe('shardsFor', () => {
  test('names the shards within reach of a correction: same first letter, length within the edits allowed', () => {
    const { index } = vocabularyShards(vocabulary, 3);
    expect(maxEdits('knowlege')).toBe(2);
    expect(shardsFor('Knowlege', index)).toEqual(['6b-6.json']);
    expect(shardsFor('knowledgeabel', index)).toEqual(['6b-13.json']);
    expect(shardsFor('kernl', index)).toEqual(['6b-2.json', '6b-6.json']);
    expect(shardsFor('zebra', index)).toEqual([]);
    expect(shardsFor('', index)).toEqual([]);
  });
});
