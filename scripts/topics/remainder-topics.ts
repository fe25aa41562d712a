import { minimumCohesion, type PhraseNamer } from './phrase-names.ts';
import type { NamedGroup } from './name-clusters.ts';

/** Share of the papers that should write some topic's name: below it, remainder topics are made. */
const enoughWritten = 0.7;

/**
 * Topics for the papers that write none of the names chosen: greedily, the phrase most of
 * whose writers write no name yet, written by enough of them to be a topic, said whole, no
 * broader than twice a topic's average share, mostly in one cluster (a subject the neighbour
 * graph sees too), and written by papers more alike than the collection's; its writers are
 * the topic. At most `count`.
 */
export function remainderTopics(namer: PhraseNamer, named: readonly NamedGroup[], count: number, used: ReadonlySet<string>, clusterOf: Int32Array): NamedGroup[] {
  const { phrases, writers, complete, cohesive } = namer;
  const n = phrases.papers.length;
  if (count <= 0) return [];
  const smallest = Math.max(3, Math.ceil((0.2 * n) / (named.length + count)));
  const largest = Math.min(0.25 * n, n / (named.length + count));
  const covered = new Uint8Array(n);
  for (const group of named) for (const i of writers[group.name]!) covered[i] = 1;
  const taken = new Set(used);
  const candidates: number[] = [];
  for (let id = 0; id < phrases.keys.length; id += 1) {
    const df = phrases.documentFrequency[id]!;
    // Phrases only: a word alone (`nodes`, `rewards`) says too little to be a topic by itself.
    if (df >= smallest && df <= 2 * largest && phrases.numeric[id] === 0 && phrases.lengths[id]! > 1) candidates.push(id);
  }
  const found: NamedGroup[] = [];
  let written = covered.reduce((sum, c) => sum + c, 0);
  // Only while too few papers write a name: a topic for every stray phrase is a list no one reads.
  while (found.length < count && written < enoughWritten * n) {
    // Candidates by papers newly reached, most first; the first that qualifies wins.
    const reach = candidates.map((id) => writers[id]!.reduce((sum, i) => sum + (1 - covered[i]!), 0));
    const order = candidates.map((_, c) => c).filter((c) => reach[c]! >= smallest && reach[c]! >= 0.5 * writers[candidates[c]!]!.length);
    order.sort((a, b) => reach[b]! - reach[a]! || candidates[a]! - candidates[b]!);
    const pick = order.map((c) => candidates[c]!).find((id) => !taken.has(phrases.keys[id]!) && !complete(id).hangs && cohesive(id) >= minimumCohesion && concentrated(writers[id]!, clusterOf));
    if (pick === undefined) break;
    found.push({ members: [...writers[pick]!], name: pick });
    taken.add(phrases.keys[pick]!);
    for (const i of writers[pick]!) {
      written += 1 - covered[i]!;
      covered[i] = 1;
    }
  }
  return found;
}

/** Whether most of a phrase's writers are in one cluster: a generic phrase (`machine learning models`) is written all over the graph. */
function concentrated(writers: readonly number[], clusterOf: Int32Array): boolean {
  const counts = new Map<number, number>();
  for (const i of writers) if (clusterOf[i]! >= 0) counts.set(clusterOf[i]!, (counts.get(clusterOf[i]!) ?? 0) + 1);
  return Math.max(0, ...counts.values()) >= 0.5 * writers.length;
}
