import type { MapTile } from './tile-map.ts';

/** A compass direction from one tile to a tile it touches, or `here` for another run of the same square. */
export type TileDirection = 'north-west' | 'north' | 'north-east' | 'west' | 'here' | 'east' | 'south-west' | 'south' | 'south-east';

const directions: readonly TileDirection[] = ['north-west', 'north', 'north-east', 'west', 'here', 'east', 'south-west', 'south', 'south-east'];

/**
 * The tiles each tile touches, along an edge or at a corner, with the direction they lie in;
 * ordered clockwise from north, then left to right and top to bottom. Quadtree squares have
 * edges at exact binary fractions, so touching is tested with plain comparisons.
 */
export function tileNeighbours(tiles: readonly MapTile[]): Map<string, Array<{ tile: MapTile; direction: TileDirection }>> {
  const order: readonly TileDirection[] = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west', 'here'];
  const result = new Map<string, Array<{ tile: MapTile; direction: TileDirection }>>();
  for (const tile of tiles) {
    const { box } = tile;
    const touching = tiles.flatMap((other) => {
      const near = other.box;
      if (other === tile || near.x0 > box.x1 || near.x1 < box.x0 || near.y0 > box.y1 || near.y1 < box.y0) return [];
      const column = near.x0 >= box.x1 ? 2 : near.x1 <= box.x0 ? 0 : 1;
      const row = near.y0 >= box.y1 ? 2 : near.y1 <= box.y0 ? 0 : 1;
      return [{ tile: other, direction: directions[row * 3 + column]! }];
    });
    touching.sort((a, b) => order.indexOf(a.direction) - order.indexOf(b.direction) || a.tile.box.x0 - b.tile.box.x0 || a.tile.box.y0 - b.tile.box.y0 || (a.tile.id < b.tile.id ? -1 : 1));
    result.set(tile.id, touching);
  }
  return result;
}
