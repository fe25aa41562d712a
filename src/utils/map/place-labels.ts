/** A label to place: its anchor and the size of its box, in the same units. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Places labels near their anchors without overlapping each other: greedily, in the given
 * order (put the most important first), each at the first spot on a widening ring of
 * candidates around its anchor that overlaps no placed label and covers the fewest
 * `obstacles` (points that should stay visible), kept inside `bounds`; nearer rings win
 * ties. A label with no free spot nearby takes the cheapest candidate. Returns each label's
 * centre by id.
 */
export function placeLabels(
  labels: readonly LabelBox[],
  bounds: { width: number; height: number },
  obstacles: ReadonlyArray<readonly [number, number]> = [],
): Map<string, [number, number]> {
  const placed: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  const result = new Map<string, [number, number]>();
  for (const label of labels) {
    const halfW = label.width / 2;
    const halfH = label.height / 2;
    let best: [number, number] = [label.x, label.y];
    let bestOverlap = Infinity;
    for (const [ring, dx, dy] of candidates(label.height)) {
      const x = clamp(label.x + dx, halfW, bounds.width - halfW);
      const y = clamp(label.y + dy, halfH, bounds.height - halfH);
      const box = { x0: x - halfW, y0: y - halfH, x1: x + halfW, y1: y + halfH };
      // Overlapping another label costs far more than covering points; covering a point costs more
      // than moving one ring out, but only up to three count, so in a dense cluster the label stays close.
      let covered = 0;
      for (const [px, py] of obstacles) if (px > box.x0 && px < box.x1 && py > box.y0 && py < box.y1) covered += 1;
      const cost = placed.reduce((sum, other) => sum + area(box, other), 0) * 1000 + Math.min(covered, 3) + 0.5 * ring;
      if (cost < bestOverlap) [best, bestOverlap] = [[x, y], cost];
      if (cost === 0) break;
    }
    const [x, y] = best;
    placed.push({ x0: x - halfW, y0: y - halfH, x1: x + halfW, y1: y + halfH });
    result.set(label.id, best);
  }
  return result;
}

/** Offsets to try, with their ring: the anchor, then rings of 8 directions at growing distances (vertical steps first, as labels are wide). */
function candidates(step: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [[0, 0, 0]];
  for (let ring = 1; ring <= 6; ring += 1) {
    const d = ring * step * 0.75;
    for (const [dx, dy] of [[0, -d], [0, d], [2 * d, 0], [-2 * d, 0], [2 * d, -d], [-2 * d, -d], [2 * d, d], [-2 * d, d]] as const) {
      out.push([ring, dx, dy]);
    }
  }
  return out;
}

function area(a: { x0: number; y0: number; x1: number; y1: number }, b: { x0: number; y0: number; x1: number; y1: number }): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

function clamp(value: number, low: number, high: number): number {
  return high < low ? (low + high) / 2 : Math.min(high, Math.max(low, value));
}
