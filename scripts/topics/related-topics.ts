import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';

/** Options of {@link relatedTopics}. */
export interface RelatedTopicsOptions {
  /** Most related topics per topic. Default 5. */
  limit?: number;
  /** Topics never listed as related, nor given related topics. Default: `other`, which is a bin, not a subject. */
  exclude?: ReadonlyArray<string>;
}

/**
 * For each topic (a map from topic slug to its papers, in taxonomy order), the topics that
 * share papers with it: most shared papers first, then higher Jaccard overlap, then
 * taxonomy order. Every topic of the input gets an entry, possibly empty.
 */
export function relatedTopics(
  topicPapers: ReadonlyMap<string, ReadonlyArray<string>>,
  options: RelatedTopicsOptions = {},
): Record<string, string[]> {
  const limit = options.limit ?? 5;
  const exclude = new Set(options.exclude ?? [otherTopicSlug]);
  const topics = [...topicPapers.keys()];
  const sets = new Map(topics.map((slug) => [slug, new Set(topicPapers.get(slug))]));
  const related: Record<string, string[]> = {};
  for (const slug of topics) {
    related[slug] = [];
    if (exclude.has(slug)) continue;
    const mine = sets.get(slug)!;
    const candidates: Array<{ slug: string; shared: number; jaccard: number; order: number }> = [];
    topics.forEach((other, order) => {
      if (other === slug || exclude.has(other)) return;
      const theirs = sets.get(other)!;
      let shared = 0;
      for (const paper of mine) if (theirs.has(paper)) shared += 1;
      if (shared === 0) return;
      candidates.push({ slug: other, shared, jaccard: shared / (mine.size + theirs.size - shared), order });
    });
    candidates.sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard || a.order - b.order);
    related[slug] = candidates.slice(0, limit).map((candidate) => candidate.slug);
  }
  return related;
}
