import { describe, expect, test } from 'vitest';
import { mapParts } from '../../src/utils/map/map-parts.ts';
import type { PaperSummary, TopicSummary } from '../../src/utils/site/site-data.ts';

const paper = (slug: string, order: number, topic: string): PaperSummary => ({
  slug,
  title: slug,
  shortName: undefined,
  order,
  description: '',
  topics: [topic],
  hasCode: false,
  listed: undefined,
  byline: '',
  year: undefined,
  venue: undefined,
});
const topic = (id: string, name: string): TopicSummary => ({ id, name, description: '', papers: [], related: [], count: 0 });

describe('mapParts', () => {
  const topics = [topic('a', 'Alpha'), topic('b', 'Beta'), topic('c', 'Gamma'), topic('d', 'Delta')];
  // Three papers in the top-left quarter (listed out of document order), one in each other quarter.
  const papers = [paper('p3', 3, 'b'), paper('p1', 1, 'a'), paper('p2', 2, 'b'), paper('p4', 4, 'c'), paper('p5', 5, 'd'), paper('p6', 6, 'a')];
  const map = {
    points: { p3: [0.1, 0.1], p1: [0.2, 0.2], p2: [0.3, 0.3], p4: [0.7, 0.2], p5: [0.2, 0.7], p6: [0.7, 0.7] } as Record<string, [number, number]>,
    anchors: {},
  };

  test('gives no parts when every paper fits on one map page', () => {
    expect(mapParts(papers, topics, map, 6)).toBeUndefined();
  });

  test('numbers the parts, lists their papers in document order and names them by their main topics', () => {
    const parts = mapParts(papers, topics, map, 3)!;
    expect(parts.map((part) => [part.number, part.tile.id, part.href])).toEqual([
      [1, '0', '/map/0/'],
      [2, '1', '/map/1/'],
      [3, '2', '/map/2/'],
      [4, '3', '/map/3/'],
    ]);
    expect(parts[0]!.papers.map((item) => item.slug)).toEqual(['p1', 'p2', 'p3']);
    expect(parts[0]!.label).toBe('Part 1: 3 papers, mostly Beta and Alpha');
    expect(parts[1]!.label).toBe('Part 2: 1 paper, mostly Gamma');
  });
});
