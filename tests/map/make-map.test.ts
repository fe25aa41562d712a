import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/pipeline/generate-content.ts';
import { mapSchema } from '../../src/schemas/map.ts';
import { bundledTaxonomy } from '../helpers/bundled.ts';

const file = 'src/data/transfer-learning-papers.txt';
const generate = () => generateContent(readFileSync(file, 'utf8'), { file, source: 'transfer-learning-papers.txt', name: 'Test', taxonomy: bundledTaxonomy });

describe('the generated map.json', async () => {
  const first = await generate();
  const json = first.files.get('map.json') ?? '';
  const map = mapSchema.parse(JSON.parse(json));

  test('has the same bytes every time', async () => {
    expect((await generate()).files.get('map.json')).toBe(json);
  });

  test('places every paper once, in document order, rounded to 4 decimals', () => {
    expect(Object.keys(map.points)).toEqual(first.papers.map((paper) => paper.slug));
    for (const [x, y] of Object.values(map.points)) {
      expect(Math.round(x * 1e4) / 1e4).toBe(x);
      expect(Math.round(y * 1e4) / 1e4).toBe(y);
    }
  });

  test('anchors each topic among the papers whose main topic it is', () => {
    expect(Object.keys(map.anchors)).toEqual(first.topics.map((topic) => topic.id));
    for (const topic of first.topics) {
      const members = first.papers.filter((paper) => paper.topics[0] === topic.id).map((paper) => map.points[paper.slug]!);
      if (members.length === 0) continue;
      const [ax, ay] = map.anchors[topic.id]!;
      const xs = members.map(([x]) => x);
      const ys = members.map(([, y]) => y);
      expect(ax, topic.id).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-4);
      expect(ax, topic.id).toBeLessThanOrEqual(Math.max(...xs) + 1e-4);
      expect(ay, topic.id).toBeGreaterThanOrEqual(Math.min(...ys) - 1e-4);
      expect(ay, topic.id).toBeLessThanOrEqual(Math.max(...ys) + 1e-4);
    }
  });
});
