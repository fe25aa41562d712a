/**
 * SVG path data that draws a dot at each point (zero-length subpaths, which round line caps
 * turn into dots), snapped to a grid of `cell` units with duplicates dropped. Its size is
 * bounded by the grid, not by the number of points, so a preview map stays light however
 * large the collection. Moves are relative, row by row, to keep the string short.
 */
export function dotPath(points: ReadonlyArray<readonly [number, number]>, cell = 1): string {
  const cells = new Set<string>();
  const snapped: Array<[number, number]> = [];
  for (const [x, y] of points) {
    const gx = Math.round(x / cell);
    const gy = Math.round(y / cell);
    const key = `${gx},${gy}`;
    if (cells.has(key)) continue;
    cells.add(key);
    snapped.push([gx, gy]);
  }
  snapped.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  let d = '';
  let at: [number, number] | undefined;
  for (const [gx, gy] of snapped) {
    const x = gx * cell;
    const y = gy * cell;
    d += at === undefined ? `M${num(x)} ${num(y)}h0` : `m${num(x - at[0])} ${num(y - at[1])}h0`;
    at = [x, y];
  }
  return d;
}

/** A number without float noise: at most two decimals, no trailing zeros. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
