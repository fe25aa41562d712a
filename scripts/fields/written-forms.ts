/** What a text of the collection is, which says how much its capitals tell. */
export type TextKind =
  /** Sentences (abstracts, sentence-case titles, keywords): a capital inside a sentence is the writer's choice. */
  | 'prose'
  /** Title-case titles, venues: every word may be capitalised, so only odd capitals (`IEEE`, `PLoS`) say something. */
  | 'heading'
  /** Parts of people's names written in mixed case: every form is how the person is written. */
  | 'name';

/** One text of the collection to learn its writing from. */
export interface CollectionText {
  text: string;
  kind: TextKind;
}

/** How the collection writes one phrase (lowercased words joined by single spaces). */
export interface PhraseForms {
  /** Occurrences in all. */
  count: number;
  /** Forms where the case is the writer's choice (inside a sentence, or a name), by count. */
  chosen: Map<string, number>;
  /** Forms with a capital after the first letter or a lowercase start before capitals (`IEEE`, `PLoS`, `McDonald`, `mRNA`), wherever they stand but beside another word in capitals. */
  odd: Map<string, number>;
  /** How the words are joined, by count: bit `k` set when the gap after word `k` is a hyphen (`long-term changes` → 0b01). */
  joins: Map<number, number>;
  /** Occurrences followed at once by a hyphen and another word (`non-linear`, for `non`). */
  hyphenAfter: number;
  /** Occurrences in people's names, by form. */
  named: Map<string, number>;
}

/** Longest phrase looked up, in words. */
export const longestPhrase = 5;

/** A word of a wanted phrase, by its hash: the phrase that ends on it, and the words that may follow. */
interface WordNode {
  phrase?: string;
  next?: Map<number, WordNode>;
}

const apostrophe = 39;

/**
 * Counts how the collection writes the phrases asked for (each lowercased, words joined by one
 * space), reading each text once: a phrase matches whole words joined by spaces or single
 * hyphens. Words are runs of letters and digits with inner apostrophes (`O'Neil`). The first
 * word of a sentence, every word of a heading and a phrase before the acronym it defines count
 * only when their capitals are odd.
 *
 * Each word of a text is hashed as it is read and looked up once, so a word that starts no
 * phrase costs no new string: the collection's abstracts are most of what a build reads. A
 * match is checked letter by letter before it counts, as two words may share a hash.
 */
export function writtenForms(texts: Iterable<CollectionText>, phrases: ReadonlySet<string>): Map<string, PhraseForms> {
  const forms = new Map<string, PhraseForms>();
  const root = new Map<number, WordNode>();
  for (const phrase of phrases) {
    let level = root;
    const words = phrase.split(' ');
    words.forEach((word, index) => {
      const hash = wordHash(word, 0, word.length);
      let node = level.get(hash);
      if (node === undefined) level.set(hash, (node = {}));
      if (index === words.length - 1) node.phrase = phrase;
      else level = node.next ??= new Map();
    });
  }
  const words: Words = { starts: [], ends: [], hashes: [] };
  for (const { text, kind } of texts) {
    const lowered = text.toLowerCase();
    // In capitals (no lowercase letter), the text says nothing about case; a text whose lowercasing changes its length (`İ`) is rare and left out.
    if (lowered.length !== text.length || !/\p{Ll}/u.test(text)) continue;
    splitWords(lowered, words);
    for (let index = 0; index < words.hashes.length; index++) {
      let node = root.get(words.hashes[index] as number);
      let hyphens = 0;
      for (let last = index; node !== undefined; ) {
        if (node.phrase !== undefined && spells(lowered, words.starts[index] as number, words.ends[last] as number, node.phrase)) {
          const end = words.ends[last] as number;
          // Inside a sentence the case is the writer's choice, but not before the acronym it defines: `Life Cycle Assessment (LCA)`.
          const free = kind === 'name' || (kind === 'prose' && index > 0 && !/[.!?:;]/.test(text.slice(words.ends[index - 1], words.starts[index])) && !/^\s*\(/.test(text.slice(end, end + 3)));
          const hyphenAfter = lowered.charCodeAt(end) === 45 && words.starts[last + 1] === end + 1;
          // An acronym stands among words in lower case; a word in capitals beside others in capitals is a heading's or a shout's.
          const alone = index === last && !inCapitals(text, lowered, words, index - 1) && !inCapitals(text, lowered, words, index + 1);
          record(forms, node.phrase, text, lowered, words.starts[index] as number, end, kind, free, last - index, hyphens, hyphenAfter, alone);
        }
        const next = last + 1;
        if (node.next === undefined || next >= words.hashes.length || next - index >= longestPhrase) break;
        const gap = gapKind(lowered, words.ends[last] as number, words.starts[next] as number);
        if (gap === undefined) break;
        if (gap === '-') hyphens |= 1 << (last - index);
        node = node.next.get(words.hashes[next] as number);
        last = next;
      }
    }
  }
  return forms;
}

/** Where a text's words start and end, and their hashes. */
interface Words {
  starts: number[];
  ends: number[];
  hashes: number[];
}

/** Splits a lowercased text into words: runs of letters and digits, an inner apostrophe continuing one. */
function splitWords(text: string, words: Words): void {
  words.starts.length = 0;
  words.ends.length = 0;
  words.hashes.length = 0;
  let at = 0;
  while (at < text.length) {
    if (!isWordCharacter(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    for (;;) {
      while (at < text.length && isWordCharacter(text.charCodeAt(at))) at++;
      const code = text.charCodeAt(at);
      if ((code === apostrophe || code === 0x2019) && at + 1 < text.length && isWordCharacter(text.charCodeAt(at + 1))) at++;
      else break;
    }
    words.starts.push(start);
    words.ends.push(at);
    words.hashes.push(wordHash(text, start, at));
  }
}

/** A 30-bit FNV-1a hash of `text[start…end)`, a typographic apostrophe read as a plain one: small enough to be a small integer, the cheapest key of a Map. */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ plain(text.charCodeAt(at)), 0x01000193);
  return hash >>> 2;
}

/** True when `text[start…end)` is the phrase: its words in order, each space of the phrase a gap of the text. */
function spells(text: string, start: number, end: number, phrase: string): boolean {
  let at = start;
  for (let index = 0; index < phrase.length; index++) {
    const code = plain(phrase.charCodeAt(index));
    if (code === 32) {
      while (at < end && !isWordCharacter(text.charCodeAt(at))) at++;
    } else if (plain(text.charCodeAt(at++)) !== code) return false;
  }
  return at === end;
}

function plain(code: number): number {
  return code === 0x2019 ? apostrophe : code;
}

/** The gap between two words when a phrase may span it: `-` for a single hyphen, ` ` for white space only, else undefined. */
function gapKind(text: string, from: number, to: number): '-' | ' ' | undefined {
  if (to === from + 1 && text.charCodeAt(from) === 45) return '-';
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 160 && !/\s/.test(text.charAt(at))) return undefined;
  }
  return ' ';
}

/** Counts one occurrence of a phrase, `start`…`end` of a text (`gaps` between its words, `hyphens` the mask of those that are hyphens). */
function record(forms: Map<string, PhraseForms>, key: string, text: string, lowered: string, start: number, end: number, kind: TextKind, free: boolean, gaps: number, hyphens: number, hyphenAfter: boolean, alone: boolean): void {
  let entry = forms.get(key);
  if (entry === undefined) {
    entry = { count: 0, chosen: new Map(), odd: new Map(), joins: new Map(), hyphenAfter: 0, named: new Map() };
    forms.set(key, entry);
  }
  entry.count++;
  if (gaps > 0) entry.joins.set(hyphens, (entry.joins.get(hyphens) ?? 0) + 1);
  if (hyphenAfter) entry.hyphenAfter++;
  let inLowerCase = true;
  for (let at = start; at < end && inLowerCase; at++) inLowerCase = text.charCodeAt(at) === lowered.charCodeAt(at);
  // Most occurrences are the lowercase phrase itself: counted under the key, with no new string made.
  if (inLowerCase) {
    if (free) entry.chosen.set(key, (entry.chosen.get(key) ?? 0) + 1);
    return;
  }
  const written = text.slice(start, end).replace(/[\s-]+/g, ' ').replaceAll('’', "'");
  if (free) entry.chosen.set(written, (entry.chosen.get(written) ?? 0) + 1);
  if (kind === 'name') entry.named.set(written, (entry.named.get(written) ?? 0) + 1);
  if (gaps === 0 && alone && isOddCase(written)) entry.odd.set(written, (entry.odd.get(written) ?? 0) + 1);
}

/** True when the text's word at `index` exists and has two capitals or more and no lowercase letter. */
function inCapitals(text: string, lowered: string, words: Words, index: number): boolean {
  const start = words.starts[index];
  const end = words.ends[index];
  if (start === undefined || end === undefined || end - start < 2) return false;
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === lowered.charCodeAt(at) && /\p{L}/u.test(text.charAt(at))) return false;
  return true;
}

const wordCharacters = new Map<number, boolean>();

/** True for a letter or digit (a surrogate half counts as one: it is part of a letter outside the basic plane). */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = wordCharacters.get(code);
  if (known === undefined) wordCharacters.set(code, (known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code))));
  return known;
}

/** True for a word whose capitals are not those of a sentence or title: `IEEE`, `PLoS`, `McDonald`, `mRNA` (not `Ecology`, `ecology`, `A`). */
export function isOddCase(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || lower.length < 2) return false;
  const first = String.fromCodePoint(lower.codePointAt(0) as number);
  return word !== `${first.toUpperCase()}${lower.slice(first.length)}`;
}

/** The most frequent form, ties broken by code point order so the choice depends on the forms alone. */
export function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0];
}
