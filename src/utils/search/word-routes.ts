/**
 * The word table of a split search index (issue 28): for each word the collection writes, the
 * shards (search-shards.ts) whose pages hold it, so a query for a rare word goes to the shards
 * that can answer it, wherever they are, instead of the newest ones only. Shared by the build
 * (src/integrations/shard-words.ts writes the table) and the browser (sharded-pagefind.ts reads it).
 *
 * A word found in every shard is left out: it constrains nothing, and the table stays small. So a
 * word missing from the table is either everywhere or nowhere, and routes nothing either way.
 */
import { stem } from './correct-query.ts';

/** Words per file of the table, about: a file costs about 2 KB gzipped, one per query word. */
export const wordsPerFile = 256;

/** `/search-shards/words/<n>.json`: a word's key → its shards as a hexadecimal bit mask (bit n: shard n). */
export type WordTable = Record<string, string>;

/**
 * A word as the table keys it, from the page's text or a query alike: accents dropped, lowercase,
 * letters and digits only (`Fine-Tuning` → `finetuning`), as Pagefind folds a word before stemming it.
 */
export function routeKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The keys a word of a page is indexed under, generously: the word joined and each of its parts
 * (split at punctuation and at camel case, as Pagefind also indexes `few-shot` and `WebView` by
 * their parts). More keys only widen a word's shards, which is safe; fewer could miss a shard.
 */
export function indexedKeys(word: string): string[] {
  const keys = new Set<string>();
  const add = (text: string) => {
    const key = routeKey(text);
    if (key !== '') keys.add(key);
  };
  add(word);
  for (const part of word.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    add(part);
    for (const piece of part.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u)) add(piece);
  }
  return [...keys];
}

/** The keys a query's words are looked up by, each word once, as typed; words without letters or digits are left out. */
export function queryKeys(query: string): string[] {
  return [...new Set(query.split(/\s+/u).map(routeKey).filter((key) => key !== ''))];
}

/** A word a query may write in another form than the collection (`graphs` for `graph`): looked up when the form typed is missing. */
export function fallbackKey(key: string): string | undefined {
  const light = stem(key);
  return light === key ? undefined : light;
}

/** Shards as a bit mask in hexadecimal (bit n set: shard n holds the word). */
export function encodeShards(shards: Iterable<number>): string {
  let mask = 0n;
  for (const shard of shards) mask |= 1n << BigInt(shard);
  return mask.toString(16);
}

/** The shards a hexadecimal mask names, ascending; an unreadable mask names none. */
export function decodeShards(mask: string): number[] {
  if (!/^[0-9a-f]+$/i.test(mask)) return [];
  const shards: number[] = [];
  let value = BigInt(`0x${mask}`);
  for (let shard = 0; value > 0n; shard++, value >>= 1n) if ((value & 1n) === 1n) shards.push(shard);
  return shards;
}
