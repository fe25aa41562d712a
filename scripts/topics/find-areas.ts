import type { SparseVector } from '../text-model/tfidf.ts';
import { centre } from './name-clusters.ts';
import { minimumCohesion, nameFit, type PhraseNamer } from './phrase-names.ts';

/** An area found: the phrase that names it and the topics (indices) it groups. */
export interface FoundArea {
  /** Phrase id of the area's name. */
  phrase: number;
  /** Indices of its topics, largest first. */
  topics: number[];
}

/** Fewest topics that need areas: a list this long no longer fits a screen. */
export const areaMinimumTopics = 20;
/** Fewest and most areas: fewer groups nothing, more is a second list too long to scan. */
const fewestAreas = 5;
const mostAreas = 15;

/**
 * Groups topics into areas by what their papers share, not by a word in their names: each
 * topic is the centre of its papers' phrase vectors, and topics are joined bottom-up, the two
 * groups whose topics are most alike on average first (average linkage), into the number of
 * areas (5 to 15, and at most half the topics) at which topics are most alike within their
 * area compared with the nearest other area (the mean silhouette). Every topic is in one
 * area. Each area is named by the phrase most of its papers write among those written mostly
 * by its papers, whole and by alike papers (see areaName). None below
 * {@link areaMinimumTopics} topics. Deterministic (ties by topic order).
 */
export function findAreas(topics: ReadonlyArray<readonly number[]>, vectors: ReadonlyArray<SparseVector>, namer: PhraseNamer, names: readonly number[]): FoundArea[] {
  if (topics.length < areaMinimumTopics) return [];
  const centres = topics.map((members) => centre(members.map((i) => vectors[i]!)));
  // Rounded: the same papers in another order sum their vectors in another order, and the last
  // digits must not change which topics join.
  const alike = centres.map((a) => centres.map((b) => Math.round(dot(a, b) * 1e9) / 1e9));
  const labels = bestCut(alike, Math.min(mostAreas, Math.floor(topics.length / 2)));
  const groups = new Map<number, number[]>();
  labels.forEach((label, t) => groups.set(label, [...(groups.get(label) ?? []), t]));
  const sizes = topics.map((members) => members.length);
  const areas = [...groups.values()].map((list) => list.sort((a, b) => sizes[b]! - sizes[a]! || a - b));
  // Named largest first, so the largest area gets the name it fits when two would.
  areas.sort((a, b) => papersOf(b, topics).length - papersOf(a, topics).length || a[0]! - b[0]!);
  const used = new Set<string>();
  return areas.map((list) => {
    const phrase = areaName(papersOf(list, topics), namer, used, list.map((t) => names[t]!));
    used.add(namer.complete(phrase).key);
    return { phrase, topics: list };
  });
}

/**
 * Average-linkage agglomeration of the topics by their similarities, cut at the number of
 * groups from {@link fewestAreas} to `most` with the best mean silhouette (ties: fewer areas).
 * At each cut a lone topic (an outlier the linkage joins last) joins the group it is most like
 * on average: an area of one topic groups nothing, and every topic is in an area.
 * Returns each topic's group.
 */
function bestCut(alike: ReadonlyArray<ArrayLike<number>>, most: number): Int32Array {
  const t = alike.length;
  let groups = Array.from({ length: t }, (_, i) => [i]);
  let best = { score: -Infinity, labels: new Int32Array(t) };
  while (groups.length > fewestAreas) {
    let pair = [0, 1];
    let top = -Infinity;
    for (let a = 0; a < groups.length; a += 1) {
      for (let b = a + 1; b < groups.length; b += 1) {
        const link = meanBetween(groups[a]!, groups[b]!, alike);
        if (link > top + 1e-12) [pair, top] = [[a, b], link];
      }
    }
    const [a, b] = pair as [number, number];
    groups = [...groups.filter((_, g) => g !== a && g !== b), [...groups[a]!, ...groups[b]!].sort((x, y) => x - y)];
    groups.sort((x, y) => x[0]! - y[0]!);
    if (groups.length > most) continue;
    const cut = withoutLoneTopics(groups, alike);
    if (cut.length < fewestAreas) continue;
    const labels = new Int32Array(t);
    cut.forEach((members, g) => members.forEach((i) => (labels[i] = g)));
    const score = silhouette(labels, cut, alike);
    if (score >= best.score) best = { score, labels };
  }
  return best.labels;
}

/** The groups with each group of one topic joined to the group of two or more it is most like on average (ties: the first). */
function withoutLoneTopics(groups: ReadonlyArray<readonly number[]>, alike: ReadonlyArray<ArrayLike<number>>): number[][] {
  const kept = groups.filter((members) => members.length > 1).map((members) => [...members]);
  if (kept.length === 0) return groups.map((members) => [...members]);
  for (const lone of groups.filter((members) => members.length === 1)) {
    let target = 0;
    let top = -Infinity;
    kept.forEach((members, g) => {
      const link = meanBetween(lone, members, alike);
      if (link > top + 1e-12) [target, top] = [g, link];
    });
    kept[target]!.push(lone[0]!);
  }
  return kept.map((members) => members.sort((x, y) => x - y));
}

/** Mean similarity between the members of two groups. */
function meanBetween(a: readonly number[], b: readonly number[], alike: ReadonlyArray<ArrayLike<number>>): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += alike[i]![j]!;
  return sum / (a.length * b.length);
}

/** Mean silhouette of a grouping by similarity: (own − nearest other) / max, a lone topic counting 0. */
function silhouette(labels: Int32Array, groups: ReadonlyArray<readonly number[]>, alike: ReadonlyArray<ArrayLike<number>>): number {
  let total = 0;
  labels.forEach((label, i) => {
    const own = groups[label]!;
    if (own.length < 2) return;
    const inside = own.reduce((sum, j) => sum + (j === i ? 0 : alike[i]![j]!), 0) / (own.length - 1);
    let nearest = -Infinity;
    groups.forEach((members, g) => {
      if (g !== label) nearest = Math.max(nearest, meanBetween([i], members, alike));
    });
    // Similarities, not distances: near means alike.
    const [d, e] = [1 - inside, 1 - nearest];
    total += (e - d) / Math.max(d, e, 1e-12);
  });
  return total / labels.length;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/** An area's line: its name and its topics, largest first, four at most (`… and 3 more`). */
export function describeArea(name: string, topicNames: readonly string[]): string {
  const lower = (text: string): string => (/\p{Lu}/u.test(text.slice(1, 2)) ? text : text.charAt(0).toLowerCase() + text.slice(1));
  const listed = topicNames.slice(0, 4).map(lower);
  const more = topicNames.length > 4 ? ` and ${topicNames.length - 4} more` : '';
  return `Papers on ${lower(name)}: ${listed.join(', ')}${more}.`;
}




function papersOf(list: readonly number[], topics: ReadonlyArray<readonly number[]>): number[] {
  return [...new Set(list.flatMap((t) => topics[t]!))];
}

/** Least share of an area's papers that write a phrase for it to name the area. */
const areaNameShare = 0.25;

/**
 * The phrase that names an area: the one most of its papers write, among whole phrases whose
 * writers are alike and mostly in the area (a phrase the whole collection writes names no part
 * of it), written by at least a quarter of its papers, not another area's name, and not a
 * word of one or two letters (a unit such as `ha`); ties by fit (see nameFit). With none,
 * the name of its largest topic (`topicNames`, largest first) that no other area has.
 */
function areaName(papers: readonly number[], namer: PhraseNamer, used: ReadonlySet<string>, topicNames: readonly number[]): number {
  const { phrases, complete, cohesive } = namer;
  const scored = namer.rank(papers, 1);
  const fit = (p: (typeof scored)[number]): number => nameFit(p, papers.length, phrases);
  const usable = scored.filter((p) => !complete(p.id).hangs && phrases.numeric[p.id] === 0 && !used.has(complete(p.id).key) && p.inside >= 0.5 * phrases.documentFrequency[p.id]! && complete(p.id).key.length > 2);
  const named = usable.filter((p) => cohesive(p.id) >= minimumCohesion && p.inside >= areaNameShare * papers.length).sort((a, b) => b.inside - a.inside || fit(b) - fit(a) || a.id - b.id);
  return named[0]?.id ?? topicNames.find((id) => !used.has(complete(id).key)) ?? topicNames[0] ?? scored[0]?.id ?? 0;
}
