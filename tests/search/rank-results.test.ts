import { describe, expect, test } from 'vitest';
import { rankResults } from '../../src/utils/search/rank-results.ts';

const hits = [
  { title: 'Transfer Learning for Tokenizers in Zero-Shot Settings' },
  { title: 'LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning', shortName: 'LST' },
  { title: 'Zero-Shot Tokenizer Transfer' },
  { title: "NEVIS'22: A Stream of 100 Tasks", shortName: "NEVIS'22" },
];

describe('rankResults', () => {
  test('puts the paper whose title is the query first, ignoring case and punctuation', () => {
    expect(rankResults('zero-shot tokenizer transfer', hits)[0]).toBe(hits[2]);
    expect(rankResults('  NEVIS 22: a stream of 100 tasks ', hits)[0]).toBe(hits[3]);
  });

  test('puts the paper whose short name is the query first', () => {
    expect(rankResults('lst', hits)[0]).toBe(hits[1]);
    expect(rankResults("nevis'22", hits)[0]).toBe(hits[3]);
  });

  test('puts titles containing a phrase of several words next, keeping Pagefind order within each group', () => {
    expect(rankResults('transfer learning', hits)).toEqual([hits[0], hits[1], hits[2], hits[3]]);
    expect(rankResults('tokenizer transfer', hits)).toEqual([hits[2], hits[0], hits[1], hits[3]]);
  });

  test('keeps Pagefind order for a single word that is no title or short name', () => {
    expect(rankResults('transfer', hits)).toEqual(hits);
    expect(rankResults('', hits)).toEqual(hits);
  });
});
