import { shardFolder, shardsFor, type ShardIndex } from './vocabulary-shards.ts';

/** Loads the words of the collection that could be corrections of the given words, with their counts. */
export type SpellingLoader = (words: readonly string[]) => Promise<ReadonlyMap<string, number>>;

/** Fetches a JSON file, or undefined when it is missing or unreadable. */
export type FetchJson = (url: string) => Promise<unknown>;

const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  return response.ok ? response.json() : undefined;
};

/**
 * A {@link SpellingLoader} over the vocabulary shards of the site at `root` (its base
 * address, ending in `/`): the first call fetches the shard index, each call the shards its
 * words need that were not fetched before. Nothing is fetched until a word is unknown.
 */
export function spellingLoader(root: string, load: FetchJson = fetchJson): SpellingLoader {
  let index: Promise<ShardIndex> | undefined;
  const shards = new Map<string, Promise<Record<string, number>>>();
  const get = <T>(file: string, empty: T) =>
    load(`${root}${shardFolder}/${file}`)
      .then((json) => (json ?? empty) as T)
      .catch(() => empty);
  return async (words) => {
    index ??= get<ShardIndex>('index.json', {});
    const known = await index;
    const files = [...new Set(words.flatMap((word) => shardsFor(word, known)))];
    for (const file of files) if (!shards.has(file)) shards.set(file, get<Record<string, number>>(file, {}));
    const loaded = await Promise.all(files.map((file) => shards.get(file)));
    return new Map(loaded.flatMap((shard) => Object.entries(shard ?? {})));
  };
}
