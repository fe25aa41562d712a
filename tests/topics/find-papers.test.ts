import { expect, test } from 'vitest';
import { findPapers } from '../../scripts/topics/find-papers.ts';

const papers = [
  { title: 'LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning', slug: 'lst-ladder-side-tuning', shortName: 'LST' },
  { title: 'Towards a Unified View of Parameter-Efficient Transfer Learning', slug: 'towards-a-unified-view' },
  { title: 'Parameter and Computation Efficient Transfer Learning', slug: 'parameter-and-computation' },
];

test('finds a paper by its slug', () => {
  expect(findPapers(papers, 'towards-a-unified-view')).toEqual([1]);
});

test('finds a paper by its short name, in any case', () => {
  expect(findPapers(papers, 'lst')).toEqual([0]);
});

test('finds every paper whose title contains the query', () => {
  expect(findPapers(papers, 'efficient   TRANSFER')).toEqual([0, 1, 2]);
  expect(findPapers(papers, 'Computation')).toEqual([2]);
});

test('finds nothing for an empty or unknown query', () => {
  expect(findPapers(papers, '  ')).toEqual([]);
  expect(findPapers(papers, 'diffusion')).toEqual([]);
});
