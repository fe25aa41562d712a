import { describe, expect, test } from 'vitest';
import { nameCoverage, writtenWords } from '../../scripts/topics/name-coverage.ts';

const papers = [
  { title: 'Graph Neural Networks for molecules', abstract: 'We train a graph neural network.' },
  { title: 'Message passing', abstract: 'GNNs pass messages between nodes of a graph.' },
  { title: 'Fine-tuning language models', abstract: 'Finetuning is cheap.' },
  { title: 'Unrelated', abstract: 'Nothing about the subject here.' },
];

describe('nameCoverage', () => {
  test('counts a paper that writes every word of the name, whatever the case, plural or hyphen', () => {
    const { groups } = nameCoverage(papers, [
      { name: 'Graph neural networks', aliases: [], members: [0, 1, 3] },
      { name: 'Fine tuning', aliases: [], members: [2] },
    ]);
    expect(groups.map((g) => g.coverage)).toEqual([1 / 3, 1]);
  });

  test('counts an acronym alias as the name, but not an alias written as words', () => {
    const acronym = nameCoverage(papers, [{ name: 'Graph neural networks', aliases: ['GNN'], members: [0, 1] }]);
    expect(acronym.groups[0]!.coverage).toBe(1);
    const words = nameCoverage(papers, [{ name: 'Graph neural networks', aliases: ['message passing'], members: [0, 1] }]);
    expect(words.groups[0]!.coverage).toBe(0.5);
  });

  test('ignores function words of the name', () => {
    const { groups } = nameCoverage(papers, [{ name: 'Fine-tuning of language models', aliases: [], members: [2] }]);
    expect(groups[0]!.coverage).toBe(1);
  });

  test('weights each group by its papers and counts the groups under 30%', () => {
    const result = nameCoverage(papers, [
      { name: 'Graph', aliases: [], members: [0, 1, 2, 3] },
      { name: 'Subject', aliases: [], members: [0, 1, 2, 3] },
      { name: 'Fine tuning', aliases: [], members: [2] },
    ]);
    // 2/4, 1/4 and 1/1 of 4, 4 and 1 papers.
    expect(result.weighted).toBeCloseTo((2 + 1 + 1) / 9);
    expect(result.under30).toBe(1);
  });

  test('takes words already read as well as papers', () => {
    const words = papers.map(writtenWords);
    const group = [{ name: 'Graph neural networks', aliases: ['GNN'], members: [0, 1, 2] }];
    expect(nameCoverage(words, group)).toEqual(nameCoverage(papers, group));
  });
});
