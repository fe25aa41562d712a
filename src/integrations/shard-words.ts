import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import porter2 from 'wink-porter2-stemmer';
import { titleFileOf } from '../utils/search/search-shards.ts';
import { indexedKeys, wordsPerFile, type WordTable } from '../utils/search/word-routes.ts';

/**
 * The keys (word-routes.ts) of every word a Pagefind index's pages hold, sorted: read from the
 * index's fragments, which carry each page's indexed text exactly as Pagefind read it (the
 * `data-pagefind-body` element without its ignored parts), so the table sees what the index sees.
 */
export async function readIndexKeys(indexDir: string): Promise<string[]> {
  const folder = join(indexDir, 'fragment');
  const keys = new Set<string>();
  const files = (await readdir(folder)).filter((file) => file.endsWith('.pf_fragment'));
  // A few hundred files at a time: reading them all at once would open thousands of handles.
  for (let start = 0; start < files.length; start += 256) {
    const texts = await Promise.all(files.slice(start, start + 256).map(async (file) => gunzipSync(await readFile(join(folder, file))).toString('utf8')));
    for (const text of texts) {
      // A fragment is `pagefind_dcd` followed by the page's JSON.
      const { content } = JSON.parse(text.slice(text.indexOf('{'))) as { content?: string };
      for (const word of (content ?? '').split(/\s+/u)) for (const key of indexedKeys(word)) keys.add(key);
    }
  }
  return [...keys].sort();
}

/**
 * Each key's shards, as Pagefind would answer it: Pagefind stems a query word (Porter2, as
 * `porter2` does) and matches every indexed word whose stem starts with that stem, so a key's
 * shards are those holding any such word. Keys every shard holds are left out (see word-routes.ts).
 * `shards` are the keys of each shard's pages, in shard order.
 */
export function wordRoutes(shards: ReadonlyArray<ReadonlyArray<string>>, stemOf: (word: string) => string = porter2): Map<string, string> {
  const everywhere = (1n << BigInt(shards.length)) - 1n;
  const stems = new Map<string, string>();
  const stemmed = (key: string) => {
    let value = stems.get(key);
    if (value === undefined) {
      value = stemOf(key);
      stems.set(key, value);
    }
    return value;
  };
  const byStem = new Map<string, bigint>();
  shards.forEach((keys, shard) => {
    const bit = 1n << BigInt(shard);
    for (const key of keys) {
      const word = stemmed(key);
      byStem.set(word, (byStem.get(word) ?? 0n) | bit);
    }
  });
  const sorted = [...byStem.keys()].sort();
  const masks = sorted.map((word) => byStem.get(word) ?? 0n);
  const routes = new Map<string, string>();
  for (const key of [...stems.keys()].sort()) {
    const prefix = stemmed(key);
    let mask = 0n;
    // Stems starting with the prefix sort together, from the prefix itself on.
    for (let index = lowerBound(sorted, prefix); index < sorted.length && mask !== everywhere && (sorted[index] as string).startsWith(prefix); index++) mask |= masks[index] ?? 0n;
    if (mask !== everywhere) routes.set(key, mask.toString(16));
  }
  return routes;
}

/** Writes the word table's files into `folder` (`search-shards/words/<n>.json`, keys spread by hash); returns how many. */
export async function writeWordTable(folder: string, routes: ReadonlyMap<string, string>): Promise<number> {
  const count = Math.max(1, Math.ceil(routes.size / wordsPerFile));
  const files: WordTable[] = Array.from({ length: count }, () => ({}));
  for (const [key, mask] of routes) (files[titleFileOf(key, count)] as WordTable)[key] = mask;
  await mkdir(folder, { recursive: true });
  await Promise.all(files.map((table, file) => writeFile(join(folder, `${file}.json`), JSON.stringify(table))));
  return count;
}

/** The first index whose value is not below `value`, in an ascending array. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
