import { describe, expect, test } from 'vitest';
import { layoutMap } from '../../scripts/map/layout-map.ts';
import { tfidf } from '../../scripts/text-model/tfidf.ts';
import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import { bundledAssignments, bundledPapers, iclrPapers } from '../helpers/bundled.ts';

const texts = (papers: ReadonlyArray<{ title: string; abstract: string }>) => papers.map((paper) => `${paper.title}\n${paper.abstract}`);
const bundledVectors = tfidf(texts(bundledPapers)).vectors;
const distance = (a: readonly [number, number], b: readonly [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Mean distance between papers of the same main topic over mean distance between papers of different ones ("Other" is no topic). */
function cohesionRatio(points: ReadonlyArray<readonly [number, number]>, topics: readonly string[]): number {
  let intra = 0;
  let intraPairs = 0;
  let inter = 0;
  let interPairs = 0;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const d = distance(points[i]!, points[j]!);
      if (topics[i] !== topics[j]) {
        inter += d;
        interPairs += 1;
      } else if (topics[i] !== otherTopicSlug) {
        intra += d;
        intraPairs += 1;
      }
    }
  }
  return intra / intraPairs / (inter / interPairs);
}

describe('layoutMap', () => {
  test('gives the same coordinates for the same input', () => {
    expect(layoutMap(bundledVectors)).toEqual(layoutMap(bundledVectors));
  });

  test('gives other coordinates for another seed, so the seed is what fixes them', () => {
    expect(layoutMap(bundledVectors, { seed: 2 })).not.toEqual(layoutMap(bundledVectors));
  });

  test('places every paper in the unit square, spanning it from left to right', () => {
    const points = layoutMap(bundledVectors);
    expect(points).toHaveLength(bundledPapers.length);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
    }
    expect(Math.min(...points.map(([x]) => x))).toBe(0);
    expect(Math.max(...points.map(([x]) => x))).toBeCloseTo(1, 10);
  });

  test('lays the map out wider than tall', () => {
    const points = layoutMap(bundledVectors);
    expect(Math.max(...points.map(([, y]) => y))).toBeLessThanOrEqual(1);
  });

  test('puts papers of one topic closer to each other than to the rest, on the bundled document', () => {
    const points = layoutMap(bundledVectors);
    const ratio = cohesionRatio(points, bundledAssignments.map((assignment) => assignment.topics[0] ?? otherTopicSlug));
    console.info(`topic cohesion on the bundled document (mean intra-topic / mean inter-topic distance): ${ratio.toFixed(3)}`);
    expect(ratio).toBeLessThan(0.75);
  });

  test('keeps papers about one subject together and apart from another subject', () => {
    const docs = [
      ...['speech recognition with transducers', 'speech recognition with streaming transducers', 'transducers for speech recognition'],
      ...['robot grasping from pixels', 'robot grasping with depth pixels', 'pixels to robot grasping'],
      ...['protein folding with language models', 'protein folding from sequences', 'language models for protein folding'],
    ];
    const points = layoutMap(tfidf(docs).vectors);
    const subject = (i: number) => Math.floor(i / 3);
    expect(cohesionRatio(points, docs.map((_, i) => String(subject(i))))).toBeLessThan(0.5);
  });

  test('lays out no papers, one paper and papers without any shared words', () => {
    expect(layoutMap([])).toEqual([]);
    expect(layoutMap(tfidf(['a lonely paper about graphs']).vectors)).toEqual([[0, 0]]);
    const apart = layoutMap(tfidf(['alpha beta', 'gamma delta', 'epsilon zeta']).vectors);
    expect(apart).toHaveLength(3);
    for (const [x, y] of apart) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  test('lays out the 687-paper ICLR document with no two papers on the same spot', () => {
    const points = layoutMap(tfidf(texts(iclrPapers)).vectors);
    const spots = new Set(points.map(([x, y]) => `${x.toFixed(4)},${y.toFixed(4)}`));
    expect(spots.size).toBe(iclrPapers.length);
  });
});
