/** One cell of a density grid: its column and row, how many papers it holds and the main topic most of them have. */
export interface DensityCell {
  column: number;
  row: number;
  count: number;
  topic: string;
}

/**
 * Counts papers in a grid of `columns` square cells across the unit square (rows follow) and
 * gives each non-empty cell the main topic most of its papers have (ties to the topic listed
 * first in `topicOrder`). The grid, not the collection, bounds its size: an overview of a
 * million papers has no more cells than `columns` × `columns`. Cells run row by row.
 */
export function densityGrid(
  points: Readonly<Record<string, readonly [number, number]>>,
  topicOf: (slug: string) => string | undefined,
  topicOrder: readonly string[],
  columns: number,
): DensityCell[] {
  const rank = new Map(topicOrder.map((id, index) => [id, index]));
  const cells = new Map<number, Map<string, number>>();
  for (const [slug, [x, y]] of Object.entries(points)) {
    const topic = topicOf(slug);
    if (topic === undefined) continue;
    const key = Math.min(columns - 1, Math.floor(y * columns)) * columns + Math.min(columns - 1, Math.floor(x * columns));
    const counts = cells.get(key) ?? new Map<string, number>();
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
    cells.set(key, counts);
  }
  return [...cells.keys()]
    .sort((a, b) => a - b)
    .map((key) => {
      const counts = cells.get(key)!;
      let topic = '';
      let best = 0;
      let count = 0;
      for (const [id, n] of counts) {
        count += n;
        if (n > best || (n === best && (rank.get(id) ?? Infinity) < (rank.get(topic) ?? Infinity))) [topic, best] = [id, n];
      }
      return { column: key % columns, row: Math.floor(key / columns), count, topic };
    });
}
