import { describe, expect, test } from 'vitest';
import { detectCommunities, type WeightedGraph } from '../../scripts/text-model/detect-communities.ts';

/** A graph from undirected weighted edges. */
function graphOf(n: number, edges: Array<[number, number, number]>): WeightedGraph {
  const rows = Array.from({ length: n }, () => new Map<number, number>());
  for (const [a, b, w] of edges) rows[a]!.set(b, w), rows[b]!.set(a, w);
  return { neighbours: rows.map((row) => Int32Array.from(row.keys())), weights: rows.map((row) => Float64Array.from(row.values())) };
}

/** Three cliques of four, each joined to the next by one weak edge. */
const cliques = graphOf(12, [
  ...[0, 4, 8].flatMap((s) => [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].filter((b) => b > a).map((b): [number, number, number] => [s + a, s + b, 1]))),
  [3, 4, 0.1],
  [7, 8, 0.1],
]);

describe('detectCommunities', () => {
  test('finds the cliques of a graph', () => {
    const labels = [...detectCommunities(cliques)];
    expect(labels).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  test('gives more, smaller communities at a higher resolution', () => {
    const count = (resolution: number): number => new Set(detectCommunities(cliques, { resolution })).size;
    expect(count(0.01)).toBe(1);
    expect(count(20)).toBeGreaterThan(3);
  });

  test('finds the same communities whatever order the nodes are visited in', () => {
    const order = [11, 5, 2, 8, 0, 7, 3, 10, 1, 9, 6, 4];
    const labels = detectCommunities(cliques, { order });
    // Numbered by first appearance in the visiting order: node 11's community is 0.
    expect(labels[11]).toBe(0);
    const partition = (l: ArrayLike<number>): string[] => [0, 4, 8].map((s) => [0, 1, 2, 3].map((k) => l[s + k]).join());
    expect(new Set(partition(labels)).size).toBe(3);
    for (const block of partition(labels)) expect(new Set(block.split(',')).size).toBe(1);
  });

  test('leaves a graph without edges as single nodes', () => {
    expect([...detectCommunities(graphOf(3, []))]).toEqual([0, 1, 2]);
  });
});
