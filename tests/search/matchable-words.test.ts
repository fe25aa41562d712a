import { describe, expect, test } from 'vitest';
import { matchableWords } from '../../src/utils/search/matchable-words.ts';

describe('matchableWords', () => {
  test('drops the characters Pagefind drops inside a word when indexing', () => {
    expect(matchableWords('F^2ed-Learning: Good Fences')).toEqual(['F2ed-Learning', 'Good', 'Fences']);
    expect(matchableWords('VA-RED$^2$: Video')).toEqual(['VA-RED2', 'Video']);
    expect(matchableWords('Learning in $\\mathcal{O}(n)$ Time')).toEqual(['Learning', 'in', 'mathcalOn', 'Time']);
  });

  test('keeps letters with accents, other scripts and inner hyphens', () => {
    expect(matchableWords('Café Naïve k-NN 中文模型 -x-')).toEqual(['Café', 'Naïve', 'k-NN', '中文模型', 'x']);
  });

  test('keeps emoji as words of their own and loses punctuation-only words', () => {
    expect(matchableWords('🦙Herding … ??? C++')).toEqual(['🦙', 'Herding', 'C']);
  });
});
