import type { TaxonomyTopic } from '../../src/schemas/taxonomy.ts';
import type { CollectionPhrases } from './collection-phrases.ts';
import { minimumCohesion, type Completer, type PhraseNamer, type ScoredPhrase } from './phrase-names.ts';
import type { WrittenPhrase } from './phrase-display.ts';

/** Weight of a topic's name as evidence; its other evidence weighs 1–3, so writing the name is what counts most. */
export const nameWeight = 30;
/** Phrases of evidence per topic. */
const evidencePerTopic = 30;
/** More phrases a topic may get so that its papers all have some evidence of it. */
const coverPhrases = 20;
/** Share of a topic's papers that must write a phrase for its description to name it. */
const describeShare = 0.2;

/** A named group's leading phrases: its name first, then what its papers write most distinctively, then phrases that reach the papers those miss. */
export function evidencePhrases(name: number, scored: readonly ScoredPhrase[], members: readonly number[], phrases: CollectionPhrases): ScoredPhrase[] {
  const own = scored.find((p) => p.id === name) ?? { id: name, inside: members.length, score: scored[0]?.score ?? 1 };
  const list = [own, ...scored.filter((p) => p.id !== name).slice(0, evidencePerTopic - 1)];
  return [...list, ...coveringPhrases(list, scored, members, phrases)];
}

/** The topic's record in the taxonomy (slug left to the caller): name, description, aliases and weighted evidence. */
export function topicRecord(
  nameId: number,
  list: readonly ScoredPhrase[],
  size: number,
  namer: PhraseNamer,
  written: WrittenPhrase,
): Omit<TaxonomyTopic, 'slug'> | undefined {
  const { phrases, complete, cohesive } = namer;
  const inFull = (id: number): string => written(complete(id).key);
  const title = inFull(nameId);
  if (title === '') return undefined;
  // What many of the topic's papers write, most written first: never what a few do.
  // Phrases, not single words (`nodes`, `weights`), and only those whose writers are alike: no `machine learning models`.
  const common = list
    .filter((p) => p.id !== nameId && p.inside >= describeShare * size && phrases.lengths[p.id]! > 1 && cohesive(p.id) >= minimumCohesion)
    .sort((a, b) => b.inside - a.inside || a.id - b.id);
  const shown = distinct(shownPhrases(common, phrases, complete).map((p) => inFull(p.id)), title).slice(0, 3);
  const top = Math.max(...list.map((p) => p.score));
  const acronymsOf = (key: string): string[] => (phrases.acronyms.get(key) ?? []).map((a) => a.acronym);
  const evidence = list.flatMap((p) => {
    // Phrases as counted: a full phrase in every entry would count one mention for many.
    const counted = written(phrases.keys[p.id]!);
    const weight = Math.round((1 + (2 * p.score) / top) * 100) / 100;
    if (p.id !== nameId) return counted === '' ? [] : [{ phrases: [counted, ...acronymsOf(phrases.keys[p.id]!)], weight }];
    // The name as said in full is what puts a paper on the topic; a paper that stops short
    // (`question answering` of `multi-hop question answering`) only has evidence of it.
    const full = complete(p.id).key;
    const named = { phrases: [title, ...acronymsOf(full)], weight: nameWeight };
    return counted === '' || counted === title
      ? [{ ...named, phrases: [...new Set([title, ...acronymsOf(full), ...acronymsOf(phrases.keys[p.id]!)])] }]
      : [named, { phrases: [counted, ...acronymsOf(phrases.keys[p.id]!)], weight }];
  });
  return {
    name: capitalize(title),
    description: describe(title, shown),
    aliases: aliasesOf(nameId, phrases, title, complete),
    evidence,
  };
}

/** The key of every phrase a topic record may show, so their spellings are read (see writtenPhrases). */
export function spellingsNeeded(list: readonly ScoredPhrase[], phrases: CollectionPhrases, complete: Completer, needed: Map<number, number>, keys: Set<string>): void {
  for (const p of list) {
    keys.add(phrases.keys[p.id]!).add(complete(p.id).key);
    // A phrase said in full needs more papers to show it: only most of them go on with its next word.
    needed.set(p.id, Math.max(needed.get(p.id) ?? 0, complete(p.id).key === phrases.keys[p.id] ? 2 : 8));
  }
}

/** A name as a heading: its first letter in capitals, the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Phrases that reach the group's papers its leading evidence misses: greedily the phrase
 * with the best score × papers newly reached, until all but 5% are reached (at most
 * {@link coverPhrases} more), so every paper of a topic has some evidence of it.
 */
function coveringPhrases(list: readonly ScoredPhrase[], scored: readonly ScoredPhrase[], members: readonly number[], phrases: CollectionPhrases): ScoredPhrase[] {
  const chosen = new Set(list.map((p) => p.id));
  const byId = new Map(scored.map((p) => [p.id, p]));
  let missed = members.filter((i) => !phrases.papers[i]!.some((id) => chosen.has(id)));
  const added: ScoredPhrase[] = [];
  while (added.length < coverPhrases && missed.length > 0.05 * members.length) {
    const reach = new Map<number, number>();
    for (const i of missed) for (const id of phrases.papers[i]!) if (byId.has(id) && !chosen.has(id)) reach.set(id, (reach.get(id) ?? 0) + 1);
    let best: ScoredPhrase | undefined;
    let bestValue = 0;
    for (const [id, count] of reach) {
      const value = count * byId.get(id)!.score;
      if (count >= 2 && (value > bestValue || (value === bestValue && best !== undefined && id < best.id))) [best, bestValue] = [byId.get(id)!, value];
    }
    if (best === undefined) break;
    added.push(best);
    chosen.add(best.id);
    missed = missed.filter((i) => !phrases.papers[i]!.includes(best.id));
  }
  return added;
}

/** One line from the phrases the topic's papers share. */
function describe(name: string, shown: readonly string[]): string {
  if (shown.length === 0) return `Papers on ${name}.`;
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return `Papers on ${name}, often about ${list}.`;
}

/**
 * Phrases worth showing a reader: whole phrases (or said in full) before single words, and no
 * fragment of a longer phrase used by most of the same papers (`deep reinforcement` of `deep reinforcement learning`).
 */
function shownPhrases(list: readonly ScoredPhrase[], phrases: CollectionPhrases, complete: Completer): ScoredPhrase[] {
  const whole = list.filter(
    (p) =>
      !complete(p.id).hangs && !list.some((o) => o !== p && phrases.lengths[o.id]! > phrases.lengths[p.id]! && o.inside >= 0.6 * p.inside && phrases.keys[o.id]!.includes(phrases.keys[p.id]!)),
  );
  return [...whole.filter((p) => phrases.lengths[p.id]! > 1), ...whole.filter((p) => phrases.lengths[p.id] === 1)];
}

/**
 * Other names of a topic: the acronyms the collection defines for its name, said in full or
 * as counted (`GNN` for graph neural networks); never another phrase's (`GCN`, `SSGD`).
 */
function aliasesOf(nameId: number, phrases: CollectionPhrases, name: string, complete: Completer): string[] {
  const aliases = [complete(nameId).key, phrases.keys[nameId]!].flatMap((key) => (phrases.acronyms.get(key) ?? []).map((a) => a.acronym));
  return [...new Set(aliases)].filter((alias) => alias.toLowerCase() !== name.toLowerCase());
}

/** Phrases not already said by the name or an earlier phrase. */
function distinct(texts: readonly string[], name: string): string[] {
  const said = [name.toLowerCase()];
  const out: string[] = [];
  for (const text of texts) {
    const lower = text.toLowerCase();
    if (lower === '' || said.some((s) => s.includes(lower) || lower.includes(s))) continue;
    said.push(lower);
    out.push(text);
  }
  return out;
}
