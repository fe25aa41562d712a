import { describe, expect, test } from 'vitest';
import { densityGrid } from '../../src/utils/map/density-grid.ts';

describe('densityGrid', () => {
  const topics = new Map([
    ['a', 't1'],
    ['b', 't2'],
    ['c', 't2'],
    ['d', 't1'],
    ['e', 't3'],
  ]);
  const topicOf = (slug: string) => topics.get(slug);

  test('counts papers per cell and colours each cell by its most common main topic, row by row', () => {
    const points = { a: [0.1, 0.1], b: [0.2, 0.2], c: [0.3, 0.1], d: [0.9, 0.9], e: [1, 1] } as const;
    expect(densityGrid(points, topicOf, ['t1', 't2', 't3'], 2)).toEqual([
      { column: 0, row: 0, count: 3, topic: 't2' },
      { column: 1, row: 1, count: 2, topic: 't1' },
    ]);
  });

  test('breaks a tie by topic order', () => {
    const points = { a: [0.1, 0.1], b: [0.2, 0.2] } as const;
    expect(densityGrid(points, topicOf, ['t2', 't1'], 2)[0]?.topic).toBe('t2');
    expect(densityGrid(points, topicOf, ['t1', 't2'], 2)[0]?.topic).toBe('t1');
  });

  test('has no more cells than the grid however many papers there are', () => {
    const many: Record<string, [number, number]> = {};
    for (let i = 0; i < 100_000; i += 1) many[`p${i}`] = [(i % 997) / 997, (i % 991) / 991];
    const cells = densityGrid(many, () => 't', ['t'], 80);
    expect(cells.length).toBeLessThanOrEqual(80 * 80);
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(100_000);
  });
});
