import { describe, expect, test } from 'vitest';
import { editDistance } from '../../src/utils/search/edit-distance.ts';

describe('editDistance', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('distilation', 'distillation')).toBe(1);
    expect(editDistance('adapter', 'adapt')).toBe(2);
    expect(editDistance('prompt', 'promts')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  test('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('tokenzier', 'tokenizer')).toBe(1);
    expect(editDistance('trasnfer', 'transfer')).toBe(1);
  });

  test('stops early and answers max + 1 once the distance exceeds max', () => {
    expect(editDistance('transfer', 'retrieval', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('knowlege', 'knowledge', 2)).toBe(1);
  });
});
