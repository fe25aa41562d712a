/**
 * Where each group of points has its heart, for placing its label: the densest spot among its
 * points (the point with the most group members nearby, weighted by a Gaussian of width
 * `radius`), averaged with those neighbours. Robust to a few strays and to a group split in
 * two, where the mean would land in the empty space between. Groups keep the input's order.
 */
export function topicAnchors(
  points: ReadonlyArray<readonly [number, number]>,
  groups: ReadonlyMap<string, readonly number[]>,
  radius = 0.06,
): Map<string, [number, number]> {
  const anchors = new Map<string, [number, number]>();
  for (const [id, members] of groups) {
    if (members.length === 0) continue;
    // Above a few thousand members, a regular sample finds the same peak at a fraction of the cost.
    const step = Math.max(1, Math.floor(members.length / 1500));
    const sample = members.filter((_, index) => index % step === 0);
    let best = sample[0]!;
    let bestDensity = -1;
    for (const i of sample) {
      let density = 0;
      for (const j of sample) density += Math.exp(-distance2(points[i]!, points[j]!) / (2 * radius * radius));
      if (density > bestDensity) [best, bestDensity] = [i, density];
    }
    let x = 0;
    let y = 0;
    let total = 0;
    for (const j of members) {
      const weight = Math.exp(-distance2(points[best]!, points[j]!) / (2 * radius * radius));
      x += weight * points[j]![0];
      y += weight * points[j]![1];
      total += weight;
    }
    anchors.set(id, [x / total, y / total]);
  }
  return anchors;
}

function distance2(a: readonly [number, number], b: readonly [number, number]): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}
