import { describe, expect, test } from 'vitest';
import { extractAcronyms } from '../../scripts/text-model/extract-acronyms.ts';

describe('extractAcronyms', () => {
  test('finds the words an acronym stands for', () => {
    expect(extractAcronyms('Recent work on parameter efficient transfer learning (PETL) for VLP models.')).toEqual([
      { acronym: 'PETL', expansion: 'parameter efficient transfer learning' },
    ]);
  });

  test('handles hyphenated words and plural acronyms', () => {
    expect(extractAcronyms('Multi-lingual pre-trained language models (PLMs) transfer well.')).toEqual([
      { acronym: 'PLMs', expansion: 'pre-trained language models' },
    ]);
  });

  test('takes the shortest run of words that fits', () => {
    expect(extractAcronyms('We study the problem of test-time adaptation (TTA).')).toEqual([
      { acronym: 'TTA', expansion: 'test-time adaptation' },
    ]);
  });

  test('ignores parentheses that define nothing', () => {
    expect(extractAcronyms('accuracy (higher) with models (e.g., BERT) and a score (Table 2) of (XLM, mT5)')).toEqual([]);
    expect(extractAcronyms('We report strong results (XYZ) here.')).toEqual([]);
  });

  test('does not run across a comma into another clause', () => {
    expect(extractAcronyms('Then, we propose a training-based approach (TFUP-T).')).toEqual([]);
  });
});
