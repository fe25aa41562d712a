import type { TopicAssignment } from './assign-topics.ts';

/** Each topic's evidence score for each paper on it: topic slug → paper slug → score. */
export type TopicScores = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * How much each paper is about each of its topics: the topic's evidence score for it (see
 * assignTopics), in which the topic's name counts most, then its distinctive phrases, in the
 * title more than in the abstract. A paper on a topic it has no evidence for (a nearest topic)
 * scores 0. `papers[i]` is the paper of `assignments[i]`.
 */
export function topicScores(assignments: readonly TopicAssignment[], papers: ReadonlyArray<{ slug: string; topics: readonly string[] }>): TopicScores {
  const scores = new Map<string, Map<string, number>>();
  papers.forEach((paper, index) => {
    const evidence = new Map((assignments[index]?.evidence ?? []).map((entry) => [entry.slug, entry.score]));
    for (const topic of paper.topics) {
      let row = scores.get(topic);
      if (row === undefined) scores.set(topic, (row = new Map()));
      row.set(paper.slug, evidence.get(topic) ?? 0);
    }
  });
  return scores;
}

/**
 * Orders paper slugs most about `topics` first: by the best score any of them gives a paper,
 * highest first; equal scores keep the order the list had (document order), as `Array#sort` is stable.
 */
export function byScore(scores: TopicScores, ...topics: string[]): (a: string, b: string) => number {
  const best = (paper: string): number => Math.max(0, ...topics.map((topic) => scores.get(topic)?.get(paper) ?? 0));
  return (a, b) => best(b) - best(a);
}
