/** A rectangle of the map's unit square: `x0 ≤ x < x1`, `y0 ≤ y < y1` (the square's far edges belong to the last tiles). */
export interface MapBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One part of a map too large for one page. */
export interface MapTile {
  /**
   * Where the tile sits in the quadtree, as the URL segment of its page: one digit per split
   * (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right), then `-1`, `-2`, … when papers
   * at the same spot outnumber a tile and are cut into runs.
   */
  id: string;
  /** The tile's square of the map. */
  box: MapBox;
  /** Slugs of its papers, in the order they were given. */
  slugs: string[];
}

/** Splits deeper than this cannot separate points rounded to 4 decimals (2⁻¹⁴ ≈ 0.00006). */
const maxDepth = 14;

/**
 * Cuts a map into tiles of at most `cap` papers each: a quadtree over the unit square, a square
 * split into four until it holds no more than `cap` points; empty squares make no tile. Every
 * point lands in exactly one tile, tiles come in quadtree order (a Z-order over the map), and
 * the same points in the same order give the same tiles. Points that share a spot beyond the
 * quadtree's resolution are cut into runs of `cap` (see {@link MapTile.id}).
 */
export function tileMap(points: Readonly<Record<string, readonly [number, number]>>, cap: number): MapTile[] {
  if (!Number.isInteger(cap) || cap < 1) throw new Error(`tileMap: cap ${cap} is not a positive whole number; pass the most papers a tile may hold`);
  const tiles: MapTile[] = [];
  const split = (id: string, box: MapBox, slugs: string[]) => {
    if (slugs.length === 0) return;
    if (slugs.length <= cap) {
      tiles.push({ id, box, slugs });
      return;
    }
    if (id.length >= maxDepth) {
      for (let start = 0, run = 1; start < slugs.length; start += cap, run += 1) tiles.push({ id: `${id}-${run}`, box, slugs: slugs.slice(start, start + cap) });
      return;
    }
    const mx = (box.x0 + box.x1) / 2;
    const my = (box.y0 + box.y1) / 2;
    const quadrants: string[][] = [[], [], [], []];
    for (const slug of slugs) {
      const [x, y] = points[slug]!;
      quadrants[(y >= my ? 2 : 0) + (x >= mx ? 1 : 0)]!.push(slug);
    }
    split(`${id}0`, { x0: box.x0, y0: box.y0, x1: mx, y1: my }, quadrants[0]!);
    split(`${id}1`, { x0: mx, y0: box.y0, x1: box.x1, y1: my }, quadrants[1]!);
    split(`${id}2`, { x0: box.x0, y0: my, x1: mx, y1: box.y1 }, quadrants[2]!);
    split(`${id}3`, { x0: mx, y0: my, x1: box.x1, y1: box.y1 }, quadrants[3]!);
  };
  split('', { x0: 0, y0: 0, x1: 1, y1: 1 }, Object.keys(points));
  return tiles;
}
