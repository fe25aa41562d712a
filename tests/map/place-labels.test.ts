import { describe, expect, test } from 'vitest';
import { placeLabels, type LabelBox } from '../../src/utils/map/place-labels.ts';

const bounds = { width: 400, height: 300 };
const overlaps = (a: [number, number], b: [number, number], box: { width: number; height: number }) =>
  Math.abs(a[0] - b[0]) < box.width && Math.abs(a[1] - b[1]) < box.height;

describe('placeLabels', () => {
  test('keeps a label on its anchor when nothing is in the way', () => {
    expect(placeLabels([{ id: 'a', x: 200, y: 150, width: 60, height: 16 }], bounds).get('a')).toEqual([200, 150]);
  });

  test('moves labels with the same anchor apart so none overlap', () => {
    const labels: LabelBox[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 200, y: 150, width: 80, height: 16 }));
    const placed = placeLabels(labels, bounds);
    const centres = labels.map((label) => placed.get(label.id)!);
    for (let i = 0; i < centres.length; i += 1) {
      for (let j = i + 1; j < centres.length; j += 1) expect(overlaps(centres[i]!, centres[j]!, labels[0]!), `${i} and ${j}`).toBe(false);
    }
    expect(placed.get('a')).toEqual([200, 150]);
  });

  test('keeps labels inside the bounds', () => {
    const [x, y] = placeLabels([{ id: 'edge', x: 395, y: 2, width: 100, height: 20 }], bounds).get('edge')!;
    expect([x - 50 >= 0, x + 50 <= bounds.width, y - 10 >= 0, y + 10 <= bounds.height]).toEqual([true, true, true, true]);
  });

  test('prefers a spot that covers no points', () => {
    const [x, y] = placeLabels([{ id: 'a', x: 200, y: 150, width: 40, height: 10 }], bounds, [[200, 150]]).get('a')!;
    expect(Math.abs(x - 200) >= 20 || Math.abs(y - 150) >= 5).toBe(true);
  });
});
