import type { AreaData } from '../../src/schemas/area.ts';
import type { TaxonomyArea } from '../../src/schemas/taxonomy.ts';
import type { TopicData } from '../../src/schemas/topic.ts';
import { byScore, type TopicScores } from './topic-order.ts';

/**
 * The records of `areas.json`: each area of the taxonomy with its topics (in taxonomy order)
 * and the papers on any of them, each once: with `scores`, those most about one of its topics
 * first (see byScore), else in document order (as `paperOrder` ranks them).
 * Only topics that made it into `topics.json` count, so an area whose topics all went empty
 * is left out rather than shown with nothing under it; `order` numbers the areas kept.
 */
export function areaRecords(areas: readonly TaxonomyArea[], topics: readonly TopicData[], paperOrder: ReadonlyMap<string, number>, scores?: TopicScores): AreaData[] {
  const sorted = topics.toSorted((a, b) => a.order - b.order);
  return areas
    .map((area) => ({ area, members: sorted.filter((topic) => topic.area === area.slug) }))
    .filter(({ members }) => members.length > 0)
    .map(({ area, members }, order) => ({
      id: area.slug,
      name: area.name,
      description: area.description,
      aliases: area.aliases,
      topics: members.map((topic) => topic.id),
      papers: [...new Set(members.flatMap((topic) => topic.papers))]
        .sort((a, b) => (paperOrder.get(a) ?? 0) - (paperOrder.get(b) ?? 0))
        .sort(scores === undefined ? () => 0 : byScore(scores, ...members.map((topic) => topic.id))),
      order,
    }));
}
