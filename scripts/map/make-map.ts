import type { MapData } from '../../src/schemas/map.ts';
import type { PaperData } from '../../src/schemas/paper.ts';
import type { TopicData } from '../../src/schemas/topic.ts';
import { topicAnchors } from './topic-anchors.ts';

/**
 * The map's data: each paper's position from the layout (see layout-map.ts), and
 * an anchor per topic where its label goes, at the heart of the papers whose main topic it is
 * (or of all its papers, for a topic that is no paper's main topic). Rounded to 4 decimals,
 * a tenth of a pixel on a 1,000-pixel map, so the file stays small and its bytes stable.
 */
export function makeMap(
  layout: ReadonlyArray<readonly [number, number]>,
  papers: ReadonlyArray<PaperData>,
  topics: ReadonlyArray<TopicData>,
): MapData {
  const points = layout.map(([x, y]): [number, number] => [round(x), round(y)]);
  const index = new Map(papers.map((paper, i) => [paper.slug, i]));
  const groups = new Map(
    topics.map((topic) => {
      const all = topic.papers.flatMap((slug) => index.get(slug) ?? []);
      const main = all.filter((i) => papers[i]!.topics[0] === topic.id);
      return [topic.id, main.length > 0 ? main : all];
    }),
  );
  const anchors = topicAnchors(points, groups);
  return {
    points: Object.fromEntries(papers.map((paper, i) => [paper.slug, points[i]!])),
    anchors: Object.fromEntries([...anchors].map(([id, [x, y]]) => [id, [round(x), round(y)]])),
  };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
