import { exportVersion, topicsExportSchema, type TopicsExport } from '../../schemas/export.ts';
import type { TopicData } from '../../schemas/topic.ts';
import { absoluteUrl, homeUrl, topicUrl } from '../site/urls.ts';

/** Builds `/topics.json` from the topics, in taxonomy order, and validates it against its schema. */
export function topicsExport(topics: readonly TopicData[], name: string, site: string): TopicsExport {
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
    }));
  return topicsExportSchema.parse({ version: exportVersion, name, home: absoluteUrl(homeUrl(), site), topicCount: exported.length, topics: exported });
}
