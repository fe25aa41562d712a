import { expect, test } from 'vitest';
import { relatedTopics } from '../../scripts/topics/related-topics.ts';
import { bundledAssignments, bundledTaxonomy } from '../helpers/bundled.ts';

const topicPapers = new Map([
  ['peft', ['a', 'b', 'c', 'd']],
  ['vision-language', ['a', 'b', 'e']],
  ['prompt-tuning', ['c', 'e', 'f']],
  ['diffusion', ['g']],
  ['other', ['a', 'h']],
]);

test('orders related topics by shared papers', () => {
  expect(relatedTopics(topicPapers)['peft']).toEqual(['vision-language', 'prompt-tuning']);
});

test('breaks ties in shared papers by Jaccard overlap, then taxonomy order', () => {
  const map = new Map([
    ['x', ['1', '2', '3']],
    ['big', ['1', '4', '5', '6', '7']],
    ['small', ['2']],
    ['late', ['3']],
  ]);
  expect(relatedTopics(map)['x']).toEqual(['small', 'late', 'big']);
});

test('leaves out topics that share nothing, and the other topic', () => {
  const related = relatedTopics(topicPapers);
  expect(related['diffusion']).toEqual([]);
  expect(related['other']).toEqual([]);
  expect(Object.values(related).flat()).not.toContain('other');
});

test('keeps at most limit related topics', () => {
  expect(relatedTopics(topicPapers, { limit: 1 })['peft']).toEqual(['vision-language']);
});

test('gives every topic an entry', () => {
  expect(Object.keys(relatedTopics(topicPapers))).toEqual([...topicPapers.keys()]);
});

test('relates parameter-efficient fine-tuning to vision-language models on the bundled document', () => {
  const map = new Map(bundledTaxonomy.topics.map((t) => [t.slug, [] as string[]]));
  bundledAssignments.forEach((a, i) => a.topics.forEach((t) => map.get(t)!.push(String(i))));
  const related = relatedTopics(map);
  expect(related['parameter-efficient-fine-tuning']![0]).toBe('vision-language');
  expect(related['test-time-adaptation']).toContain('diffusion-models');
});
