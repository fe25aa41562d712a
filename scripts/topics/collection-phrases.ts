import { extractAcronyms } from '../text-model/extract-acronyms.ts';
import { genericStopWords } from '../text-model/stop-words.ts';
import { countPhrases, maxWords, wordSpace, type PhraseCounts } from './count-phrases.ts';
import { encodePapers, type EncodedPapers } from './encode-papers.ts';
import { inverseDocumentFrequency, weightedVector, type SparseVector } from '../text-model/tfidf.ts';
import { tokenize } from '../text-model/tokenize.ts';

/** An acronym the collection defines, with the words it most often stands for. */
export interface DefinedAcronym {
  /** As written, singular: `GNN`. */
  acronym: string;
  /** The most frequent definition, as written: `graph neural networks`. */
  expansion: string;
  /** The expansion's phrase key (words folded and run together): `graphneuralnetwork`. */
  key: string;
}

/** The candidate phrases of a collection: what automatic topics are made of. */
export interface CollectionPhrases {
  /** Key of each phrase id: its folded words run together, as taxonomy matching compares them. */
  keys: string[];
  /** Number of words of each phrase. */
  lengths: Uint8Array;
  /**
   * Whether a phrase stops short: it or its last word is mostly followed by the same next
   * word (`deep convolutional neural`, `pre-trained language`, `multi-agent` of
   * `multi-agent reinforcement`), or its last word mostly comes before another (`3D`,
   * `multi-agent`), so it is no name on its own.
   */
  dangling: Uint8Array;
  /**
   * The word that follows each phrase in most (and at least two) of the papers using it, as the phrase id of
   * that word alone (`learning` after `multi-agent reinforcement`), or −1: how to say a
   * phrase that stops short in full, even past the longest phrase counted.
   */
  next: Int32Array;
  /**
   * The word that comes before each phrase in most (and at least two) of the papers using it,
   * as a phrase id, or −1: a phrase cut on the left (`carlo tree search` of `monte carlo tree
   * search`) is said in full with it.
   */
  previous: Int32Array;
  /**
   * Whether a phrase is mostly written between two numbers (`1 center dot 2`, an export's
   * spelling of a symbol): a text artefact, never a name.
   */
  numeric: Uint8Array;
  /** The phrase of each phrase's first word (itself for a word): where saying it in full goes on to the left. */
  firsts: Int32Array;
  /** Papers each phrase occurs in. */
  documentFrequency: Uint32Array;
  /** Each paper's distinct phrase ids, ascending. */
  papers: Uint32Array[];
  /** TF-IDF vector of each paper over the phrases kept as features (L2-normalized). */
  vectors: SparseVector[];
  /** The feature (vector index) of each phrase id, or −1 for a phrase that is none. */
  features: Int32Array;
  /** Acronyms defined in the collection, by phrase key of their expansion. */
  acronyms: Map<string, DefinedAcronym[]>;
  /** Each paper's title and abstract, as one text. */
  docs: string[];
}

/** Papers read once: their texts, the acronyms they define, and their words as ids. */
export interface PreparedPapers {
  /** Each paper's title and abstract, as one text. */
  docs: string[];
  /** Acronyms defined in the collection, by phrase key of their expansion. */
  acronyms: Map<string, DefinedAcronym[]>;
  /** The papers tokenized, defined acronyms marked. */
  encoded: EncodedPapers;
}

/** Reads the collection's acronym definitions, then tokenizes every paper once. */
export function preparePapers(papers: ReadonlyArray<{ title: string; abstract: string }>): PreparedPapers {
  const docs = papers.map((paper) => `${paper.title}.\n${paper.abstract}`);
  const acronyms = definedAcronyms(docs);
  const written = new Map<string, string>();
  for (const list of acronyms.values()) for (const { acronym, expansion } of list) written.set(acronym, expansion);
  return { docs, acronyms, encoded: encodePapers(papers, written) };
}

/** Some of the papers read by {@link preparePapers}, by index: no paper is read twice, and acronyms stay the collection's. */
export function preparedSubset(prepared: PreparedPapers, indices: readonly number[]): PreparedPapers {
  const { encoded } = prepared;
  return {
    docs: indices.map((i) => prepared.docs[i]!),
    acronyms: prepared.acronyms,
    encoded: {
      ...encoded,
      titles: indices.map((i) => encoded.titles[i]!),
      abstracts: indices.map((i) => encoded.abstracts[i]!),
      titleJoins: indices.map((i) => encoded.titleJoins[i]!),
      abstractJoins: indices.map((i) => encoded.abstractJoins[i]!),
    },
  };
}

/** Longest phrase considered, in words (counting them is what it bounds). */
export { maxWords };
/** Share of a phrase's papers that write the same word before it (or a stop word after it) for it to be part of a longer term. */
const boundShare = 0.8;
/** Most phrases used as clustering features. */
const maxFeatures = 3000;

/**
 * Reads the phrases of a collection: runs of one to three words bounded by stop words
 * and punctuation (so phrases are noun-phrase-like), with acronyms the collection
 * defines (`reinforcement learning (RL)`) written out wherever they occur, so `RL` and
 * `reinforcement learning` are one phrase. Also returns TF-IDF vectors over the
 * phrases found in at least `minDocumentFrequency` and at most half of the papers.
 * Deterministic.
 */
export function collectionPhrases(
  papers: ReadonlyArray<{ title: string; abstract: string }>,
  minDocumentFrequency = 2,
  prepared: PreparedPapers = preparePapers(papers),
): CollectionPhrases {
  const { docs, acronyms, encoded } = prepared;
  const stop = Uint8Array.from(encoded.terms, (term) => (isStop(term, term) ? 1 : 0));
  const counted = countPhrases(encoded, stop, papers.length);
  const { keys, lengths, heads, counts } = counted;
  const documentFrequency = new Uint32Array(keys.length);
  for (const seen of counts) for (const id of seen.keys()) documentFrequency[id]! += 1;
  // The same next word in most of a phrase's papers, past the longest phrase counted too
  // (`multi-agent reinforcement` → `learning`).
  const next = usualNeighbour(counted.followers, documentFrequency, counted.wordPhrase, 0.5);
  // And the same word before it in nearly all of them (`carlo tree search` ← `monte`): a term
  // many write with a modifier (`multi-hop question answering`) is still a term.
  const previous = usualNeighbour(counted.preceders, documentFrequency, counted.wordPhrase, boundShare);
  const numeric = Uint8Array.from(keys, (_, id) => (counted.betweenNumbers[id]! > 0.5 * counted.uses[id]! ? 1 : 0));
  const dangling = danglingPhrases(counted, documentFrequency, next);
  const ids = counts.map((seen) => Uint32Array.from([...seen.keys()].filter((id) => documentFrequency[id]! >= 2)).sort());
  const { features, vectors } = featureVectors(counts, documentFrequency, docs.length, minDocumentFrequency);
  return { keys, lengths: Uint8Array.from(lengths), dangling, next, previous, numeric, firsts: firstWords(heads), documentFrequency, papers: ids, vectors, features, acronyms, docs };
}

/**
 * Marks the phrases that stop short, so are no name: mostly continued by the same next word,
 * mostly modifying whatever follows, ending in a word that nearly always does, or nearly
 * always written beside the same stop word.
 */
function danglingPhrases(counted: PhraseCounts, documentFrequency: Uint32Array, next: Int32Array): Uint8Array {
  const { keys, lengths, heads, tails, uses, ends } = counted;
  // A word or phrase mostly followed by one same next word hangs (`multi-agent` of
  // `multi-agent reinforcement`), and so does any phrase ending with such a word.
  const continued = new Float64Array(keys.length);
  for (let id = 0; id < keys.length; id += 1) {
    if (lengths[id]! < 2) continue;
    const head = heads[id]!;
    continued[head] = Math.max(continued[head]!, documentFrequency[id]! / Math.max(1, documentFrequency[head]!));
  }
  // So does a phrase, or its last word, that mostly modifies a next one, whatever it is
  // (`3D`, `multi-agent`, `infinite-horizon`, `distribution across`).
  const modifier = (id: number): boolean => (ends[id] ?? 0) < 0.5 * (uses[id] ?? 0);
  // A phrase whose last word nearly always modifies another (`neural` of `deep convolutional
  // neural`) stops short; one whose last word is often a noun of its own (`silicon` of `black
  // silicon`, also in `silicon wafers`) is whole when the phrase itself ends its runs.
  const modifies = (word: number): boolean => (ends[word] ?? 0) < 0.2 * (uses[word] ?? 0);
  // And so does a phrase nearly always written beside the same stop word: part of a longer term.
  const bound = new Uint8Array(keys.length);
  for (const pairs of [counted.stopBefore, counted.stopAfter]) {
    for (const [pair, count] of pairs) {
      const id = Math.floor(pair / wordSpace);
      if (count > boundShare * documentFrequency[id]! && count >= 2) bound[id] = 1;
    }
  }
  // And a phrase of several words ending in a participle (`neural networks trained`, `data
  // collected`): a clause cut short, not a term (`random seed`, `learning speed` are).
  const participle = (id: number, tail: number): boolean => lengths[id]! >= 2 && /^\p{L}{3,}ed$/u.test(keys[tail]!) && !keys[tail]!.endsWith('eed');
  return Uint8Array.from(tails, (tail, id) => (continued[id]! >= 0.5 || next[id]! >= 0 || modifier(id) || modifies(tail) || bound[id] === 1 || participle(id, tail) ? 1 : 0));
}

/**
 * The features, the most widespread informative phrases renumbered densely for the
 * clustering's dense centres (a bounded number keeps its memory and time bounded), and
 * each paper's TF-IDF vector over them.
 */
function featureVectors(counts: ReadonlyArray<ReadonlyMap<number, number>>, documentFrequency: Uint32Array, n: number, minDocumentFrequency: number): { features: Int32Array; vectors: SparseVector[] } {
  const candidates: number[] = [];
  for (let id = 0; id < documentFrequency.length; id += 1) {
    const df = documentFrequency[id]!;
    // A phrase in more than half of the papers relates everything to everything.
    if (df >= minDocumentFrequency && df <= Math.max(n / 2, 2)) candidates.push(id);
  }
  candidates.sort((a, b) => documentFrequency[b]! - documentFrequency[a]! || a - b);
  const features = new Int32Array(documentFrequency.length).fill(-1);
  candidates.slice(0, maxFeatures).sort((a, b) => a - b).forEach((id, index) => (features[id] = index));
  const vectors = counts.map((seen) => {
    const entries: Array<[number, number, number]> = [];
    for (const [id, count] of seen) if (features[id]! >= 0) entries.push([features[id]!, count, inverseDocumentFrequency(documentFrequency[id]!, n)]);
    return weightedVector(entries);
  });
  return { features, vectors };
}

/** The phrase of each phrase's first word (itself for a word), following heads to the left. */
function firstWords(heads: readonly number[]): Int32Array {
  return Int32Array.from(heads, (_, id) => {
    let first = id;
    while (heads[first]! >= 0) first = heads[first]!;
    return first;
  });
}

/**
 * The word next to each phrase (after it, or before it) in more than `share`, and at least two,
 * of the papers using it, as a phrase id; −1 where there is none. Ties: the word first in key order.
 */
function usualNeighbour(pairs: ReadonlyMap<number, number>, documentFrequency: Uint32Array, wordPhrase: (word: number) => number, share: number): Int32Array {
  const neighbour = new Int32Array(documentFrequency.length).fill(-1);
  const papersWith = new Uint32Array(documentFrequency.length);
  for (const [pair, count] of pairs) {
    const id = Math.floor(pair / wordSpace);
    const word = wordPhrase(pair % wordSpace);
    // Most papers, and more than one: one paper's wording is no usage.
    if (count <= share * documentFrequency[id]! || count < 2) continue;
    if (neighbour[id]! < 0 || count > papersWith[id]! || (count === papersWith[id]! && word < neighbour[id]!)) [neighbour[id], papersWith[id]] = [word, count];
  }
  return neighbour;
}

/** Function words, boilerplate, numbers and single letters end a phrase; so does `state-of-the-art`. */
export function isStop(term: string, surface: string): boolean {
  if (term.length < 2 || /^\d+$/.test(term) || genericStopWords.has(term) || genericStopWords.has(surface)) return true;
  return surface.includes('-') && surface.split('-').every((part) => genericStopWords.has(part) || /^\d*$/.test(part));
}

/**
 * Acronyms defined in the collection, each with its most frequent expansion, written as it is
 * most often written (ties: in text order, so the order of the papers does not matter).
 */
function definedAcronyms(docs: ReadonlyArray<string>): Map<string, DefinedAcronym[]> {
  const tally = new Map<string, Map<string, { count: number; written: Map<string, number> }>>();
  for (const doc of docs) {
    for (const { acronym, expansion } of extractAcronyms(doc)) {
      // `GNNs` is the plural of `GNN`.
      const singular = /^[A-Z0-9-]{2,}s$/.test(acronym) ? acronym.slice(0, -1) : acronym;
      const words = tokenize(expansion, { joinHyphens: true });
      if (words.length > maxWords || words.some((w) => isStop(w.term, w.surface))) continue;
      const key = words.map((w) => w.term).join('');
      const forms = tally.get(singular) ?? new Map<string, { count: number; written: Map<string, number> }>();
      const form = forms.get(key) ?? { count: 0, written: new Map<string, number>() };
      form.count += 1;
      form.written.set(expansion, (form.written.get(expansion) ?? 0) + 1);
      forms.set(key, form);
      tally.set(singular, forms);
    }
  }
  const byKey = new Map<string, DefinedAcronym[]>();
  for (const acronym of [...tally.keys()].sort()) {
    const [key, form] = mostFrequent(tally.get(acronym)!, (a, b) => a.count - b.count)!;
    const [expansion] = mostFrequent(form.written, (a, b) => a - b)!;
    const list = byKey.get(key) ?? [];
    list.push({ acronym, expansion, key });
    byKey.set(key, list);
  }
  return byKey;
}

/** The entry with the greatest value; ties: the first key in text order. */
function mostFrequent<T>(entries: ReadonlyMap<string, T>, compare: (a: T, b: T) => number): [string, T] | undefined {
  let best: [string, T] | undefined;
  for (const entry of entries) {
    if (best === undefined) best = entry;
    else {
      const order = compare(entry[1], best[1]);
      if (order > 0 || (order === 0 && entry[0] < best[0])) best = entry;
    }
  }
  return best;
}
