import { describe, expect, test } from 'vitest';
import { correctQuery, isKnownWord, wordForms } from '../../src/utils/search/correct-query.ts';

const vocabulary = new Map([
  ['distillation', 12],
  ['knowledge', 30],
  ['multilingual', 20],
  ['tokenizer', 6],
  ['transfer', 90],
  ['prompt', 25],
  ['prompts', 4],
  ['adapter', 8],
  ['adapt', 3],
  ['learning', 120],
  ['leaning', 1],
  ['kd', 3],
]);

describe('correctQuery', () => {
  test('replaces a misspelled word with the closest word of the collection', () => {
    expect(correctQuery('distilation', vocabulary)).toEqual({
      query: 'distillation',
      corrections: [{ from: 'distilation', to: 'distillation' }],
    });
    expect(correctQuery('multilingal', vocabulary).query).toBe('multilingual');
    expect(correctQuery('tokenzier transfer', vocabulary).query).toBe('tokenizer transfer');
  });

  test('keeps the known words and the spacing of the query', () => {
    expect(correctQuery('Knowlege  distillation', vocabulary).query).toBe('knowledge  distillation');
  });

  test('prefers the more frequent word when two are equally close', () => {
    expect(correctQuery('learnng', vocabulary).query).toBe('learning');
    expect(correctQuery('lerning', vocabulary).query).toBe('learning');
  });

  test('leaves known words, their inflections and unfinished words alone', () => {
    for (const query of ['transfer', 'Prompt', 'tokenizers', 'adapting', 'multiling', 'distil']) {
      expect(correctQuery(query, vocabulary), query).toEqual({ query, corrections: [] });
    }
  });

  test('leaves short words, numbers and acronyms alone', () => {
    for (const query of ['kdd', 'KDX', 'PETL', 'T5', '2024']) {
      expect(correctQuery(query, vocabulary).corrections, query).toEqual([]);
    }
  });

  test('allows one edit in words under eight letters and two from eight', () => {
    expect(correctQuery('prenpt', vocabulary).corrections).toEqual([]);
    expect(correctQuery('promt', vocabulary).query).toBe('prompt');
    expect(correctQuery('nkolwegde', vocabulary).corrections).toEqual([]);
    expect(correctQuery('knowlegde', vocabulary).query).toBe('knowledge');
  });

  test('keeps a word with no close match', () => {
    expect(correctQuery('robotics', vocabulary)).toEqual({ query: 'robotics', corrections: [] });
  });
});

describe('isKnownWord', () => {
  test('knows a word, its inflections, words it begins, and compounds whose parts are known', () => {
    for (const word of ['Transfer', 'tokenizers', 'multiling', 'knowledge-distillation', 'KD', '2024', '🦙']) expect(isKnownWord(word, vocabulary), word).toBe(true);
  });

  test('does not know a word the collection lacks, alone or in a compound', () => {
    for (const word of ['knowlege', 'qxzvwq', 'transfer-qxzvwq']) expect(isKnownWord(word, vocabulary), word).toBe(false);
  });

  test('names the forms a word is judged by', () => {
    expect(wordForms('F2ed-Learning')).toEqual(['f2edlearning', 'f2ed', 'learning']);
    expect(wordForms('k-NN')).toEqual(['knn', 'nn']);
  });
});
