import { describe, expect, test } from 'vitest';
import { tileMap } from '../../src/utils/map/tile-map.ts';
import { tileNeighbours } from '../../src/utils/map/tile-neighbours.ts';

describe('tileNeighbours', () => {
  test('finds the tiles touching each one, by edge or corner, with their direction', () => {
    // One point in each quarter, and five more in the top-left quarter, so it splits again.
    const points: Record<string, [number, number]> = {
      ne: [0.75, 0.25],
      sw: [0.25, 0.75],
      se: [0.75, 0.75],
      a: [0.1, 0.1],
      b: [0.4, 0.1],
      c: [0.1, 0.4],
      d: [0.4, 0.4],
      e: [0.45, 0.45],
    };
    const tiles = tileMap(points, 2);
    expect(tiles.map((tile) => tile.id)).toEqual(['00', '01', '02', '03', '1', '2', '3']);
    const around = tileNeighbours(tiles);
    const of = (id: string) => around.get(id)!.map(({ tile, direction }) => `${direction} ${tile.id}`);
    // Each tile once, in the direction it mostly lies: the quarter to the east of 03 also reaches north of it.
    expect(of('03')).toEqual(['north 01', 'east 1', 'south-east 3', 'south 2', 'west 02', 'north-west 00']);
    expect(of('1')).toEqual(['south 3', 'south-west 2', 'west 01', 'west 03']);
    expect(of('00')).toEqual(['east 01', 'south-east 03', 'south 02']);
  });

  test('finds nothing around a lone tile', () => {
    const tiles = tileMap({ a: [0.2, 0.2] }, 1);
    expect(tileNeighbours(tiles).get('')).toEqual([]);
  });
});
