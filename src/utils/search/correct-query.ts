import { editDistance } from './edit-distance.ts';
import { maxEdits } from './vocabulary-shards.ts';

/** A query after spelling correction, with each word that was replaced. */
export interface QueryCorrection {
  /** The query with unknown words replaced; equal to the input when nothing was corrected. */
  query: string;
  corrections: Array<{ from: string; to: string }>;
}

interface SpellingIndex {
  words: Array<[word: string, count: number]>;
  stems: Set<string>;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
const indexes = new WeakMap<ReadonlyMap<string, number>, SpellingIndex>();

/**
 * Replaces the words of a query that occur nowhere in the collection with the closest
 * word that does: Damerau–Levenshtein distance 1 for words of 4–7 letters, 2 from 8
 * letters, ties going to the more frequent word. A word counts as known when the
 * vocabulary has it, a simple inflection of it (`tokenizers`, `adapting`), or a word it
 * begins (the reader may still be typing). Short words, numbers and acronyms are kept.
 */
export function correctQuery(query: string, vocabulary: ReadonlyMap<string, number>): QueryCorrection {
  const known = spellingIndex(vocabulary);
  const corrections: QueryCorrection['corrections'] = [];
  const corrected = query.replace(wordPattern, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 4 || /\d/.test(lower) || /^[A-Z]+s?$/.test(word) || isKnown(lower, vocabulary, known)) return word;
    const replacement = closestWord(lower, known);
    if (replacement === undefined) return word;
    corrections.push({ from: word, to: replacement });
    return replacement;
  });
  return { query: corrected, corrections };
}

/**
 * Whether the collection has a query word, as {@link correctQuery} judges it: the word, an
 * inflection of it, or a longer word it begins; for `k-NN` or `F2ed-Learning`, the word
 * joined or each of its parts. Words without letters (numbers, emoji) count as known.
 */
export function isKnownWord(word: string, vocabulary: ReadonlyMap<string, number>): boolean {
  const parts = (word.toLowerCase().normalize('NFC').match(wordPattern) ?? []).filter((part) => /\p{L}/u.test(part));
  if (parts.length === 0) return true;
  const index = spellingIndex(vocabulary);
  return isKnown(parts.join(''), vocabulary, index) || parts.every((part) => part.length < 2 || isKnown(part, vocabulary, index));
}

/** The words a query word is judged by in {@link isKnownWord}: itself lowercased, joined, and its parts. */
export function wordForms(word: string): string[] {
  const parts = word.toLowerCase().normalize('NFC').match(wordPattern) ?? [];
  return [...new Set([parts.join(''), ...parts])].filter((form) => form.length >= 2);
}

function spellingIndex(vocabulary: ReadonlyMap<string, number>): SpellingIndex {
  let index = indexes.get(vocabulary);
  if (index === undefined) {
    index = { words: [...vocabulary], stems: new Set([...vocabulary.keys()].map(stem)) };
    indexes.set(vocabulary, index);
  }
  return index;
}

function isKnown(word: string, vocabulary: ReadonlyMap<string, number>, index: SpellingIndex): boolean {
  return vocabulary.has(word) || index.stems.has(stem(word)) || index.words.some(([candidate]) => candidate.startsWith(word));
}

/** The nearest vocabulary word within the allowed distance; ties go to the more frequent word. */
function closestWord(word: string, index: SpellingIndex): string | undefined {
  const max = maxEdits(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of index.words) {
    if (candidate.length < 3) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (best === undefined || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count };
    }
  }
  return best?.word;
}

/** A light English stem: enough to see `tokenizers`, `adapting` and `studies` as forms of known words. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !word.endsWith('ss')) return word.slice(0, -suffix.length);
  }
  return word;
}
