import type { CollectionPhrases } from './collection-phrases.ts';

/** A topic as areas see it: its papers (indices into the phrases' papers) and its name's phrase key. */
export interface AreaTopic {
  members: readonly number[];
  nameKey: string;
}

/** An area found: the phrase that names it and the topics (indices) it groups. */
export interface FoundArea {
  /** Phrase id of the area's name. */
  phrase: number;
  /** Its key said in full. */
  key: string;
  /** Indices of its topics, largest first. */
  topics: number[];
}

/** Fewest topics that need areas: a list this long no longer fits a screen. */
export const areaMinimumTopics = 20;
/** Share of a topic's papers that must write an area's name for the topic to join it. */
const joinShare = 0.5;
/** Fewest topics an area groups. */
const smallestArea = 2;
/** Largest share of the collection one area may hold: an area of everything groups nothing. */
const largestArea = 0.4;
/** How much more alike than the collection's papers the writers of an area's name must be. */
const minimumCohesion = 1.5;

/**
 * Groups topics into areas named by a phrase most of each grouped topic's papers write
 * (`reinforcement learning` over offline, multi-agent and inverse reinforcement learning;
 * `cancer` over breast and cervical cancer), or that the topic's name contains. Greedily,
 * the phrase written by the most papers of the topics it would group, two topics at least;
 * a phrase on most of the collection, whose writers are hardly more alike than the
 * collection's papers, or that stops short is no area's name. None below
 * {@link areaMinimumTopics} topics. Deterministic (ties by key).
 */
export function findAreas(
  topics: readonly AreaTopic[],
  phrases: CollectionPhrases,
  complete: (id: number) => { key: string; hangs: boolean },
  cohesive: (id: number) => number,
): FoundArea[] {
  if (topics.length < areaMinimumTopics) return [];
  const n = phrases.papers.length;
  // Papers of each topic writing each phrase.
  const writing = topics.map(({ members }) => {
    const counts = new Map<number, number>();
    for (const i of members) for (const id of phrases.papers[i]!) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });
  const candidates = new Set<number>();
  writing.forEach((counts, t) => {
    for (const [id, count] of counts) if (count >= joinShare * topics[t]!.members.length) candidates.add(id);
  });
  const usable = [...candidates]
    .filter((id) => phrases.documentFrequency[id]! <= n / 2 && phrases.numeric[id] === 0 && !complete(id).hangs && cohesive(id) >= minimumCohesion)
    .sort((a, b) => a - b);
  const free = new Set(topics.map((_, t) => t));
  const areas: FoundArea[] = [];
  for (;;) {
    let best: { phrase: number; topics: number[]; papers: number } | undefined;
    for (const id of usable) {
      const key = complete(id).key;
      if (areas.some((area) => area.key === key)) continue;
      // A topic named like the area (`reinforcement learning`) is its general topic, and joins it.
      const joined = [...free].filter((t) => (writing[t]!.get(id) ?? 0) >= joinShare * topics[t]!.members.length || topics[t]!.nameKey.includes(phrases.keys[id]!));
      if (joined.some((t) => topics[t]!.nameKey === key) && joined.length < smallestArea + 1) continue;
      if (joined.length < smallestArea) continue;
      const size = joined.reduce((sum, t) => sum + topics[t]!.members.length, 0);
      if (size > largestArea * n) continue;
      const papers = joined.reduce((sum, t) => sum + (writing[t]!.get(id) ?? 0), 0);
      if (best === undefined || papers > best.papers) best = { phrase: id, topics: joined, papers };
    }
    if (best === undefined) break;
    const grouped = best.topics.sort((a, b) => topics[b]!.members.length - topics[a]!.members.length || a - b);
    areas.push({ phrase: best.phrase, key: complete(best.phrase).key, topics: grouped });
    for (const t of grouped) free.delete(t);
  }
  return areas;
}

/** An area's line: its name and its topics, largest first, four at most (`… and 3 more`). */
export function describeArea(name: string, topicNames: readonly string[]): string {
  const lower = (text: string): string => (/\p{Lu}/u.test(text.slice(1, 2)) ? text : text.charAt(0).toLowerCase() + text.slice(1));
  const listed = topicNames.slice(0, 4).map(lower);
  const more = topicNames.length > 4 ? ` and ${topicNames.length - 4} more` : '';
  return `Papers on ${lower(name)}: ${listed.join(', ')}${more}.`;
}
