import type { SearchVocabulary } from './search-vocabulary.ts';

/** Words kept per shard, the most frequent: bounds what one unknown word can cost to correct. */
export const maxShardWords = 500;

/** The folder below the site root that holds the shards (`/search-vocabulary/…`). */
export const shardFolder = 'search-vocabulary';

/** Per first letter (as hex code point), the word lengths each shard covers: `{ "6b": [[2, 7], [8, 8], [9, 30]] }`. */
export type ShardIndex = Record<string, Array<[from: number, to: number]>>;

/** The collection's vocabulary split for loading on demand: `index.json` plus one file per shard. */
export interface VocabularyShards {
  index: ShardIndex;
  /** File name (`6b-8.json`) → the shard's words and counts, most frequent first. */
  shards: Map<string, SearchVocabulary>;
}

/** Most edits a correction may make to a word: one under eight letters, two from eight. */
export function maxEdits(word: string): number {
  return [...word].length >= 8 ? 2 : 1;
}

/**
 * Splits a vocabulary into shards by first letter and then by runs of word lengths, each
 * holding at most `maxWords` words (a single length with more keeps its most frequent).
 * A correction only looks at words with the same first letter and a length within
 * {@link maxEdits}, so correcting a word loads a few small files, whatever the size of the
 * collection. Deterministic: same vocabulary, same files.
 */
export function vocabularyShards(vocabulary: SearchVocabulary, maxWords = maxShardWords): VocabularyShards {
  // Words by first letter, then by length.
  const letters = new Map<string, Map<number, Array<[string, number]>>>();
  for (const [word, count] of Object.entries(vocabulary)) {
    const characters = [...word];
    const key = hex(characters[0] ?? '');
    const lengths = letters.get(key) ?? new Map<number, Array<[string, number]>>();
    const group = lengths.get(characters.length) ?? [];
    group.push([word, count]);
    lengths.set(characters.length, group);
    letters.set(key, lengths);
  }
  const index: ShardIndex = {};
  const shards = new Map<string, SearchVocabulary>();
  for (const key of [...letters.keys()].sort()) {
    const lengths = letters.get(key) ?? new Map<number, Array<[string, number]>>();
    let shard: { from: number; to: number; words: Array<[string, number]> } | undefined;
    const close = () => {
      if (shard === undefined) return;
      const words = shard.words.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).slice(0, maxWords);
      (index[key] ??= []).push([shard.from, shard.to]);
      shards.set(`${key}-${shard.from}.json`, Object.fromEntries(words));
      shard = undefined;
    };
    for (const length of [...lengths.keys()].sort((a, b) => a - b)) {
      const group = lengths.get(length) ?? [];
      if (shard !== undefined && shard.words.length + group.length > maxWords) close();
      if (shard === undefined) shard = { from: length, to: length, words: [] };
      shard.to = length;
      shard.words.push(...group);
    }
    close();
  }
  return { index, shards };
}

/** The shard files that may hold corrections of `word`, among those the index lists. */
export function shardsFor(word: string, index: ShardIndex): string[] {
  const letters = [...word.toLowerCase()];
  const first = letters[0];
  if (first === undefined) return [];
  const edits = maxEdits(word);
  const key = hex(first);
  return (index[key] ?? []).filter(([from, to]) => to >= letters.length - edits && from <= letters.length + edits).map(([from]) => `${key}-${from}.json`);
}

function hex(letter: string): string {
  return (letter.codePointAt(0) ?? 0).toString(16);
}
