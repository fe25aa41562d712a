import type { MapData } from '../../schemas/map.ts';
import type { MapBox } from './tile-map.ts';

/** How the unit-square map is drawn: the SVG's size in user units and where each position lands. */
export interface MapFrame {
  width: number;
  height: number;
  /** A map position `[x, y]` in user units, rounded to `precision` decimals. */
  project: (point: readonly [number, number]) => [number, number];
  /** Map units to user units. */
  scale: number;
}

/**
 * Fits the map into an SVG `width` units wide with `margin` units around the points, or the
 * part of the map in `box` (a tile's papers); the height follows the layout's own aspect, down
 * to the lowest point, so the picture is never stretched.
 */
export function mapFrame(map: MapData, width: number, margin: number, precision = 1, box?: MapBox): MapFrame {
  let bottom = 0;
  for (const [, y] of Object.values(map.points)) bottom = Math.max(bottom, y);
  const { x0, y0, x1, y1 } = box ?? { x0: 0, y0: 0, x1: 1, y1: 1 };
  const inner = width - 2 * margin;
  const scale = inner / (x1 - x0);
  const factor = 10 ** precision;
  const round = (value: number) => Math.round(value * factor) / factor;
  return {
    width,
    height: Math.ceil(Math.max(0, (box ? y1 : bottom) - y0) * scale + 2 * margin),
    project: ([x, y]) => [round(margin + (x - x0) * scale), round(margin + (y - y0) * scale)],
    scale,
  };
}
