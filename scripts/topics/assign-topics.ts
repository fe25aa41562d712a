import { otherTopicSlug } from '../../src/schemas/taxonomy.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy.ts';
import type { EncodedPapers } from './encode-papers.ts';
import { tokenize } from '../text-model/tokenize.ts';

/** How one evidence entry of a topic matched one paper. */
export interface EvidenceMatch {
  /** The entry's phrases that occurred, as written in the taxonomy. */
  matched: string[];
  /** The entry's weight. */
  weight: number;
  /** Mentions in the title (counted once, times `titleWeight`). */
  titleCount: number;
  /** Mentions in the abstract (counted sublinearly: `1 + ln count`). */
  abstractCount: number;
  /** `weight × (titleWeight × [titleCount > 0] + (abstractCount > 0 ? 1 + ln abstractCount : 0))`. */
  score: number;
}

/** Why a topic with evidence did or did not end up on the paper. */
export type TopicVerdict = 'assigned' | 'nearest' | 'moved' | 'below threshold' | 'below relative cutoff' | 'name not written' | 'over max topics' | 'topic full';

/** One topic's evidence for one paper. */
export interface TopicEvidence {
  /** The topic's slug. */
  slug: string;
  /** Sum of the matches' scores. */
  score: number;
  /** The score the topic needed. */
  threshold: number;
  /** Whether the topic was assigned, and if not, why. */
  verdict: TopicVerdict;
  /** Entries that matched, highest score first. */
  matches: EvidenceMatch[];
}

/** The topics of one paper and the evidence behind them. */
export interface TopicAssignment {
  /** Topic slugs, main topic first; `other` alone when no topic qualified. */
  topics: string[];
  /** Every topic with any evidence, highest score first (ties: taxonomy order). */
  evidence: TopicEvidence[];
}

interface CompiledPhrase {
  /** Number of the evidence entry across the whole taxonomy, in taxonomy order. */
  key: number;
  phrase: string;
  /** An acronym (`GAN`) is one word: it never matches words run together (`e.g. an`). */
  oneWord: boolean;
}

/**
 * Assigns each paper to 1–`maxTopics` topics by weighted phrase evidence in its title and
 * abstract; when no topic reaches its threshold, to `other`, or with `unclaimed: nearest`
 * to its best-scoring topic. `encoded`, the same papers already tokenized, saves
 * tokenizing them again. Pure and deterministic.
 */
export function assignTopics(
  papers: ReadonlyArray<{ title: string; abstract: string }>,
  taxonomy: Taxonomy,
  encoded?: EncodedPapers,
): TopicAssignment[] {
  const { threshold, titleWeight, maxTopics, relativeCutoff, unclaimed, nearestMinimum, secondaryNeedsName } = taxonomy.assignment;
  const { byKey, prefixes } = compilePhrases(taxonomy);
  const entryAt = taxonomy.topics.flatMap((topic, topicIndex) => topic.evidence.map((_, entry) => ({ topic: topicIndex, entry })));

  // Words of a text: from the papers already tokenized when given (punctuation dropped), else tokenized here.
  const wordsOf = (text: string, ids: Int32Array | undefined): string[] => {
    if (ids === undefined || encoded === undefined) return tokenize(text).map((t) => t.term);
    const words: string[] = [];
    for (const id of ids) if (id >= 0) words.push(encoded.terms[id]!);
    return words;
  };
  const assignments = papers.map((paper, index) => {
    const title = countMentions(wordsOf(paper.title, encoded?.titles[index]), byKey, prefixes);
    const abstract = countMentions(wordsOf(paper.abstract, encoded?.abstracts[index]), byKey, prefixes);
    // Only the entries that occur: a large taxonomy costs little per paper.
    const touched = [...new Set([...title.keys(), ...abstract.keys()])].sort((a, b) => a - b);
    const byTopic = new Map<number, EvidenceMatch[]>();
    // Topics whose first entry (an automatic topic's name) the paper writes.
    const named = new Set<string>();
    for (const key of touched) {
      const { topic: topicIndex, entry: entryIndex } = entryAt[key]!;
      if (entryIndex === 0) named.add(taxonomy.topics[topicIndex]!.slug);
      const entry = taxonomy.topics[topicIndex]!.evidence[entryIndex]!;
      const inTitle = title.get(key);
      const inAbstract = abstract.get(key);
      const titleCount = inTitle?.count ?? 0;
      const abstractCount = inAbstract?.count ?? 0;
      const matched = entry.phrases.filter((p) => inTitle?.phrases.has(p) || inAbstract?.phrases.has(p));
      const score =
        entry.weight * ((titleCount > 0 ? titleWeight : 0) + (abstractCount > 0 ? 1 + Math.log(abstractCount) : 0));
      const matches = byTopic.get(topicIndex) ?? [];
      matches.push({ matched, weight: entry.weight, titleCount, abstractCount, score: round(score) });
      byTopic.set(topicIndex, matches);
    }
    const scored: TopicEvidence[] = [];
    // Entries are numbered in taxonomy order, so topics come in taxonomy order too.
    for (const [topicIndex, matches] of byTopic) {
      const topic = taxonomy.topics[topicIndex]!;
      matches.sort((a, b) => b.score - a.score);
      const score = round(matches.reduce((sum, m) => sum + m.score, 0));
      const needed = topic.threshold ?? threshold;
      scored.push({ slug: topic.slug, score, threshold: needed, verdict: score >= needed ? 'assigned' : 'below threshold', matches });
    }
    // Stable sort keeps taxonomy order among equal scores.
    scored.sort((a, b) => b.score - a.score);
    const top = scored.find((t) => t.verdict === 'assigned')?.score ?? 0;
    const topics: string[] = [];
    for (const topic of scored) {
      if (topic.verdict !== 'assigned') continue;
      if (topic.score < relativeCutoff * top) topic.verdict = 'below relative cutoff';
      else if (secondaryNeedsName && topics.length > 0 && !named.has(topic.slug)) topic.verdict = 'name not written';
      else if (topics.length >= maxTopics) topic.verdict = 'over max topics';
      else topics.push(topic.slug);
    }
    // No topic reached its threshold: the best-scoring one takes the paper, when the taxonomy says so.
    const nearest = scored[0];
    if (topics.length === 0 && unclaimed === 'nearest' && nearest !== undefined && nearest.score >= nearestMinimum) {
      nearest.verdict = 'nearest';
      topics.push(nearest.slug);
    }
    return { topics: topics.length > 0 ? topics : [otherTopicSlug], evidence: scored };
  });
  keepShares(papers, taxonomy, assignments);
  return assignments;
}

/**
 * Holds each topic with a `maxShare` to that share of the papers: when more qualify, it
 * keeps those with the strongest evidence (ties: by title, so input order does not matter)
 * and drops the rest, which keep their other topics or, with none left, move to their best
 * topic that reaches its threshold and has room (with `unclaimed: nearest`, any with room).
 * Topics are filled in taxonomy order and a move never overfills one, so one pass suffices.
 */
function keepShares(papers: ReadonlyArray<{ title: string }>, taxonomy: Taxonomy, assignments: TopicAssignment[]): void {
  const { nearestMinimum } = taxonomy.assignment;
  const rooms = new Map<string, number>();
  for (const topic of taxonomy.topics) {
    if (topic.maxShare !== undefined) rooms.set(topic.slug, Math.max(1, Math.floor(topic.maxShare * papers.length)));
  }
  if (rooms.size === 0) return;
  const held = new Map<string, number[]>();
  assignments.forEach((a, i) => {
    for (const slug of a.topics) held.set(slug, [...(held.get(slug) ?? []), i]);
  });
  const hasRoom = (slug: string): boolean => (held.get(slug)?.length ?? 0) < (rooms.get(slug) ?? Infinity);
  const scoreOf = (i: number, slug: string): number => assignments[i]!.evidence.find((e) => e.slug === slug)?.score ?? 0;
  for (const topic of taxonomy.topics) {
    const room = rooms.get(topic.slug);
    const holders = held.get(topic.slug) ?? [];
    if (room === undefined || holders.length <= room) continue;
    holders.sort((a, b) => scoreOf(b, topic.slug) - scoreOf(a, topic.slug) || compareText(papers[a]!.title, papers[b]!.title) || a - b);
    held.set(topic.slug, holders.slice(0, room));
    for (const i of holders.slice(room)) {
      const assignment = assignments[i]!;
      assignment.topics = assignment.topics.filter((slug) => slug !== topic.slug);
      assignment.evidence.find((e) => e.slug === topic.slug)!.verdict = 'topic full';
      if (assignment.topics.length > 0) continue;
      const open = assignment.evidence.filter((e) => e.verdict !== 'topic full' && hasRoom(e.slug));
      const next = open.find((e) => e.score >= e.threshold) ?? (taxonomy.assignment.unclaimed === 'nearest' && (open[0]?.score ?? 0) >= nearestMinimum ? open[0] : undefined);
      if (next === undefined) {
        assignment.topics = [otherTopicSlug];
        continue;
      }
      next.verdict = 'moved';
      assignment.topics = [next.slug];
      held.set(next.slug, [...(held.get(next.slug) ?? []), i]);
    }
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Phrases keyed by their words run together, so `fine-tuning`, `fine tuning` and `finetuning` meet. */
function compilePhrases(taxonomy: Taxonomy): { byKey: Map<string, CompiledPhrase[]>; prefixes: Set<string> } {
  const byKey = new Map<string, CompiledPhrase[]>();
  const prefixes = new Set<string>();
  let entryKey = 0;
  taxonomy.topics.forEach((topic) => {
    topic.evidence.forEach((entry) => {
      const entryNumber = entryKey++;
      const keys = new Set<string>();
      for (const phrase of entry.phrases) {
        // Variants of one phrase (`adapter`, `adapters`) are one phrase: keep the first.
        const key = tokenize(phrase).map((t) => t.term).join('');
        if (key === '' || keys.has(key)) continue;
        keys.add(key);
        for (let end = 1; end <= key.length; end += 1) prefixes.add(key.slice(0, end));
        const list = byKey.get(key) ?? [];
        list.push({ key: entryNumber, phrase, oneWord: !/\s/.test(phrase) && (phrase.match(/\p{Lu}/gu)?.length ?? 0) >= 2 });
        byKey.set(key, list);
      }
    });
  });
  return { byKey, prefixes };
}

/**
 * Counts mentions of each evidence entry (numbered across the taxonomy) in a text's words. A mention is a run of
 * whole words whose concatenation equals a phrase (so `fine-tuning`, `fine tuning` and
 * `finetuning` meet). Reading left to right, the longest phrase at each position claims its
 * words, like a dictionary tokenizer: in `dataset distillation`, the data-efficiency phrase
 * wins and `distillation` alone does not also count. Every entry listing the winning phrase
 * counts it.
 */
function countMentions(
  words: readonly string[],
  byKey: ReadonlyMap<string, CompiledPhrase[]>,
  prefixes: ReadonlySet<string>,
): Map<number, { count: number; phrases: Set<string> }> {
  const counts = new Map<number, { count: number; phrases: Set<string> }>();
  let i = 0;
  while (i < words.length) {
    let best: { end: number; hits: CompiledPhrase[] } | undefined;
    let joined = '';
    for (let j = i; j < words.length; j += 1) {
      joined += words[j];
      // No phrase starts with these words: stop looking further right.
      if (!prefixes.has(joined)) break;
      const found = byKey.get(joined);
      const hits = found === undefined || j === i ? found : found.filter((hit) => !hit.oneWord);
      if (hits !== undefined && hits.length > 0) best = { end: j + 1, hits };
    }
    if (!best) {
      i += 1;
      continue;
    }
    for (const hit of best.hits) {
      const key = hit.key;
      const entry = counts.get(key) ?? { count: 0, phrases: new Set<string>() };
      entry.count += 1;
      entry.phrases.add(hit.phrase);
      counts.set(key, entry);
    }
    i = best.end;
  }
  return counts;
}

/** Rounds a score to 2 decimals, so printed and compared scores agree. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
