import type { MapData } from '../../schemas/map.ts';

/** How the unit-square map is drawn: the SVG's size in user units and where each position lands. */
export interface MapFrame {
  width: number;
  height: number;
  /** A map position `[x, y]` in user units, rounded to `precision` decimals. */
  project: (point: readonly [number, number]) => [number, number];
}

/**
 * Fits the map into an SVG `width` units wide with `margin` units around the points; the
 * height follows the layout's own aspect, so the picture is never stretched.
 */
export function mapFrame(map: MapData, width: number, margin: number, precision = 1): MapFrame {
  let bottom = 0;
  for (const [, y] of Object.values(map.points)) bottom = Math.max(bottom, y);
  const inner = width - 2 * margin;
  const factor = 10 ** precision;
  const round = (value: number) => Math.round(value * factor) / factor;
  return {
    width,
    height: Math.ceil(bottom * inner + 2 * margin),
    project: ([x, y]) => [round(margin + x * inner), round(margin + y * inner)],
  };
}
