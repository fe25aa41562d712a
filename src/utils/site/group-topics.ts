import { otherTopicSlug } from '../../schemas/taxonomy.ts';

/** Topics under one area, or (`area` undefined) the topics in no area. */
export interface TopicGroup<A, T> {
  area: A | undefined;
  topics: T[];
}

/**
 * Groups topics under their areas, for the sidebar and `/topics/`: one group per area in the
 * areas' order (topics in the order given), then one group of the topics in no area, with the
 * catch-all "Other" last. Areas without topics among those given are left out, and so is an
 * empty ungrouped group; without areas the result is one group of every topic, in the order
 * given (as the site was before areas).
 */
export function groupTopics<A extends { id: string }, T extends { id: string; area?: string | undefined }>(areas: readonly A[], topics: readonly T[]): TopicGroup<A, T>[] {
  if (areas.length === 0) return topics.length === 0 ? [] : [{ area: undefined, topics: [...topics] }];
  const known = new Set(areas.map((area) => area.id));
  const grouped = areas.map((area) => ({ area, topics: topics.filter((topic) => topic.area === area.id) })).filter((group) => group.topics.length > 0);
  const rest = topics
    .filter((topic) => topic.area === undefined || !known.has(topic.area))
    .toSorted((a, b) => Number(a.id === otherTopicSlug) - Number(b.id === otherTopicSlug));
  return rest.length > 0 ? [...grouped, { area: undefined, topics: rest }] : grouped;
}
