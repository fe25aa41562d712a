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

  test('marks a phrase ending in a participle as a clause cut short, not a term', () => {
    const trained = [
      { title: 'Deep networks', abstract: 'Neural networks trained with noise generalize. Random seed matters.' },
      { title: 'Wide networks', abstract: 'Neural networks trained on images. The random seed is fixed.' },
      { title: 'Supervised learning', abstract: 'Neural networks trained by gradient descent, supervised learning and a random seed.' },
    ];
    const { keys, dangling } = collectionPhrases(trained);
    const hangs = (key: string): number => dangling[keys.indexOf(key)]!;
    expect(hangs('neuralnetworktrained')).toBe(1);
    expect(hangs('randomseed')).toBe(0);
    expect(hangs('supervisedlearning')).toBe(0);
  });

  test('records the word most papers go on with, past the longest phrase counted', () => {
    const court = [
      { title: 'Court rulings', abstract: 'The international commercial arbitration tribunal ruled. We study tribunals.' },
      { title: 'Appeals', abstract: 'An international commercial arbitration tribunal and its appeals.' },
      { title: 'Awards', abstract: 'We read international commercial arbitration awards, and tribunals.' },
      { title: 'Infinite-horizon contracts', abstract: 'Infinite-horizon contracts and infinite-horizon games. A horizon.' },
    ];
    const { keys, next, dangling } = collectionPhrases(court);
    const id = (key: string): number => keys.indexOf(key);
    // Two of three papers continue the 3-word phrase with `tribunal`: said in full, it is that.
    expect(keys[next[id('internationalcommercialarbitration')]!]).toBe('tribunal');
    expect(dangling[id('internationalcommercialarbitration')]).toBe(1);
    expect(next[id('tribunal')]).toBe(-1);
    // `infinite-horizon` always modifies a next word, a different one each time: a fragment with no usual end.
    expect(dangling[id('infinitehorizon')]).toBe(1);
    expect(next[id('infinitehorizon')]).toBe(-1);
    expect(dangling[id('infinitehorizoncontract')]).toBe(0);
  });
});
