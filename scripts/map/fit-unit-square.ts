/**
 * Turns 2-D positions (`[x0, y0, x1, y1, …]`) into points in the unit square, keeping their
 * shape: rotated so the widest spread runs left to right (maps read best in landscape), the
 * few far-flung strays drawn in towards the rest (see {@link squashOutliers}), then scaled
 * alike on both axes so the width spans 0–1 and the height starts at 0.
 */
export function fitUnitSquare(positions: Float64Array): Array<[number, number]> {
  const n = positions.length / 2;
  if (n === 0) return [];
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += positions[2 * i]! / n;
    my += positions[2 * i + 1]! / n;
  }
  // Principal axis of the 2 × 2 covariance: angle ½·atan2(2 sxy, sxx − syy).
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = positions[2 * i]! - mx;
    const dy = positions[2 * i + 1]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const rotated = Array.from({ length: n }, (_, i): [number, number] => {
    const dx = positions[2 * i]! - mx;
    const dy = positions[2 * i + 1]! - my;
    return [dx * cos + dy * sin, -dx * sin + dy * cos];
  });
  squashOutliers(rotated, 0);
  squashOutliers(rotated, 1);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of rotated) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const scale = Math.max(maxX - minX, maxY - minY) || 1;
  return rotated.map(([x, y]) => [(x - minX) / scale, (y - minY) / scale]);
}

/**
 * Pulls stray points in along one axis: beyond the 1st and 99th percentiles widened by a tenth
 * of their span, distances shrink smoothly (`tanh`) to at most a twentieth of the span. A few
 * tiny, isolated clusters far out would otherwise squeeze the whole map into a corner of its
 * frame. Order along the axis is kept.
 */
function squashOutliers(points: Array<[number, number]>, axis: 0 | 1): void {
  if (points.length < 20) return;
  const sorted = points.map((point) => point[axis]).sort((a, b) => a - b);
  const low = sorted[Math.floor(0.01 * (sorted.length - 1))]!;
  const high = sorted[Math.ceil(0.99 * (sorted.length - 1))]!;
  const span = high - low || 1;
  const lower = low - 0.1 * span;
  const upper = high + 0.1 * span;
  const room = 0.05 * span;
  for (const point of points) {
    const value = point[axis];
    if (value > upper) point[axis] = upper + room * Math.tanh((value - upper) / room);
    else if (value < lower) point[axis] = lower - room * Math.tanh((lower - value) / room);
  }
}
