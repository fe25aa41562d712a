import { describe, expect, test } from 'vitest';
import { tileMap } from '../../src/utils/map/tile-map.ts';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` points in clusters of very different sizes, as a map layout gives, rounded to 4 decimals like map.json, the height under 0.7. */
function clusteredPoints(count: number, seed = 1): Record<string, [number, number]> {
  const next = random(seed);
  const centres = Array.from({ length: 12 }, () => [0.1 + 0.8 * next(), 0.05 + 0.6 * next(), 0.01 + 0.1 * next() ** 2] as const);
  const points: Record<string, [number, number]> = {};
  for (let i = 0; i < count; i += 1) {
    // Cluster sizes fall off geometrically, so one cluster is far denser than the rest.
    const [cx, cy, spread] = centres[Math.min(11, Math.floor(-Math.log2(1 - next())))]!;
    const clamp = (value: number, high: number) => Math.round(Math.min(high, Math.max(0, value)) * 1e4) / 1e4;
    points[`paper-${i}`] = [clamp(cx + spread * (next() - 0.5) * 2, 1), clamp(cy + spread * (next() - 0.5) * 2, 0.7)];
  }
  return points;
}

describe('tileMap', () => {
  const points = clusteredPoints(50_000);
  const cap = 1500;
  const tiles = tileMap(points, cap);

  test('puts every point in exactly one tile', () => {
    const seen = tiles.flatMap((tile) => tile.slugs);
    expect(seen).toHaveLength(50_000);
    expect(new Set(seen).size).toBe(50_000);
  });

  test('puts no more than the cap in a tile, and no tile is empty', () => {
    for (const tile of tiles) {
      expect(tile.slugs.length, tile.id).toBeLessThanOrEqual(cap);
      expect(tile.slugs.length, tile.id).toBeGreaterThan(0);
    }
  });

  test('puts each point inside its tile’s square, and tiles do not overlap', () => {
    for (const tile of tiles) {
      for (const slug of tile.slugs) {
        const [x, y] = points[slug]!;
        expect(x >= tile.box.x0 && (x < tile.box.x1 || tile.box.x1 === 1) && y >= tile.box.y0 && (y < tile.box.y1 || tile.box.y1 === 1), slug).toBe(true);
      }
    }
    for (const a of tiles) {
      for (const b of tiles) {
        if (a === b) continue;
        const overlap = Math.min(a.box.x1, b.box.x1) > Math.max(a.box.x0, b.box.x0) && Math.min(a.box.y1, b.box.y1) > Math.max(a.box.y0, b.box.y0);
        expect(overlap, `${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  test('gives unique ids that are URL segments', () => {
    const ids = tiles.map((tile) => tile.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-3]+(-\d+)?$/);
  });

  test('gives the same tiles for the same points, and a number of tiles that grows with the points over the cap', () => {
    expect(tileMap(clusteredPoints(50_000), cap)).toEqual(tiles);
    // A quadtree leaf holds at least a few of its parent's > cap points on average; far fewer tiles than points.
    expect(tiles.length).toBeGreaterThanOrEqual(Math.ceil(50_000 / cap));
    expect(tiles.length).toBeLessThan((50_000 / cap) * 6);
  });

  test('makes one tile of a map within the cap', () => {
    const small = clusteredPoints(100);
    expect(tileMap(small, cap)).toEqual([{ id: '', box: { x0: 0, y0: 0, x1: 1, y1: 1 }, slugs: Object.keys(small) }]);
  });

  test('puts points on the far edges of the square in a tile', () => {
    const edges = { a: [1, 1], b: [0, 0], c: [1, 0], d: [0, 1], e: [0.5, 0.5] } as const;
    const found = tileMap(edges, 1);
    expect(found.map((tile) => tile.slugs)).toEqual([['b'], ['c'], ['d'], ['e'], ['a']]);
  });

  test('cuts more points than the cap at one spot into runs of the cap', () => {
    const stacked = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`p${i}`, [0.3, 0.3] as [number, number]]));
    const found = tileMap(stacked, 10);
    expect(found.map((tile) => tile.slugs.length)).toEqual([10, 10, 5]);
    expect(found.map((tile) => tile.id.replace(/^\d+/, ''))).toEqual(['-1', '-2', '-3']);
  });

  test('refuses a cap that is not a positive whole number', () => {
    expect(() => tileMap({}, 0)).toThrow(/cap 0/);
  });
});
