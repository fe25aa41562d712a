import type { MapData } from '../../schemas/map.ts';
import type { PaperSummary, TopicSummary } from '../site/site-data.ts';
import { mapTileUrl } from '../site/urls.ts';
import { tileMap, type MapTile } from './tile-map.ts';

/** One part of a map too large for one page, as the overview and the part's own page show it. */
export interface MapPart {
  tile: MapTile;
  /** 1-based, in quadtree order. */
  number: number;
  href: string;
  /** Its papers, in document order. */
  papers: PaperSummary[];
  /** The main topics most of its papers have, most papers first (at most three). */
  topics: TopicSummary[];
  /** `Part 3: 1,234 papers, mostly A, B and C`. */
  label: string;
}

const count = new Intl.NumberFormat('en');

/**
 * The parts a map is cut into when it has more than `cap` papers (see {@link tileMap}), or
 * `undefined` when every paper fits on one map page.
 */
export function mapParts(papers: readonly PaperSummary[], topics: readonly TopicSummary[], map: MapData, cap: number): MapPart[] | undefined {
  if (papers.length <= cap) return undefined;
  const paperBySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  return tileMap(map.points, cap).map((tile, index) => {
    const tilePapers = tile.slugs.flatMap((slug) => paperBySlug.get(slug) ?? []).sort((a, b) => a.order - b.order);
    const byTopic = new Map<string, number>();
    for (const paper of tilePapers) if (paper.topics[0] !== undefined) byTopic.set(paper.topics[0], (byTopic.get(paper.topics[0]) ?? 0) + 1);
    const main = [...byTopic]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .flatMap(([id]) => topicById.get(id) ?? []);
    const names = main.map((topic) => topic.name);
    const mostly = names.length === 0 ? '' : `, mostly ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}`;
    return {
      tile,
      number: index + 1,
      href: mapTileUrl(tile.id),
      papers: tilePapers,
      topics: main,
      label: `Part ${index + 1}: ${count.format(tilePapers.length)} ${tilePapers.length === 1 ? 'paper' : 'papers'}${mostly}`,
    };
  });
}
