import type { AreaData } from '../../schemas/area.ts';
import { exportVersion, topicsExportSchema, type TopicsExport } from '../../schemas/export.ts';
import type { TopicData } from '../../schemas/topic.ts';
import { absoluteUrl, areaUrl, homeUrl, topicUrl } from '../site/urls.ts';

/** Builds `/topics.json` from the topics and areas, each in taxonomy order, and validates it against its schema. */
export function topicsExport(topics: readonly TopicData[], name: string, site: string, areas: readonly AreaData[] = []): TopicsExport {
  const exported = topics
    .toSorted((a, b) => a.order - b.order)
    .map((topic) => ({
      id: topic.id,
      name: topic.name,
      description: topic.description,
      aliases: topic.aliases,
      url: absoluteUrl(topicUrl(topic.id), site),
      papers: topic.papers,
      related: topic.related,
      area: topic.area,
    }));
  const exportedAreas = areas
    .toSorted((a, b) => a.order - b.order)
    .map((area) => ({
      id: area.id,
      name: area.name,
      description: area.description,
      aliases: area.aliases,
      url: absoluteUrl(areaUrl(area.id), site),
      topics: area.topics,
      papers: area.papers,
    }));
  return topicsExportSchema.parse({ version: exportVersion, name, home: absoluteUrl(homeUrl(), site), topicCount: exported.length, topics: exported, areas: exportedAreas });
}
