import { describe, expect, test } from 'vitest';
import { areaRecords } from '../../scripts/topics/area-records.ts';
import type { TopicData } from '../../src/schemas/topic.ts';

const topic = (id: string, area: string | null, papers: string[], order: number): TopicData => ({ id, name: id, description: `About ${id}.`, aliases: [], papers, related: [], area, order });
const order = new Map(['a', 'b', 'c', 'd', 'e'].map((slug, index) => [slug, index + 1]));
const area = (slug: string) => ({ slug, name: `Area ${slug}`, description: `What ${slug} shares.`, aliases: [`${slug.toUpperCase()}`] });

describe('areaRecords', () => {
  test('gives each area its topics in taxonomy order and their papers in document order, each once', () => {
    const topics = [topic('t2', 'x', ['d', 'b'], 1), topic('t1', 'x', ['b', 'a'], 0), topic('t3', null, ['c'], 2), topic('t4', 'y', ['e'], 3)];
    expect(areaRecords([area('x'), area('y')], topics, order)).toEqual([
      { id: 'x', name: 'Area x', description: 'What x shares.', aliases: ['X'], topics: ['t1', 't2'], papers: ['a', 'b', 'd'], order: 0 },
      { id: 'y', name: 'Area y', description: 'What y shares.', aliases: ['Y'], topics: ['t4'], papers: ['e'], order: 1 },
    ]);
  });

  test('leaves out an area none of whose topics has papers, and numbers the others without a gap', () => {
    const records = areaRecords([area('gone'), area('y')], [topic('t4', 'y', ['e'], 0)], order);
    expect(records.map((record) => [record.id, record.order])).toEqual([['y', 0]]);
  });

  test('without areas there are none', () => {
    expect(areaRecords([], [topic('t1', null, ['a'], 0)], order)).toEqual([]);
  });
});
