import { describe, expect, test } from 'vitest';
import { groupTopics } from '../../src/utils/site/group-topics.ts';

const topic = (id: string, area?: string) => ({ id, area });
const areas = [{ id: 'rl' }, { id: 'vision' }, { id: 'empty' }];

describe('groupTopics', () => {
  test('one group per area in the areas’ order, topics in the order given, then the topics in no area with Other last', () => {
    const topics = [topic('other'), topic('detection', 'vision'), topic('loose'), topic('offline-rl', 'rl'), topic('marl', 'rl')];
    expect(groupTopics(areas, topics).map((group) => [group.area?.id, group.topics.map((t) => t.id)])).toEqual([
      ['rl', ['offline-rl', 'marl']],
      ['vision', ['detection']],
      [undefined, ['loose', 'other']],
    ]);
  });

  test('leaves out areas without topics and an empty ungrouped group', () => {
    expect(groupTopics(areas, [topic('offline-rl', 'rl')]).map((group) => group.area?.id)).toEqual(['rl']);
  });

  test('a topic naming an area that is not given counts as in no area', () => {
    expect(groupTopics(areas, [topic('x', 'unknown')])).toEqual([{ area: undefined, topics: [topic('x', 'unknown')] }]);
  });

  test('without areas, one group of every topic in the order given, as before areas', () => {
    const topics = [topic('other'), topic('a'), topic('b')];
    expect(groupTopics([], topics)).toEqual([{ area: undefined, topics }]);
    expect(groupTopics([], [])).toEqual([]);
  });
});
