import { clusterVectors, similarity } from './cluster-vectors.ts';
import { tfidf } from './tfidf.ts';

/** A cluster of similar papers and the terms that set it apart. */
export interface SuggestedTopic {
  /** Indices of the cluster's documents, most typical first. */
  members: number[];
  /** Distinctive terms and phrases (as written in the document), most distinctive first. */
  terms: string[];
  /** Share of the cluster's documents using each of `terms`. */
  coverage: number[];
}

/** Options of {@link suggestTopics}. */
export interface SuggestTopicsOptions {
  /** Number of clusters. Default `√(n / 2)`, between 2 and 25. */
  clusters?: number;
  /** Seed of the clustering. Default 1. */
  seed?: number;
  /** Terms per cluster. Default 10. */
  terms?: number;
}

/**
 * Suggests topics for a document: clusters the papers' TF-IDF vectors (spherical k-means,
 * fixed seed) and names each cluster by class-based TF-IDF, so a person can write a
 * taxonomy from evidence in the document itself. Largest cluster first. Deterministic.
 *
 * A term's weight in a cluster is `(papers of the cluster using it / cluster size) ×
 * ln(1 + average cluster size / papers using it overall)`: common inside, rare outside.
 */
export function suggestTopics(docs: ReadonlyArray<string>, options: SuggestTopicsOptions = {}): SuggestedTopic[] {
  const n = docs.length;
  if (n === 0) return [];
  const k = options.clusters ?? Math.min(25, Math.max(2, Math.round(Math.sqrt(n / 2))));
  const model = tfidf(docs);
  const { labels, centroids } = clusterVectors(model.vectors, k, { seed: options.seed ?? 1 });
  const clusterCount = centroids.length;

  // Papers using each term, per cluster and overall.
  const perCluster = Array.from({ length: clusterCount }, () => new Map<number, number>());
  model.vectors.forEach((v, i) => {
    const counts = perCluster[labels[i]!]!;
    for (const id of v.indices) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const averageSize = n / clusterCount;

  const topics: SuggestedTopic[] = [];
  for (let c = 0; c < clusterCount; c += 1) {
    const members = labels.flatMap((label, i) => (label === c ? [i] : []));
    if (members.length === 0) continue;
    const centre = centroids[c]!;
    const typicality = new Map(members.map((i) => [i, similarity(model.vectors[i]!, centre)]));
    members.sort((a, b) => typicality.get(b)! - typicality.get(a)! || a - b);

    const minimum = Math.min(2, members.length);
    const scored = [...perCluster[c]!]
      .filter(([, count]) => count >= minimum)
      .map(([id, count]) => ({
        id,
        count,
        weight: (count / members.length) * Math.log(1 + averageSize / model.documentFrequency[id]!),
      }))
      .sort((a, b) => b.weight - a.weight || a.id - b.id);

    // Skip a term whose words a chosen phrase already shows (`graph` after `graph neural`).
    const terms: string[] = [];
    const coverage: number[] = [];
    const shown = new Set<string>();
    for (const { id, count } of scored) {
      if (terms.length >= (options.terms ?? 10)) break;
      const words = model.vocabulary[id]!.split(' ');
      if (words.every((word) => shown.has(word))) continue;
      for (const word of words) shown.add(word);
      terms.push(model.labels[id]!);
      coverage.push(count / members.length);
    }
    topics.push({ members, terms, coverage });
  }
  return topics.sort((a, b) => b.members.length - a.members.length || (a.members[0] ?? 0) - (b.members[0] ?? 0));
}
