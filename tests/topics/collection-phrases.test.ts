import { describe, expect, test } from 'vitest';
import { collectionPhrases } from '../../scripts/topics/collection-phrases.ts';

const papers = [
  { title: 'Multi-agent systems for traffic', abstract: 'We study sparsity. Sparsity helps.' },
  { title: 'Multi-agent games', abstract: 'Games need sparsity, and teams need trust.' },
  { title: 'Graph neural networks', abstract: 'Graph neural networks are trained with sparsity in multi-agent teams.' },
];

describe('collectionPhrases', () => {
  test('marks phrases that stop short of what they modify as no names', () => {
    const { keys, dangling } = collectionPhrases(papers);
    const hangs = (key: string): number => dangling[keys.indexOf(key)]!;
    expect(keys).toContain('multiagent');
    // `multi-agent` always comes before another word, whichever it is.
    expect(hangs('multiagent')).toBe(1);
    // `graph neural` is mostly continued by `networks`.
    expect(hangs('graphneural')).toBe(1);
    expect(hangs('sparsity')).toBe(0);
    expect(hangs('graphneuralnetwork')).toBe(0);
  });
});
