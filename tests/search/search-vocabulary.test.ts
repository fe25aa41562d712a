import { describe, expect, test } from 'vitest';
import { searchVocabulary } from '../../src/utils/search/search-vocabulary.ts';

describe('searchVocabulary', () => {
  test('counts lowercased words, most frequent first', () => {
    const vocabulary = searchVocabulary(['Transfer learning', 'transfer of Learning and TRANSFER']);
    expect(Object.entries(vocabulary)).toEqual([
      ['transfer', 3],
      ['learning', 2],
      ['and', 1],
      ['of', 1],
    ]);
  });

  test('counts hyphenated words in parts and joined, as Pagefind indexes them', () => {
    expect(searchVocabulary(['fine-tuning'])).toEqual({ fine: 1, tuning: 1, finetuning: 1 });
  });

  test('leaves out numbers and one-letter words but keeps words with digits', () => {
    expect(searchVocabulary(['a T5 model with 100 layers (2%)'])).toEqual({ layers: 1, model: 1, t5: 1, with: 1 });
  });
});
