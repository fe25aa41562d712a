import type { EncodedPapers } from './encode-papers.ts';

/** Longest phrase considered, in words. */
export const maxWords = 3;
/** Room for word ids when packing an n-gram, or a phrase and a word, into one number (2²¹ distinct words). */
export const wordSpace = 2 ** 21;
/** Articles come before any noun phrase: they bind none. */
const articles = new Set(['a', 'an', 'the']);

/** Every phrase of a collection and how the papers use it, phrase ids in key order. */
export interface PhraseCounts {
  /** Key of each phrase id: its folded words run together. */
  keys: string[];
  /** Number of words of each phrase. */
  lengths: number[];
  /** The phrase one word shorter (all its words but the last), or −1 for a word. */
  heads: number[];
  /** The phrase of the last word alone (itself for a word). */
  tails: number[];
  /** How often each phrase occurs. */
  uses: number[];
  /** How often each phrase ends a run: modifies no next word. */
  ends: number[];
  /** Uses of each phrase that are a whole run between two numbers (`1 center dot 2`). */
  betweenNumbers: number[];
  /** Each paper's phrases: phrase id → occurrences. */
  counts: Array<Map<number, number>>;
  /** Papers in which a phrase is followed by a word, by phrase id · 2²¹ + word. */
  followers: Map<number, number>;
  /** Papers in which a phrase is preceded by a word, packed the same way. */
  preceders: Map<number, number>;
  /** Papers in which a phrase comes right after a stop word a term may hold (`and` of `fair and equitable treatment`). */
  stopBefore: Map<number, number>;
  /** Papers in which a phrase comes right before such a stop word. */
  stopAfter: Map<number, number>;
  /** The phrase id of a word alone. */
  wordPhrase: (word: number) => number;
}

/** Phrase ids handed out on first sight, with what is known of each phrase. */
interface PhraseTable {
  /** Phrase id of each n-gram seen, by packed number: the fast path, no spelling. */
  grams: Map<number, number>;
  /** Phrase id of each key: spellings that fold alike share an id. */
  byKey: Map<string, number>;
  // As in PhraseCounts, by id in order of first appearance.
  keys: string[];
  lengths: number[];
  heads: number[];
  tails: number[];
}

/** What the tally gathers over the papers: phrase ids in order of first appearance. */
interface Tally extends Omit<PhraseCounts, 'keys' | 'lengths' | 'heads' | 'tails' | 'wordPhrase'> {
  table: PhraseTable;
  /** Comparable form of each word id: what a phrase key is spelled from. */
  terms: readonly string[];
  /** 1 for a word id that is a number. */
  number: Uint8Array;
  /** 1 for a stop word a term may hold (`and`, `of`); numbers and articles go before any noun. */
  binding: Uint8Array;
}

/** What one paper adds: its phrase counts and the neighbour pairs it shows (each paper counts a pair once). */
interface PaperTally {
  seen: Map<number, number>;
  followed: Set<number>;
  preceded: Set<number>;
  stopPreceded: Set<number>;
  stopFollowed: Set<number>;
}

/**
 * Counts the phrases of the first `paperCount` papers: runs of one to {@link maxWords} words
 * between stop words (`stop` marks them by word id) and punctuation, acronyms read as their
 * expansion, with the words around each phrase. Phrase ids are in key order, so they do not
 * depend on the order of the papers.
 */
export function countPhrases(encoded: EncodedPapers, stop: Uint8Array, paperCount: number): PhraseCounts {
  const number = Uint8Array.from(encoded.terms, (term) => (/^\d+$/.test(term) ? 1 : 0));
  const tally: Tally = {
    table: { grams: new Map(), byKey: new Map(), keys: [], lengths: [], heads: [], tails: [] },
    terms: encoded.terms,
    number,
    binding: Uint8Array.from(encoded.terms, (term, word) => (number[word] === 0 && !articles.has(term) ? 1 : 0)),
    counts: [],
    uses: [],
    ends: [],
    betweenNumbers: [],
    followers: new Map(),
    preceders: new Map(),
    stopBefore: new Map(),
    stopAfter: new Map(),
  };
  for (let index = 0; index < paperCount; index += 1) tallyPaper(tally, encoded, stop, index);
  return inKeyOrder(tally);
}

/** Splits one paper's title and abstract into runs of phrase words and counts each run. */
function tallyPaper(tally: Tally, encoded: EncodedPapers, stop: Uint8Array, index: number): void {
  const paper: PaperTally = { seen: new Map(), followed: new Set(), preceded: new Set(), stopPreceded: new Set(), stopFollowed: new Set() };
  const run: number[] = [];
  for (const [ids, joins] of [[encoded.titles[index]!, encoded.titleJoins[index]!], [encoded.abstracts[index]!, encoded.abstractJoins[index]!]] as const) {
    // The word before the run (a number or a stop word), or −1 after punctuation.
    let before = -1;
    const kept = compoundWords(ids, joins, stop);
    for (let k = 0; k < ids.length; k += 1) {
      const word = ids[k]!;
      if (word < 0 || (stop[word] === 1 && kept[k] === 0)) {
        countRun(tally, paper, run, before, word);
        before = word;
        continue;
      }
      // An acronym reads as the words it stands for.
      const expansion = encoded.expansions[word];
      if (expansion === undefined) run.push(word);
      else for (const part of expansion) run.push(part);
    }
    countRun(tally, paper, run, before, -1);
  }
  tally.counts.push(paper.seen);
  // A pair counts once per paper: how many papers show it, not how often one paper repeats it.
  for (const [pairs, papersWith] of [[paper.followed, tally.followers], [paper.preceded, tally.preceders], [paper.stopPreceded, tally.stopBefore], [paper.stopFollowed, tally.stopAfter]] as const) {
    for (const pair of pairs) papersWith.set(pair, (papersWith.get(pair) ?? 0) + 1);
  }
}

/**
 * Counts every phrase of one run (its n-grams up to {@link maxWords} words), with the words
 * around each, then empties the run. `before` and `after` are the words that bound the run
 * (a stop word or a number), or −1 at punctuation.
 */
function countRun(tally: Tally, paper: PaperTally, run: number[], before: number, after: number): void {
  const { binding, number } = tally;
  const count = (id: number, start: number, end: number): void => {
    paper.seen.set(id, (paper.seen.get(id) ?? 0) + 1);
    tally.uses[id] = (tally.uses[id] ?? 0) + 1;
    if (end === run.length - 1) {
      tally.ends[id] = (tally.ends[id] ?? 0) + 1;
      if (after >= 0 && binding[after] === 1) paper.stopFollowed.add(id * wordSpace + after);
    } else paper.followed.add(id * wordSpace + run[end + 1]!);
    if (start > 0) paper.preceded.add(id * wordSpace + run[start - 1]!);
    else {
      if (before >= 0 && binding[before] === 1) paper.stopPreceded.add(id * wordSpace + before);
      if (end === run.length - 1 && before >= 0 && after >= 0 && number[before] === 1 && number[after] === 1) tally.betweenNumbers[id] = (tally.betweenNumbers[id] ?? 0) + 1;
    }
  };
  const { table, terms } = tally;
  for (let start = 0; start < run.length; start += 1) {
    // Unigrams pack as −(word + 1); longer grams as (previous gram's phrase id + 1) · 2²¹ + word.
    let id = phraseOf(table, -(run[start]! + 1), () => terms[run[start]!]!, 1);
    count(id, start, start);
    for (let end = start + 1; end < Math.min(run.length, start + maxWords); end += 1) {
      const previous = id;
      const last = phraseOf(table, -(run[end]! + 1), () => terms[run[end]!]!, 1);
      id = phraseOf(table, (previous + 1) * wordSpace + run[end]!, () => table.keys[previous]! + terms[run[end]!]!, end - start + 1, previous, last);
      count(id, start, end);
    }
  }
  run.length = 0;
}

/**
 * The phrase id of an n-gram, made on first sight. N-grams are looked up by number (word ids
 * packed together) and only a new one is spelled out by `key`: `pre training` and
 * `pretraining` share one key, so one phrase id. `head` is the phrase one word shorter and
 * `tail` the phrase of the last word (−1 for a word: itself).
 */
function phraseOf(table: PhraseTable, packed: number, key: () => string, length: number, head = -1, tail = -1): number {
  const { grams, byKey, keys, lengths, heads, tails } = table;
  let id = grams.get(packed);
  if (id !== undefined) return id;
  const spelled = key();
  id = byKey.get(spelled);
  if (id === undefined) {
    id = keys.length;
    byKey.set(spelled, id);
    keys.push(spelled);
    lengths.push(length);
    heads.push(head);
    tails.push(tail < 0 ? id : tail);
  } else if (length < lengths[id]! || (length === lengths[id] && head >= 0 && heads[id]! >= 0 && keys[head]! < keys[heads[id]!]!)) {
    // One key, several spellings (`pre training`, `pretraining`): the one with fewest words
    // (then the first head in key order) stands for it, whichever the papers show first.
    lengths[id] = length;
    heads[id] = head;
    tails[id] = tail < 0 ? id : tail;
  }
  grams.set(packed, id);
  return id;
}

/**
 * The tally with phrase ids renumbered in key order, not in order of first appearance, so
 * that ties broken by id (features, names, next words) do not depend on the order of the papers.
 */
function inKeyOrder(tally: Tally): PhraseCounts {
  const { grams, keys, lengths, heads, tails } = tally.table;
  const order = keys.map((_, id) => id).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  const rank = new Int32Array(keys.length);
  order.forEach((id, r) => (rank[id] = r));
  // Counts are kept sparse while tallying (a phrase never counted has none): 0 fills them.
  const renumber = <T>(values: readonly T[], fill: T): T[] => order.map((id) => values[id] ?? fill);
  // Pairs pack phrase id · 2²¹ + word: only the phrase part is renumbered.
  const rerank = (pairs: Map<number, number>): Map<number, number> => new Map([...pairs].map(([pair, papersWith]) => [rank[Math.floor(pair / wordSpace)]! * wordSpace + (pair % wordSpace), papersWith]));
  return {
    keys: renumber(keys, ''),
    lengths: renumber(lengths, 0),
    heads: renumber(heads, -1).map((head) => (head < 0 ? -1 : rank[head]!)),
    tails: renumber(tails, 0).map((tail) => rank[tail]!),
    uses: renumber(tally.uses, 0),
    ends: renumber(tally.ends, 0),
    betweenNumbers: renumber(tally.betweenNumbers, 0),
    counts: tally.counts.map((seen) => new Map([...seen].map(([id, count]) => [rank[id]!, count]))),
    followers: rerank(tally.followers),
    preceders: rerank(tally.preceders),
    stopBefore: rerank(tally.stopBefore),
    stopAfter: rerank(tally.stopAfter),
    wordPhrase: (word) => rank[grams.get(-(word + 1))!]!,
  };
}

/**
 * Marks the stop words inside a hyphenated word that also holds a content word (`few` of
 * `few-shot`, `out` and `of` of `out-of-distribution`, `capture` of `capture-recapture`):
 * they belong to the term, so a phrase neither starts after them (`shot learning`) nor stops
 * before them (`spatially explicit`). A compound of stop words alone (`state-of-the-art`)
 * stays a boundary.
 */
function compoundWords(ids: Int32Array, joins: Uint8Array, stop: Uint8Array): Uint8Array {
  const kept = new Uint8Array(ids.length);
  for (let start = 0; start < ids.length; ) {
    let end = start + 1;
    while (end < ids.length && joins[end] === 1) end += 1;
    if (end - start > 1) {
      let content = false;
      for (let k = start; k < end; k += 1) if (ids[k]! >= 0 && stop[ids[k]!] === 0) content = true;
      if (content) kept.fill(1, start, end);
    }
    start = end;
  }
  return kept;
}
