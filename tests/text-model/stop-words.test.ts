import { expect, test } from 'vitest';
import { stopWords } from '../../scripts/text-model/stop-words.ts';

test('includes the collection words that say nothing in a transfer-learning document', () => {
  for (const word of ['transfer', 'learning', 'model', 'models', 'the', 'propose']) expect(stopWords.has(word)).toBe(true);
});

test('keeps the words topics are made of', () => {
  for (const word of ['domain', 'target', 'source', 'prompt', 'multilingual', 'diffusion', 'human', 'information', 'test', 'memory']) {
    expect(stopWords.has(word)).toBe(false);
  }
});

test('is all lowercase single words', () => {
  for (const word of stopWords) expect(word).toMatch(/^[a-z0-9]+$/);
});
