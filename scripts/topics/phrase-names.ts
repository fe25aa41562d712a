import type { CollectionPhrases } from './collection-phrases.ts';

/** A phrase's standing in a group of papers. */
export interface ScoredPhrase {
  id: number;
  /** Papers of the group that write the phrase. */
  inside: number;
  /** Class-based TF-IDF: common inside the group, rare outside. */
  score: number;
}

/** A phrase said in full: its key with the words that usually come before and after it, and whether it still stops short (or is an artefact). */
export type Completer = (id: number) => { key: string; hangs: boolean };

/** What naming needs to know of the collection's phrases, read once. */
export interface PhraseNamer {
  phrases: CollectionPhrases;
  /** Papers (indices) writing each phrase. */
  writers: number[][];
  complete: Completer;
  /** How much more alike than the collection's papers those writing a phrase are (see {@link phraseNamer}). */
  cohesive: (id: number) => number;
  /** The phrases a group's papers write, best first (see {@link rankPhrases}). */
  rank: (members: readonly number[], groups: number) => ScoredPhrase[];
}

/**
 * How much a single word's fit counts beside a phrase's when naming: a word alone
 * (`defenses`) must fit twice as well as any phrase (`adversarial robustness`).
 */
const singleWordFactor = 0.5;
/** Share of a group's papers that must write a phrase for it to name the group: a name a minority writes misleads. */
export const nameShare = 0.3;
/** Largest share of the collection whose papers may write a topic's name (or twice a topic's average share, with few topics): a broader phrase names an area. */
const broadestName = 0.25;
/**
 * How much more alike than the collection's papers those writing a name must be (see
 * cohesion): generic phrases (`deep learning`, `machine learning models`) fall below.
 */
export const minimumCohesion = 1.5;
/**
 * Least share of a name's writers that are in the group it names: a word written all over the
 * collection (`children`, `eyes`, `publications`) is no subject of one group, however many of
 * the group write it.
 */
const leastConcentration = 0.35;

/** Fewest papers of a group that must write its name. */
const leastWriters = 5;

/** Reads what naming needs of the phrases: who writes each, how each is said in full, how alike its writers are. */
export function phraseNamer(phrases: CollectionPhrases): PhraseNamer {
  const writers: number[][] = Array.from({ length: phrases.keys.length }, () => []);
  phrases.papers.forEach((list, i) => list.forEach((id) => writers[id]!.push(i)));
  const ids = new Map(phrases.keys.map((key, id) => [key, id]));
  return { phrases, writers, complete: completer(phrases, ids), cohesive: cohesion(phrases, writers), rank: (members, groups) => rankPhrases(members, groups, phrases) };
}

/**
 * The phrases a group's papers write, by class-based TF-IDF (share of the group writing it ×
 * log(1 + average group size / document frequency)): at least 3% of the group (and two papers),
 * none written by most of the collection. Ties by id.
 */
export function rankPhrases(members: readonly number[], groups: number, phrases: CollectionPhrases): ScoredPhrase[] {
  const n = phrases.papers.length;
  const average = n / Math.max(1, groups);
  const inside = new Map<number, number>();
  for (const i of members) for (const id of phrases.papers[i]!) inside.set(id, (inside.get(id) ?? 0) + 1);
  const minimum = Math.max(2, Math.ceil(0.03 * members.length));
  const scored: ScoredPhrase[] = [];
  for (const [id, count] of inside) {
    if (count < minimum) continue;
    const df = phrases.documentFrequency[id]!;
    // Phrases on most of the collection's papers say nothing about any one part of it.
    if (df > n / 2) continue;
    scored.push({ id, inside: count, score: (count / members.length) * Math.log(1 + average / df) });
  }
  return scored.sort((a, b) => b.score - a.score || a.id - b.id);
}

/**
 * How well a phrase tells a group's papers from the rest: the geometric mean (Ochiai) of the
 * share of the group writing it and the share of its writers in the group; a word alone says
 * less than a phrase.
 */
export function nameFit(p: ScoredPhrase, size: number, phrases: CollectionPhrases): number {
  return (p.inside / Math.sqrt(size * phrases.documentFrequency[p.id]!)) * (phrases.lengths[p.id] === 1 ? singleWordFactor : 1);
}

/**
 * A group's name: the phrase that best fits it (see nameFit) and is not another's name,
 * preferring a longer phrase most of its uses extend (`graph neural` → `graph neural network`).
 * It must be written by at least 30% of the group, its writers mostly in the group's region
 * (`region(id)`: how many write it there; by default the group itself), since a word the whole
 * collection writes is no subject, by no more of the collection than a topic may hold, by
 * papers more alike than the collection's (see cohesion), and be whole: never a phrase that
 * stops short or is an artefact (see completer). A single word names a group only when most
 * of its writers are in it. None: no phrase names the group.
 */
export function chooseName(
  namer: PhraseNamer,
  scored: readonly ScoredPhrase[],
  size: number,
  groups: number,
  used: ReadonlySet<string>,
  region: (id: number) => number = (id) => scored.find((p) => p.id === id)?.inside ?? 0,
): number | undefined {
  const { phrases, complete, cohesive } = namer;
  const byKey = new Map(scored.map((p) => [phrases.keys[p.id]!, p]));
  const fit = new Map(scored.map((p) => [p.id, nameFit(p, size, phrases)]));
  const candidates = [...scored].sort((a, b) => fit.get(b.id)! - fit.get(a.id)! || a.id - b.id);
  for (const candidate of candidates.slice(0, 40)) {
    let best = candidate;
    // A longer phrase used by most of the same papers says the same, better.
    for (const other of scored.slice(0, 400)) {
      if (other.inside < 0.6 * best.inside || phrases.lengths[other.id]! <= phrases.lengths[best.id]!) continue;
      if (phrases.keys[other.id]!.includes(phrases.keys[best.id]!)) best = other;
    }
    const key = phrases.keys[best.id]!;
    // Not another topic's name. A narrower or wider one may stand beside it (`multi-agent
    // reinforcement learning`, `reinforcement learning`): a mention counts for the longest.
    if (!byKey.has(key) || used.has(key)) continue;
    if (best.inside < Math.max(2, nameShare * size) || complete(best.id).hangs || phrases.numeric[best.id] === 1) continue;
    const df = phrases.documentFrequency[best.id]!;
    // Its writers mostly in the group's region of the collection (the group, or the cluster it
    // was cut from): a word written all over the collection is no subject.
    const near = region(best.id);
    if (near < leastConcentration * df) continue;
    // A single word names a group only if most of its writers are there.
    if (phrases.lengths[best.id] === 1 && near < 0.5 * df) continue;
    // A name only a handful of papers write is no subject a reader would look for.
    if (best.inside < leastWriters) continue;
    // A phrase on more of the collection than a topic may hold names an area, not a topic.
    if (df > Math.max(broadestName, 2 / groups) * phrases.papers.length) continue;
    if (cohesive(best.id) < minimumCohesion) continue;
    return best.id;
  }
  return undefined;
}

/**
 * How much more alike the papers writing a phrase are than the collection's papers: the mean
 * cosine similarity of their vectors over all pairs, the phrase's own feature left out,
 * divided by the collection's (both from vector sums: the sum of pairwise dot products is
 * (|Σv|² − Σ|v|²) / 2).
 */
function cohesion(phrases: CollectionPhrases, writers: ReadonlyArray<readonly number[]>): (id: number) => number {
  const { vectors } = phrases;
  let dimensions = 0;
  for (const v of vectors) for (const f of v.indices) dimensions = Math.max(dimensions, f + 1);
  const sum = new Float64Array(dimensions);
  // Without the phrase's own feature: its writers all have it, which says nothing of what else they share.
  const meanSimilarity = (members: Iterable<number>, without = -1): number => {
    sum.fill(0);
    let squares = 0;
    let m = 0;
    for (const i of members) {
      const v = vectors[i]!;
      v.indices.forEach((f, k) => {
        if (f === without) return;
        sum[f]! += v.values[k]!;
        squares += v.values[k]! * v.values[k]!;
      });
      m += 1;
    }
    if (m < 2) return 0;
    let total = 0;
    for (const x of sum) total += x * x;
    return (total - squares) / (m * (m - 1));
  };
  const collection = meanSimilarity(vectors.keys()) || 1;
  const memo = new Map<number, number>();
  return (id) => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const ratio = meanSimilarity(writers[id]!, phrases.features[id]) / collection;
    memo.set(id, ratio);
    return ratio;
  };
}

/**
 * Says each phrase in full: while the collection mostly goes on with the same next word,
 * that word is added (at most two), so `multi-agent reinforcement` reads `multi-agent
 * reinforcement learning` though phrases are counted up to three words. The result stops
 * short if it is a counted phrase that does, or ends with a word that mostly modifies another.
 */
function completer(phrases: CollectionPhrases, ids: ReadonlyMap<string, number>): Completer {
  const memo = new Map<number, { key: string; hangs: boolean }>();
  return (id) => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    let key = phrases.keys[id]!;
    let hangs = phrases.dangling[id] === 1;
    for (let at = id, step = 0; step < 2 && phrases.next[at]! >= 0; step += 1) {
      const word = phrases.next[at]!;
      key += phrases.keys[word]!;
      const longer = ids.get(key);
      hangs = phrases.dangling[longer ?? word] === 1;
      if (longer === undefined) break;
      at = longer;
    }
    // Cut on the left too (`carlo tree search`): the word most of its papers write before it.
    for (let at = id, step = 0; at >= 0 && phrases.previous[at]! >= 0; step += 1) {
      if (step === 2) {
        hangs = true;
        break;
      }
      const word = phrases.previous[at]!;
      key = phrases.keys[word]! + key;
      // On from the pair the new word makes with the first one (`non` before `small cell`).
      at = ids.get(phrases.keys[word]! + phrases.keys[phrases.firsts[at]!]!) ?? -1;
    }
    // Said in full, a phrase may turn out to be a text artefact (`center` → `center dot`): no name either.
    const full = ids.get(key);
    if (phrases.numeric[id] === 1 || (full !== undefined && phrases.numeric[full] === 1)) hangs = true;
    const result = { key, hangs };
    memo.set(id, result);
    return result;
  };
}
